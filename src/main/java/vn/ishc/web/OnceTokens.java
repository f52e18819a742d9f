package vn.ishc.web;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * One-time tokens for forms that post money: {@code fragments/form :: once} puts a new one in a hidden field
 * each time the form is shown, and {@link Idempotency} posts the form once per token, so a double click or a
 * browser's retry of the same form posts once and answers as the first time.
 */
@Component("onceTokens")
public class OnceTokens {
    /** A new token. */
    public String next() {
        return UUID.randomUUID().toString();
    }
}
