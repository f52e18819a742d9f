package vn.ishc.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ishc.shared.CurrentUser;

/**
 * What every page may need: where we are (for the language switch to come back to) and who is looking
 * ({@code me}, the username, e.g. to hide "approve" from the person who recorded something).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {
    private final CurrentUser user;

    LayoutModel(CurrentUser user) {
        this.user = user;
    }

    @ModelAttribute("me")
    String me() {
        return user.name();
    }

    /** Whether to show the administration links (the pages themselves are guarded by the security rules). */
    @ModelAttribute("mayAdminister")
    boolean mayAdminister() {
        return user.mayAdminister();
    }

    /** Whether to show the audit trail's link (the pages check it again). */
    @ModelAttribute("mayReadAudit")
    boolean mayReadAudit() {
        return user.mayReadAudit();
    }

    @ModelAttribute("currentUrl")
    String currentUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
