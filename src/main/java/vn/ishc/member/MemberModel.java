package vn.ishc.member;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs to name the age classes: the age from which a member counts as older. */
@ControllerAdvice(annotations = Controller.class)
class MemberModel {
    private final CompositionStandard standard;

    MemberModel(CompositionStandard standard) {
        this.standard = standard;
    }

    @ModelAttribute("olderAge")
    int olderAge() {
        return standard.olderAge();
    }
}
