package vn.ishc.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request handler (or every handler of a controller) that computes over many clubs at once: the dashboard
 * and its lists, the indicators of the API, the periodic reports. At most {@code ishc.heavy.concurrent} such
 * requests run at a time; the others wait their turn (up to {@code ishc.heavy.wait}) and are then answered
 * 503 with {@code Retry-After} ({@link Busy}). So a crowd of dashboards cannot take every database
 * connection from the light requests: a treasurer's repayment still goes through while the city looks at its
 * figures ({@code web.HeavyRequestGate}, docs/operations.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Heavy {}
