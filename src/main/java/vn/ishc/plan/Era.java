package vn.ishc.plan;

/** Whose units a view's rows are: the plan's (its units date, through lineage) or those of the as-of date. */
public enum Era {
    PLAN,
    CURRENT
}
