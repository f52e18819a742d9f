package vn.ishc.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Flash attributes travel in the session, which Spring Session JDBC stores serialised: one value that
 * does not serialise fails the session's save after the controller has done its work, and the person is
 * shown an error for a change that was saved (issue 11: a member import of 3,000 rows). Every value put
 * in flash attributes must be serialisable; should one ever not be, this drops it (logged as an error)
 * so the page after the redirect still says what happened, without that detail, instead of a 500.
 */
class FlashAttributesGuard implements HandlerInterceptor {
    private static final Logger log = LoggerFactory.getLogger(FlashAttributesGuard.class);

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        if (flash == null || flash.isEmpty()) return;
        for (Map.Entry<String, Object> e : new ArrayList<>(flash.entrySet())) {
            if (!serialisable(e.getValue())) {
                log.error(
                        "Flash attribute '{}' of {} {} is not serialisable ({}): dropped so the session can be saved",
                        e.getKey(),
                        request.getMethod(),
                        request.getRequestURI(),
                        e.getValue().getClass().getName());
                flash.remove(e.getKey());
            }
        }
    }

    static boolean serialisable(Object value) {
        if (value == null) return true;
        try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(value);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
