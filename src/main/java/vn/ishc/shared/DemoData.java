package vn.ishc.shared;

/**
 * A module's contribution to demo mode ({@code ISHC_DEMO=true}). Each contributor must be idempotent:
 * loading twice leaves the same data as loading once. Contributors run in ascending {@link #order()}.
 */
public interface DemoData {
    int order();

    void load();
}
