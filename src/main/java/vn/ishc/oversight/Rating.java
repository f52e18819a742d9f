package vn.ishc.oversight;

/** The rating a monitoring visit gives a club (labels {@code oversight.rating.<NAME>}). */
public enum Rating {
    GOOD,
    FAIR,
    WEAK
}
