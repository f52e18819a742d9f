package vn.ishc.oversight.task;

import org.springframework.stereotype.Component;
import vn.ishc.oversight.visit.VisitService;
import vn.ishc.shared.NotFoundException;

/** A monitoring visit as a task's evidence: one the current user may see and not cancelled. */
@Component
class VisitEvidence implements EvidenceLinks {
    private final VisitService records;

    VisitEvidence(VisitService records) {
        this.records = records;
    }

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.VISIT;
    }

    @Override
    public boolean exists(long id) {
        try {
            return !records.get(id).cancelled();
        } catch (NotFoundException outside) {
            return false;
        }
    }

    @Override
    public String link(long id) {
        return "/visits/" + id;
    }
}
