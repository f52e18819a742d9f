package vn.ishc.report.periodic;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.ishc.shared.Scope;

/**
 * A section of the periodic reports that another module fills: the resources mobilised and allocated by
 * source (the funding module, R15) and the agencies' tasks (the oversight module). A module implements it
 * as a Spring bean for its {@link Slot}; the report asks every bean of the slot and shows their tables one
 * after the other. A slot without a bean, or whose beans have nothing, says "no records yet"
 * ({@code periodic.section.noRecords}), never a made-up figure. Part of the report module's named interface
 * {@code periodic-sections}, so another module may implement it.
 */
@org.springframework.modulith.NamedInterface("periodic-sections")
public interface PeriodicSection {

    /** Where a section's table goes in the report. */
    enum Slot {
        RESOURCES_BY_SOURCE,
        AGENCY_TASKS
    }

    /**
     * What the report covers: the unit whose territory it is, the units of that territory (every era), the
     * period, and the caller's scope (an implementation shows only what it allows).
     */
    record Request(long unitId, Set<Long> territory, LocalDate from, LocalDate to, Scope scope, Locale locale) {}

    Slot slot();

    /** The table for the request, texts in {@code request.locale()}; empty when there are no records. */
    Optional<ReportDocument.Table> table(Request request);

    /** Lower comes first within a slot. */
    default int order() {
        return 100;
    }
}
