package vn.ishc.activity;

import java.util.Locale;

/**
 * A kind of activity ({@code activity_kind}): an ordinary activity, the communication events (news,
 * reportage, dialogue, loudspeaker), a study tour, an exchange, and any a province added. A kind with an area
 * ({@code areaCode}, the communication events) is held in that area only; one without may be held in any.
 */
public record Kind(String code, String labelVi, String labelEn, String areaCode, int position) {
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelVi;
    }
}
