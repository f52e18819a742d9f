package vn.ishc.oversight.task;

import java.util.Locale;

/** A duty of an agency in the plan's section V ({@code agency_duty}). */
public record Duty(String code, String agencyCode, int position, String textVi, String textEn) {
    public String text(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? textEn : textVi;
    }
}
