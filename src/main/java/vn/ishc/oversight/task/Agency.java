package vn.ishc.oversight.task;

import java.util.Locale;

/** An agency of the plan's section V ({@code agency}); {@code perUnit}: one for each ward or commune. */
public record Agency(String code, int position, String planSection, boolean perUnit, String labelVi, String labelEn) {
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelVi;
    }
}
