package vn.ishc.account;

import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The account read to authenticate the current web request (HTTP Basic or the login form), kept for the
 * rest of that request: the data scope ({@link AccountCurrentUser}) and the reset of failed attempts ({@link
 * LoginAttempts}) then use that same fresh read instead of reading the account twice more. Outside a web
 * request nothing is kept, and a request authenticated by its session has nothing kept, so those read
 * the account themselves, as before.
 */
final class RequestAccounts {
    private static final String KEY = RequestAccounts.class.getName() + ".";

    private RequestAccounts() {}

    static void remember(Account account) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) request.setAttribute(KEY + account.id(), account, RequestAttributes.SCOPE_REQUEST);
    }

    static Optional<Account> recalled(long id) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(KEY + id, RequestAttributes.SCOPE_REQUEST) instanceof Account a
                ? Optional.of(a)
                : Optional.empty();
    }
}
