package vn.ishc.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.ishc.area.UnitDirectory;
import vn.ishc.shared.CurrentScope;
import vn.ishc.shared.Scope;

/**
 * The one place a request's data scope is decided. The account is re-read for every request (once per
 * request; a request that authenticated reuses that read, {@link RequestAccounts}), so a changed scope or a
 * disabled account limits data at once, also in sessions already open; page-level role checks
 * ({@code /admin/**}, {@code @PreAuthorize}) use the role held since login.
 */
@Component
class AccountScope implements CurrentScope {
    private final Accounts accounts;
    private final UnitDirectory units;

    AccountScope(Accounts accounts, UnitDirectory units) {
        this.accounts = accounts;
        this.units = units;
    }

    @Override
    public Scope get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountUser user)) return Scope.nothing();
        // Once per web request (a page asks several times); outside a request, every call reads afresh.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = AccountScope.class.getName() + "." + user.id();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Scope known) {
            return known;
        }
        Scope scope = RequestAccounts.recalled(user.id())
                .or(() -> accounts.findById(user.id()))
                .filter(Account::enabled)
                .map(this::scopeOf)
                .orElse(Scope.nothing());
        if (request != null) request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
        return scope;
    }

    Scope scopeOf(Account a) {
        return switch (a.role()) {
            case ADMIN -> Scope.everything(true);
            case CITY_OFFICER, WARD_OFFICER, VIEWER ->
                Scope.units(units.territory(a.scopeUnitId()), a.role().writes());
            case CLUB_BOARD -> Scope.club(a.scopeClubId(), true);
        };
    }
}
