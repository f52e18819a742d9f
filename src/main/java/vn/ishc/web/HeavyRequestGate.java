package vn.ishc.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.ishc.shared.Busy;
import vn.ishc.shared.Heavy;

/**
 * Lets at most a set number of {@link Heavy} requests run at once, in the order they came (a fair semaphore);
 * one that cannot start within the wait is refused with {@link Busy} (503, {@code Retry-After}) before its
 * handler runs. Other requests never wait here.
 */
@Component
class HeavyRequestGate implements HandlerInterceptor {
    private static final String HELD = HeavyRequestGate.class.getName() + ".held";

    private final Semaphore places;
    private final Duration wait;

    /** {@code concurrent} 0: as many heavy requests at once as the machine has processors. */
    HeavyRequestGate(
            @Value("${ishc.heavy.concurrent:0}") int concurrent, @Value("${ishc.heavy.wait:30s}") Duration wait) {
        if (concurrent < 0) throw new IllegalArgumentException("ishc.heavy.concurrent must not be negative");
        this.places =
                new Semaphore(concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors(), true);
        this.wait = wait;
    }

    static boolean heavy(Object handler) {
        return handler instanceof HandlerMethod m
                && (AnnotatedElementUtils.hasAnnotation(m.getMethod(), Heavy.class)
                        || AnnotatedElementUtils.hasAnnotation(m.getBeanType(), Heavy.class));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        if (!heavy(handler) || request.getAttribute(HELD) != null) return true;
        if (!places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) throw new Busy();
        request.setAttribute(HELD, Boolean.TRUE);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (request.getAttribute(HELD) == null) return;
        request.removeAttribute(HELD);
        places.release();
    }

    /** Places free now (for tests and the operations log). */
    int free() {
        return places.availablePermits();
    }
}
