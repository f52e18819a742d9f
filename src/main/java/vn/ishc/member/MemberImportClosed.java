package vn.ishc.member;

import vn.ishc.shared.EditedConcurrently;

/** The import was already saved or discarded (perhaps in another tab): it cannot change any more. */
public class MemberImportClosed extends EditedConcurrently {
    private final long importId;

    MemberImportClosed(long importId) {
        super("member import " + importId);
        this.importId = importId;
    }

    public long importId() {
        return importId;
    }
}
