package vn.ishc.funding;

import vn.ishc.shared.EditedConcurrently;

/** Someone else saved the resource entry since the user opened it. */
public class ResourceEditedConcurrently extends EditedConcurrently {
    ResourceEditedConcurrently() {
        super("resource changed by someone else");
    }
}
