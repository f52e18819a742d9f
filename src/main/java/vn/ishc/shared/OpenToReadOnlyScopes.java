package vn.ishc.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write that users with a read-only scope may make: their own password, API tokens and language; health
 * checks, which the health department's viewers record (requirements, section 1). Its {@link WriteGuard} then
 * checks only that the record is in the scope (404 otherwise) before the body is read, and with {@link
 * #healthChecks} the web shell also refuses (403) whoever does not record health checks.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OpenToReadOnlyScopes {
    /** Who, with a read-only scope, may make this write. */
    String value();

    /** Only those who record health checks ({@link CurrentUser#mayRecordHealthChecks()}) make this write. */
    boolean healthChecks() default false;
}
