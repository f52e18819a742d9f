package vn.ishc.funding;

import java.util.Locale;

/** A funding source of requirements section 5 (table {@code funding_source}), in the plan's order. */
public record Source(String code, int position, String labelVi, String labelEn) {

    /** The label in the language asked (Vietnamese unless English). */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelVi;
    }
}
