package vn.ishc.oversight.task;

import org.springframework.stereotype.Component;
import vn.ishc.oversight.training.TrainingService;
import vn.ishc.shared.NotFoundException;

/** A training session as a task's evidence: one the current user may see and not cancelled. */
@Component
class TrainingEvidence implements EvidenceLinks {
    private final TrainingService records;

    TrainingEvidence(TrainingService records) {
        this.records = records;
    }

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.TRAINING;
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
        return "/trainings/" + id;
    }
}
