package vn.ishc.report;

import vn.ishc.shared.Refused;

/** A step of a monthly report refused for a reason the user can fix (a missing comment, a future month). */
public class MonthlyReportRefused extends Refused {
    public MonthlyReportRefused(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
