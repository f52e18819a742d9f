package vn.ishc.report.periodic;

import vn.ishc.shared.Refused;

/** A periodic report, or a change to it, refused for a reason the user can fix. */
public class PeriodicReportRefused extends Refused {
    public PeriodicReportRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
