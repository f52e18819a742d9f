package vn.ishc.shared;

/** Someone else saved the record since the user read it: the user's change is refused, not merged. */
public abstract class EditedConcurrently extends RuntimeException {
    protected EditedConcurrently(String what) {
        super(what);
    }
}
