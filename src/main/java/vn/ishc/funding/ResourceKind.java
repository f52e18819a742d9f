package vn.ishc.funding;

/**
 * What a resource is (labels {@code funding.kind.<NAME>}): money, support in kind (with what it was and its
 * estimated value), or a unit's yearly budget line for the plan (with its budget year).
 */
public enum ResourceKind {
    MONEY,
    IN_KIND,
    BUDGET_LINE
}
