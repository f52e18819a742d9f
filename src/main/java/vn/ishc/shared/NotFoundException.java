package vn.ishc.shared;

/**
 * Something asked for does not exist, or lies outside the asker's scope: both answer 404, so a
 * scope never reveals what lies beyond it.
 */
public abstract class NotFoundException extends RuntimeException {
    protected NotFoundException(String what) {
        super(what);
    }
}
