package vn.ishc.activity.cases;

/**
 * The kinds of self-help and rights cases (R9), labels {@code case.kind.<NAME>}, and the plan's area each
 * counts in: entitlements and legal questions are the protection of rights ({@code RIGHTS}), emergency
 * support and the rest self-help ({@code SELF_HELP}).
 */
public enum CaseKind {
    SOCIAL_ALLOWANCE("RIGHTS"),
    HEALTH_INSURANCE_CARD("RIGHTS"),
    LEGAL_ADVICE("RIGHTS"),
    EMERGENCY_SUPPORT("SELF_HELP"),
    OTHER("SELF_HELP");

    private final String area;

    CaseKind(String area) {
        this.area = area;
    }

    /** The code of the activity area the case counts in. */
    public String area() {
        return area;
    }
}
