package vn.ishc.oversight;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.ishc.oversight.task.AgencyTask;
import vn.ishc.oversight.task.AgencyTaskService;
import vn.ishc.oversight.training.TrainingService;
import vn.ishc.oversight.training.TrainingSession;
import vn.ishc.oversight.visit.MonitoringVisit;
import vn.ishc.oversight.visit.VisitService;
import vn.ishc.shared.WriteGuard;

/**
 * A write to an agency's task, a training session or a monitoring visit ({@code /tasks/{id}}, {@code
 * /trainings/{id}/...}, {@code /visits/{id}/...}) is decided before its body is read, by the services' own
 * rules: not found outside the scope, 403 for whoever may not change it.
 */
@Component
class OversightWriteGuard implements WriteGuard {
    private final AgencyTaskService tasks;
    private final TrainingService trainings;
    private final VisitService visits;

    OversightWriteGuard(AgencyTaskService tasks, TrainingService trainings, VisitService visits) {
        this.tasks = tasks;
        this.trainings = trainings;
        this.visits = visits;
    }

    @Override
    public Set<String> collections() {
        return Set.of("tasks", "trainings", "visits");
    }

    @Override
    public void check(String collection, long id, boolean write) {
        boolean may = switch (collection) {
            case "tasks" -> {
                AgencyTask t = tasks.get(id);
                yield tasks.mayUpdate(t);
            }
            case "trainings" -> {
                TrainingSession s = trainings.get(id);
                yield trainings.mayChange(s);
            }
            case "visits" -> {
                MonitoringVisit v = visits.get(id);
                yield visits.mayRecord(v.clubId());
            }
            default -> throw new IllegalArgumentException(collection);
        };
        if (write && !may) throw new AccessDeniedException(collection + " " + id);
    }
}
