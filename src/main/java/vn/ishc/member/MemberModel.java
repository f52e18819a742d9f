package vn.ishc.member;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs to name the age classes: the age from which a member counts as older. */
@ControllerAdvice(annotations = Controller.class)
class MemberModel {
    private final CompositionStandards standards;
    private final java.time.Clock clock;

    MemberModel(CompositionStandards standards, java.time.Clock clock) {
        this.standards = standards;
        this.clock = clock;
    }

    /** The older age of the plan in force today. */
    @ModelAttribute("olderAge")
    int olderAge() {
        return standards.on(java.time.LocalDate.now(clock)).olderAge();
    }
}
