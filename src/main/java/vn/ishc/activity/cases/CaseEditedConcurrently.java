package vn.ishc.activity.cases;

import vn.ishc.shared.EditedConcurrently;

/** The case was changed by someone else since it was read. */
public class CaseEditedConcurrently extends EditedConcurrently {
    public CaseEditedConcurrently() {
        super("help case");
    }
}
