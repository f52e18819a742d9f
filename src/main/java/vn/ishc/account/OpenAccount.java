package vn.ishc.account;

/**
 * An administrator opens an account with a role and its scope (a unit, or a club for club boards); {@code
 * healthData} marks a viewer of the health department, who reads health readings and records health checks.
 */
record OpenAccount(
        String username,
        String displayName,
        String password,
        Role role,
        Long scopeUnitId,
        Long scopeClubId,
        boolean healthData) {
    OpenAccount(String username, String displayName, String password, Role role, Long scopeUnitId, Long scopeClubId) {
        this(username, displayName, password, role, scopeUnitId, scopeClubId, false);
    }
}
