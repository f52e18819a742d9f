package vn.ishc.report.periodic;

import vn.ishc.shared.EditedConcurrently;

/** Someone saved the report's narrative since the user opened it: the user's save is refused, not merged. */
public class PeriodicReportEditedConcurrently extends EditedConcurrently {
    PeriodicReportEditedConcurrently(long id) {
        super("periodic report " + id);
    }
}
