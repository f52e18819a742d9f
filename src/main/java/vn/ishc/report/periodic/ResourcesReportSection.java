package vn.ishc.report.periodic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.ishc.funding.Resources;
import vn.ishc.funding.Source;
import vn.ishc.shared.Vnd;

/**
 * The periodic reports' "resources by source" (R15): what was mobilised within the report's territory in its
 * period, by source, counted once ({@link Resources#totalsBySource}: the funding entries and the capital the
 * clubs' loan funds received), with a total. Sources with nothing are left out; no records, no table. It
 * sits in the report module and reads the funding module's public API (the plan module reads it too, so the
 * funding module cannot depend on the report module).
 */
@Component
class ResourcesReportSection implements PeriodicSection {
    private final Resources resources;
    private final MessageSource messages;

    ResourcesReportSection(Resources resources, MessageSource messages) {
        this.resources = resources;
        this.messages = messages;
    }

    @Override
    public Slot slot() {
        return Slot.RESOURCES_BY_SOURCE;
    }

    @Override
    public Optional<ReportDocument.Table> table(Request r) {
        List<Resources.SourceTotal> totals = resources.totalsBySource(r.unitId(), r.from(), r.to());
        List<Source> sources = resources.sources();
        List<List<ReportDocument.Cell>> rows = new ArrayList<>();
        long sum = 0;
        long count = 0;
        for (Resources.SourceTotal t : totals) {
            if (t.count() == 0) continue;
            String label = sources.stream()
                    .filter(s -> s.code().equals(t.source()))
                    .findFirst()
                    .map(s -> s.label(r.locale()))
                    .orElse(t.source());
            rows.add(List.of(
                    ReportDocument.Cell.text(label),
                    ReportDocument.Cell.money(t.amount()),
                    ReportDocument.Cell.count(t.count())));
            sum += t.amount().dong();
            count += t.count();
        }
        if (rows.isEmpty()) return Optional.empty();
        List<ReportDocument.Column> columns = List.of(
                new ReportDocument.Column(text("funding.report.source", r), null, 44),
                new ReportDocument.Column(text("funding.report.amount", r), null, 20),
                new ReportDocument.Column(text("funding.report.entries", r), null, 12));
        List<ReportDocument.Cell> total = List.of(
                ReportDocument.Cell.text(text("funding.report.total", r)),
                ReportDocument.Cell.money(Vnd.of(sum)),
                ReportDocument.Cell.count(count));
        return Optional.of(new ReportDocument.Table(columns, rows, total));
    }

    private String text(String key, Request r) {
        return messages.getMessage(key, null, r.locale());
    }
}
