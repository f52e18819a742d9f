package vn.ishc.area;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.shared.FieldChange;

/** Corrects a recorded change; the validity of the units it ended or created moves with it. */
@Service
public class UnitChangeCorrection {
    private final UnitChanges changes;
    private final AdminUnits units;
    private final UnitDirectory directory;
    private final ApplicationEventPublisher events;

    UnitChangeCorrection(
            UnitChanges changes, AdminUnits units, UnitDirectory directory, ApplicationEventPublisher events) {
        this.changes = changes;
        this.units = units;
        this.directory = directory;
        this.events = events;
    }

    @Transactional
    public void correct(CorrectUnitChange command) {
        UnitChange change =
                changes.findById(command.changeId()).orElseThrow(() -> new UnitChangeNotFound(command.changeId()));
        if (!command.version().equals(change.version())) throw new UnitChangeEditedConcurrently(command.changeId());
        Map<String, Object> before = change.correctable();
        change.correct(
                command.effectiveDate(), command.legalReference().strip(), command.dateConfirmed(), command.note());
        List<AdminUnit> affected = new ArrayList<>();
        for (UnitChange.ChangeEffect e : change.effects()) {
            AdminUnit unit = units.findById(e.unitId()).orElseThrow();
            change.applyDatesTo(unit);
            if (unit.validFrom() != null
                    && unit.validTo() != null
                    && unit.validTo().isBefore(unit.validFrom())) {
                throw new InvalidUnitChange("unit.change.error.validity", unit.name());
            }
            // Every other change that kept this unit going (it absorbed a neighbour) must still fall
            // within the unit's life, and so must this change if it keeps the unit going.
            for (ChangeView other : directory.historyOf(unit.id())) {
                LocalDate on = other.id() == change.id() ? command.effectiveDate() : other.effectiveDate();
                if (other.continued().contains(unit.id()) && !unit.validOn(on)) {
                    throw new InvalidUnitChange(
                            "unit.change.error.order",
                            unit.name(),
                            DateTimeFormatter.ofPattern("dd/MM/yyyy").format(on));
                }
            }
            affected.add(unit);
        }
        units.saveAll(affected);
        changes.save(change);
        directory.markChanged();
        List<FieldChange> changed = FieldChange.between(before, change.correctable());
        if (!changed.isEmpty()) events.publishEvent(new UnitChangeCorrected(change.id(), changed));
    }
}
