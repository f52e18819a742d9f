package vn.ishc.activity;

import java.util.Locale;

/**
 * An area of activity ({@code activity_area}): the plan's 8 (section 5 of the requirements) and any a
 * province added, with its labels in Vietnamese and English and its place in the calendar.
 */
public record Area(String code, String labelVi, String labelEn, int position) {
    /** The label in the reader's language (Vietnamese unless English is asked for). */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelVi;
    }
}
