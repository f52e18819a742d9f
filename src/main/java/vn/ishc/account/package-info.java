/**
 * Accounts and access (R19): users with a role and a scope (a unit subtree through time, or one club),
 * login by form (people) and HTTP Basic ({@code /api/v1}), failed logins slowing down the address they come from (never locking an account), password
 * changes, the first administrator, and the {@link vn.ishc.shared.CurrentUser} (name, scope, capabilities) every module asks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package vn.ishc.account;
