package vn.ishc.account;

/** An administrator opens an account with a role and its scope (a unit, or a club for club boards). */
record OpenAccount(
        String username, String displayName, String password, Role role, Long scopeUnitId, Long scopeClubId) {}
