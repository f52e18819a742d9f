package vn.ishc.shared;

/**
 * Whoever makes the current request: their name, their data {@link Scope} and what their role allows.
 * Implemented only by the account module, the one place that knows roles; every other module asks this
 * and never reads the security context or compares role names itself. Outside a request by a person
 * (start-up, demo data, scheduled jobs) the user is {@link #SYSTEM} with the scope {@link Scope#nothing()}
 * and no capability.
 */
public interface CurrentUser {

    /** The name recorded for work done by the application itself, not by a person. */
    String SYSTEM = "system";

    /** The username, or {@link #SYSTEM} when nobody is logged in. */
    String name();

    /** Whether a person is logged in. */
    boolean loggedIn();

    /** What the user may see and change: every module filters its data through it. */
    Scope scope();

    /** The club whose board is logged in (a club scope); empty for everyone else. */
    default java.util.Optional<Long> boardClub() {
        return loggedIn() ? java.util.Optional.ofNullable(scope().clubId()) : java.util.Optional.empty();
    }

    /**
     * Whether the user oversees the clubs of units (a ward or city officer, an administrator): logged in, allowed
     * to oversee, and not a club's board. The home page's reminders "clubs needing attention" are for them.
     */
    default boolean overseesUnits() {
        return loggedIn() && mayOversee() && scope().clubId() == null;
    }

    /** Found clubs (in the units their scope may change): administrators, city and ward officers. */
    boolean mayFoundClubs();

    /**
     * Record the resources mobilised for the plan (R15) for recipients in their scope, and update their ward
     * committees' tasks (R16): administrators, city and ward officers; not club boards or viewers.
     */
    boolean mayRecordResources();

    /** Make and change plans: administrators and city officers. */
    boolean mayPlan();

    /** Reopen a locked plan: administrators. */
    boolean mayUnlockPlans();

    /** Merge duplicate people: anyone who writes, except club boards (a person may span clubs). */
    boolean mayMergePeople();

    /** Administer accounts, units and the audit trail of everything: administrators. */
    boolean mayAdminister();

    /**
     * Read the audit trail and the access log: administrators (everything) and city officers (the
     * entries recorded in their scope's units).
     */
    boolean mayReadAudit();

    /**
     * Export one person's personal data for them (Decree 13/2023/NĐ-CP): administrators, city and ward
     * officers (for a person all of whose memberships lie in their scope); not club boards or viewers.
     */
    boolean mayExportPersonalData();

    /** Erase a person's personal data on request, irreversibly: administrators. */
    boolean mayErasePersonalData();

    /**
     * Read members' health readings (R7) in the clubs of their scope: administrators, club boards and the
     * health department's viewers (a viewer account marked for health data). Ward and city officers and
     * other viewers see only how many checks were held and how many were examined.
     */
    boolean mayReadHealthData();

    /**
     * Record health checks in the clubs of their scope: those who read health data, the health department's
     * viewers included although their scope is otherwise read-only (requirements, section 1).
     */
    boolean mayRecordHealthChecks();

    /** Submit their club's monthly report (R17): club boards, for their club, and administrators. */
    boolean maySubmitMonthlyReports();

    /** Approve or return the monthly reports of the clubs in their territory: ward officers and administrators. */
    boolean mayApproveMonthlyReports();

    /** Accept approved monthly reports: city officers (in their scope) and administrators. */
    boolean mayAcceptMonthlyReports();

    /**
     * Unlock an approved (locked) club-month with a reason, reopening its report: administrators and city
     * officers (in their scope); see docs/security.md.
     */
    boolean mayUnlockMonths();

    /**
     * Make periodic reports for the People's Committee and write their narrative, for the units of their
     * scope: administrators, city and ward officers; viewers only read them.
     */
    boolean mayWritePeriodicReports();

    /**
     * Record training sessions and monitoring visits (R14) and close follow-up actions, within their scope:
     * administrators and city officers (anywhere), ward officers (their territory). Club boards and viewers
     * only read them.
     */
    boolean mayOversee();
}
