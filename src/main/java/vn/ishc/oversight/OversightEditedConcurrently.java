package vn.ishc.oversight;

import vn.ishc.shared.EditedConcurrently;

/** Someone else saved the training session or follow-up since the user read it (409). */
public class OversightEditedConcurrently extends EditedConcurrently {
    public OversightEditedConcurrently(String what) {
        super(what);
    }
}
