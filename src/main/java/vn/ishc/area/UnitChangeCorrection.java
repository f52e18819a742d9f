package vn.ishc.area;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrects a recorded change; the validity of the units it ended or created moves with it. */
@Service
public class UnitChangeCorrection {
    private final UnitChanges changes;
    private final AdminUnits units;
    private final UnitDirectory directory;

    UnitChangeCorrection(UnitChanges changes, AdminUnits units, UnitDirectory directory) {
        this.changes = changes;
        this.units = units;
        this.directory = directory;
    }

    @Transactional
    public void correct(CorrectUnitChange command) {
        UnitChange change =
                changes.findById(command.changeId()).orElseThrow(() -> new UnitChangeNotFound(command.changeId()));
        if (!command.version().equals(change.version())) throw new UnitChangeEditedConcurrently(command.changeId());
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
    }
}
