package vn.ishc.account;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.ishc.area.UnitDirectory;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.Scope;

/**
 * The one place a request's user, data scope and capabilities are decided. The account is re-read for
 * every request (once per request; a request that authenticated reuses that read, {@link RequestAccounts}),
 * so a changed role or scope or a disabled account limits data at once, also in sessions already open;
 * page-level role checks ({@code /admin/**}, {@code @PreAuthorize}) use the role held since login.
 */
@Component
class AccountCurrentUser implements CurrentUser {
    private final Accounts accounts;
    private final UnitDirectory units;

    /** The account as read for this request: its role (null when disabled or gone) and scope. */
    private record Known(String name, Role role, Scope scope, boolean healthData) {}

    private static final Known NOBODY = new Known(SYSTEM, null, Scope.nothing(), false);

    AccountCurrentUser(Accounts accounts, UnitDirectory units) {
        this.accounts = accounts;
        this.units = units;
    }

    private Known known() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountUser user)) return NOBODY;
        // Once per web request (a page asks several times); outside a request, every call reads afresh.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = AccountCurrentUser.class.getName() + "." + user.id();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Known k) {
            return k;
        }
        Optional<Account> account = RequestAccounts.recalled(user.id())
                .or(() -> accounts.findById(user.id()))
                .filter(Account::enabled);
        Known k = account.map(a -> new Known(user.getUsername(), a.role(), scopeOf(a), a.healthData()))
                .orElse(new Known(user.getUsername(), null, Scope.nothing(), false));
        if (request != null) request.setAttribute(key, k, RequestAttributes.SCOPE_REQUEST);
        return k;
    }

    Scope scopeOf(Account a) {
        return switch (a.role()) {
            case ADMIN -> Scope.everything(true);
            case CITY_OFFICER, WARD_OFFICER, VIEWER ->
                Scope.units(units.territory(a.scopeUnitId()), a.role().writes());
            case CLUB_BOARD -> Scope.club(a.scopeClubId(), true);
        };
    }

    private boolean is(Role... roles) {
        Role role = known().role();
        for (Role r : roles) if (r == role) return true;
        return false;
    }

    @Override
    public String name() {
        return known().name();
    }

    @Override
    public boolean loggedIn() {
        return known() != NOBODY;
    }

    @Override
    public Scope scope() {
        return known().scope();
    }

    @Override
    public boolean mayFoundClubs() {
        return is(Role.ADMIN, Role.CITY_OFFICER, Role.WARD_OFFICER);
    }

    @Override
    public boolean mayPlan() {
        return is(Role.ADMIN, Role.CITY_OFFICER);
    }

    @Override
    public boolean mayUnlockPlans() {
        return is(Role.ADMIN);
    }

    @Override
    public boolean mayMergePeople() {
        return is(Role.ADMIN, Role.CITY_OFFICER, Role.WARD_OFFICER);
    }

    @Override
    public boolean mayAdminister() {
        return is(Role.ADMIN);
    }

    @Override
    public boolean mayReadAudit() {
        return is(Role.ADMIN, Role.CITY_OFFICER);
    }

    @Override
    public boolean mayExportPersonalData() {
        return is(Role.ADMIN, Role.CITY_OFFICER, Role.WARD_OFFICER);
    }

    @Override
    public boolean mayErasePersonalData() {
        return is(Role.ADMIN);
    }

    @Override
    public boolean mayReadHealthData() {
        return is(Role.ADMIN, Role.CLUB_BOARD) || (is(Role.VIEWER) && known().healthData());
    }

    @Override
    public boolean mayRecordHealthChecks() {
        return mayReadHealthData();
    }

    @Override
    public boolean mayOversee() {
        return is(Role.ADMIN, Role.CITY_OFFICER, Role.WARD_OFFICER);
    }
}
