package vn.ishc.report.periodic;

import vn.ishc.shared.NotFoundException;

/** No such periodic report, or one outside the caller's scope. */
public class PeriodicReportNotFound extends NotFoundException {
    PeriodicReportNotFound(String what) {
        super(what);
    }
}
