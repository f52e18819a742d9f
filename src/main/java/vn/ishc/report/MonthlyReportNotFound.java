package vn.ishc.report;

import vn.ishc.shared.NotFoundException;

/** No such club or month, or outside the user's scope: 404 either way. */
public class MonthlyReportNotFound extends NotFoundException {
    public MonthlyReportNotFound(String what) {
        super(what);
    }
}
