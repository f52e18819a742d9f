package vn.ishc.shared;

/**
 * A {@link Heavy} request that waited its whole turn without a free place: answered 503 with {@code
 * Retry-After} and a message in the user's language; nothing was done.
 */
public class Busy extends RuntimeException {
    public Busy() {
        super("too many heavy requests at once", null, false, false);
    }
}
