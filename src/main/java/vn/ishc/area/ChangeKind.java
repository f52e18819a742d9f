package vn.ishc.area;

/** What a unit change did; labels are the message keys {@code unit.change.kind.<NAME>}. */
public enum ChangeKind {
    MERGE,
    SPLIT,
    RENAME,
    REPARENT,
    ESTABLISH,
    ABOLISH
}
