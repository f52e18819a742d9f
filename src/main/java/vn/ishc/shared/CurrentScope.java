package vn.ishc.shared;

/** The scope of whoever makes the current request; implemented by the account module. */
public interface CurrentScope {
    Scope get();
}
