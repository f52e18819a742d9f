package vn.ishc.report;

import vn.ishc.shared.EditedConcurrently;

/**
 * The report is no longer where the user saw it (another step came first, or it was never in a state that
 * allows this step): nothing is done; the API answers 409.
 */
public class MonthlyReportChanged extends EditedConcurrently {
    public MonthlyReportChanged(String what) {
        super(what);
    }
}
