package vn.ishc.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.shared.NotFoundException;

/**
 * An address under {@code /api/v1/} (where the API lives and its security chain applies) that no other mapping serves is 404 problem JSON in the caller's language
 * ({@link ApiErrors}), as every other API error, not the servlet container's error document. Spring MVC
 * prefers every more specific mapping, so this one answers only what nothing else does (a known address
 * with a method it does not take included).
 */
@RestController
class UnknownApiPaths {
    @RequestMapping("/api/v1/**")
    @vn.ishc.shared.OpenToReadOnlyScopes("everyone: it writes nothing and answers 404")
    void unknown() {
        throw new NoSuchApiPath();
    }

    static final class NoSuchApiPath extends NotFoundException {
        NoSuchApiPath() {
            super("no such API address");
        }
    }
}
