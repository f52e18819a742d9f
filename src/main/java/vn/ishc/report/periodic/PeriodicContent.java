package vn.ishc.report.periodic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.fund.FundTotals;
import vn.ishc.fund.FundTotals.UnitTotals;
import vn.ishc.plan.EraMap;
import vn.ishc.plan.Indicator;
import vn.ishc.plan.IndicatorEngine;
import vn.ishc.plan.IndicatorEngine.Dashboard;
import vn.ishc.plan.IndicatorEngine.Figure;
import vn.ishc.plan.IndicatorEngine.Result;
import vn.ishc.plan.IndicatorEngine.View;
import vn.ishc.plan.Plan;
import vn.ishc.report.periodic.ReportDocument.Cell;
import vn.ishc.report.periodic.ReportDocument.Column;
import vn.ishc.report.periodic.ReportDocument.Header;
import vn.ishc.report.periodic.ReportDocument.Section;
import vn.ishc.report.periodic.ReportDocument.Table;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.Scope;

/**
 * Writes a periodic report's {@link ReportDocument} from the records, in the reader's language: the
 * indicators against the plan's targets and by ward from the dashboard's {@link IndicatorEngine} on the
 * report's view (so every figure is the dashboard's), new clubs per year against the roadmap, the clubs'
 * loans and funds from the fund module ({@link FundTotals}, grouped by the same rows), the sections other
 * modules fill ({@link PeriodicSection}) and the narrative.
 */
@Service
public class PeriodicContent {
    /** The ward table's columns: the dashboard's, in its order. */
    static final List<Indicator> WARD_COLUMNS = List.of(
            Indicator.UNITS_WITH_CLUB,
            Indicator.NEW_CLUBS,
            Indicator.OLD_CLUBS_MAINTAINED,
            Indicator.CLUBS_COMPOSITION_OK,
            Indicator.NEW_CLUB_MEMBERS,
            Indicator.NEW_CLUB_OLDER_MEMBERS,
            Indicator.DISADVANTAGED_MEMBERS);

    private final PeriodicReportService reports;
    private final IndicatorEngine engine;
    private final FundTotals funds;
    private final UnitDirectory units;
    private final List<PeriodicSection> sections;
    private final CurrentUser user;
    private final MessageSource messages;
    private final Clock clock;
    private final String place;

    PeriodicContent(
            PeriodicReportService reports,
            IndicatorEngine engine,
            FundTotals funds,
            UnitDirectory units,
            List<PeriodicSection> sections,
            CurrentUser user,
            MessageSource messages,
            Clock clock,
            @Value("${ishc.report.place:Buôn Ma Thuột}") String place) {
        this.reports = reports;
        this.engine = engine;
        this.funds = funds;
        this.units = units;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PeriodicSection::order))
                .toList();
        this.user = user;
        this.messages = messages;
        this.clock = clock;
        this.place = place;
    }

    /** The report with its figures computed now, for the caller (404 outside the scope). */
    @Transactional(readOnly = true)
    public ReportDocument document(long reportId, Locale locale) {
        PeriodicReport r = reports.get(reportId);
        View v = reports.view(r);
        ReportPeriod period = reports.period(r);
        Scope scope = user.scope();
        Dashboard d = engine.compute(v, scope);
        Map<String, String> rowNames = new LinkedHashMap<>();
        for (EraMap.Row row : d.rows()) rowNames.put(row.key(), rowName(row, locale));
        Map<NarrativeSection, String> texts = r.texts();

        List<Section> out = new ArrayList<>();
        out.add(narrative(NarrativeSection.SITUATION, texts, locale));
        out.add(new Section(
                "indicators",
                t("periodic.section.indicators", locale),
                t("periodic.sheet.indicators", locale),
                List.of(t(
                        "periodic.section.indicators.note",
                        locale,
                        date(d.asOf()),
                        t("periodic.era." + v.era(), locale))),
                indicators(d, locale)));
        out.add(new Section(
                "wards",
                t("periodic.section.wards", locale),
                t("periodic.sheet.wards", locale),
                List.of(),
                wards(d, rowNames, locale)));
        out.add(new Section(
                "newClubs",
                t("periodic.section.newClubs", locale),
                t("periodic.sheet.newClubs", locale),
                List.of(),
                newClubs(d, v, locale)));
        out.add(new Section(
                "clubList",
                t("periodic.section.clubList", locale),
                t("periodic.sheet.clubList", locale),
                List.of(t(
                        "periodic.section.clubList.note",
                        locale,
                        date(period.from()),
                        date(period.asOf(LocalDate.now(clock))))),
                clubList(v, scope, period, rowNames, locale)));
        out.add(new Section(
                "funds",
                t("periodic.section.funds", locale),
                t("periodic.sheet.funds", locale),
                List.of(t(
                        "periodic.section.funds.note",
                        locale,
                        date(period.from()),
                        date(period.asOf(LocalDate.now(clock))))),
                funds(v, d, period, scope, rowNames, locale)));
        PeriodicSection.Request request = new PeriodicSection.Request(
                v.unit().id(),
                units.territory(v.unit().id()),
                period.from(),
                period.asOf(LocalDate.now(clock)),
                scope,
                locale);
        out.add(slot(PeriodicSection.Slot.RESOURCES_BY_SOURCE, "resources", request, locale));
        out.add(slot(PeriodicSection.Slot.AGENCY_TASKS, "agencyTasks", request, locale));
        for (NarrativeSection s : List.of(
                NarrativeSection.RESULTS,
                NarrativeSection.SHORTCOMINGS,
                NarrativeSection.DIRECTIONS,
                NarrativeSection.PROPOSALS)) out.add(narrative(s, texts, locale));
        return new ReportDocument(header(r, v, period, texts, locale), List.copyOf(out));
    }

    private Header header(
            PeriodicReport r, View v, ReportPeriod period, Map<NarrativeSection, String> texts, Locale locale) {
        UnitView unit = v.unit();
        UnitView parent =
                unit.parentId() == null ? null : units.find(unit.parentId()).orElse(null);
        LocalDate today = LocalDate.now(clock);
        String number = r.documentNo() == null ? "      " : r.documentNo();
        Plan plan = v.plan();
        String subtitle = switch (r.kind()) {
            case QUARTER -> t("periodic.subtitle.QUARTER", locale, r.number(), String.valueOf(r.year()), plan.name());
            case HALF_YEAR -> t("periodic.subtitle.HALF_YEAR", locale, String.valueOf(r.year()), plan.name());
            case YEAR -> t("periodic.subtitle.YEAR", locale, String.valueOf(r.year()), plan.name());
            case FINAL ->
                t(
                        "periodic.subtitle.FINAL",
                        locale,
                        plan.name(),
                        String.valueOf(period.from().getYear()),
                        String.valueOf(period.to().getYear()));
        };
        List<String> recipients = lines(texts.get(NarrativeSection.RECIPIENTS));
        if (recipients.isEmpty()) recipients = lines(t("periodic.doc.recipients.default", locale));
        String signer = texts.get(NarrativeSection.SIGNER);
        return new Header(
                t("periodic.doc.nationalTitle", locale),
                t("periodic.doc.motto", locale),
                parent == null ? null : association(parent, locale),
                association(unit, locale),
                t("periodic.doc.number", locale, number),
                t(
                        "periodic.doc.placeAndDate",
                        locale,
                        place,
                        day(today.getDayOfMonth()),
                        month(today.getMonthValue()),
                        String.valueOf(today.getYear())),
                t("periodic.doc.title", locale),
                subtitle,
                today,
                t("periodic.doc.recipients", locale),
                recipients,
                t("periodic.doc.signerRole", locale),
                t("periodic.doc.signerTitle", locale),
                signer == null || signer.isBlank() ? null : signer.strip());
    }

    /** Decree 30: days below 10 and the months January and February are written with a leading zero. */
    static String day(int d) {
        return d < 10 ? "0" + d : String.valueOf(d);
    }

    static String month(int m) {
        return m < 3 ? "0" + m : String.valueOf(m);
    }

    private String association(UnitView unit, Locale locale) {
        return t("periodic.doc.association", locale, unit.name()).toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static List<String> lines(String text) {
        if (text == null) return List.of();
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Section narrative(NarrativeSection s, Map<NarrativeSection, String> texts, Locale locale) {
        List<String> paragraphs = lines(texts.get(s));
        if (paragraphs.isEmpty()) paragraphs = List.of(t("periodic.narrative.empty", locale));
        return new Section(
                "narrative." + s.name(), t("periodic.narrative." + s.name(), locale), null, paragraphs, null);
    }

    private Section slot(PeriodicSection.Slot slot, String key, PeriodicSection.Request request, Locale locale) {
        List<Table> tables = new ArrayList<>();
        for (PeriodicSection s : sections) {
            if (s.slot() == slot) s.table(request).ifPresent(tables::add);
        }
        String heading = t("periodic.section." + key, locale);
        if (tables.isEmpty())
            return new Section(key, heading, null, List.of(t("periodic.section.noRecords", locale)), null);
        // One table per section: the beans' tables one after the other when their columns agree, else the first.
        Table first = tables.get(0);
        List<List<Cell>> rows = new ArrayList<>(first.rows());
        for (Table t : tables.subList(1, tables.size())) {
            if (t.columns().equals(first.columns())) rows.addAll(t.rows());
        }
        return new Section(
                key,
                heading,
                t("periodic.sheet." + key, locale),
                List.of(),
                new Table(first.columns(), rows, first.total()));
    }

    private Table indicators(Dashboard d, Locale locale) {
        List<Column> columns = List.of(
                new Column(t("periodic.col.no", locale), null, 5),
                new Column(t("periodic.col.indicator", locale), null, 48),
                new Column(t("periodic.col.target", locale), null, 14),
                new Column(t("periodic.col.actual", locale), null, 14),
                new Column(t("periodic.col.status", locale), null, 24));
        List<List<Cell>> rows = new ArrayList<>();
        int n = 0;
        for (Result res : d.results()) {
            Indicator i = res.indicator();
            boolean share = i.measure().isShare();
            String label = t(i.labelKey(), locale) + (res.year() == null ? "" : " (" + res.year() + ")");
            Cell target = res.target() == null
                    ? Cell.text("")
                    : share ? Cell.percent(res.target()) : Cell.count(res.target());
            Cell actual;
            if (!res.computed()) actual = Cell.text(t(i.noDataReason(), locale));
            else if (share)
                actual = Cell.share(res.total().numerator(), res.total().denominator());
            else actual = Cell.count(res.total().numerator());
            rows.add(List.of(
                    Cell.count(++n),
                    Cell.text(label),
                    target,
                    actual,
                    Cell.text(t("indicator.status." + res.status(), locale))));
        }
        return new Table(columns, rows, null);
    }

    private Table wards(Dashboard d, Map<String, String> rowNames, Locale locale) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(t("periodic.col.unit", locale), null, 30));
        for (Indicator i : WARD_COLUMNS) {
            String group = i.drill() == Indicator.Drill.MEMBERS
                    ? t("periodic.group.members", locale)
                    : t("periodic.group.clubs", locale);
            columns.add(new Column(t("dashboard.column." + i.code(), locale), group, 14));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (EraMap.Row row : d.rows()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(rowNames.get(row.key())));
            for (Indicator i : WARD_COLUMNS)
                cells.add(wardCell(i, d.result(i).byRow().get(row.key())));
            rows.add(cells);
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.text(t("periodic.total", locale)));
        for (Indicator i : WARD_COLUMNS) {
            Result res = d.result(i);
            if (i.measure() == Indicator.Measure.SHARE)
                total.add(Cell.share(res.total().numerator(), res.total().denominator()));
            else
                total.add(Cell.count(res.byRow().values().stream()
                        .mapToLong(Figure::numerator)
                        .sum()));
        }
        return new Table(columns, rows, total);
    }

    /** A ward's figure as the dashboard's table shows it: a share for shares, else the count. */
    static Cell wardCell(Indicator i, Figure f) {
        if (f == null) return i.measure() == Indicator.Measure.SHARE ? Cell.share(0, 0) : Cell.count(0);
        return i.measure() == Indicator.Measure.SHARE
                ? Cell.share(f.numerator(), f.denominator())
                : Cell.count(f.numerator());
    }

    private Table newClubs(Dashboard d, View v, Locale locale) {
        List<Column> columns = List.of(
                new Column(t("periodic.col.year", locale), null, 10),
                new Column(t("periodic.col.planned", locale), null, 16),
                new Column(t("periodic.col.founded", locale), null, 16));
        Result perYear = d.result(Indicator.NEW_CLUBS_YEAR);
        Map<Integer, Integer> planned = new HashMap<>();
        for (EraMap.Row r : d.rows()) {
            if (!r.single()) continue;
            for (Plan.RoadmapEntry e : v.plan().roadmap()) {
                if (e.unitId() == r.unit().id()) planned.merge(e.year(), e.newClubs(), Integer::sum);
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        long plannedSum = 0, foundedSum = 0;
        for (var e : perYear.perYear().entrySet()) {
            Integer p = planned.get(e.getKey());
            rows.add(List.of(
                    Cell.text(String.valueOf(e.getKey())),
                    p == null ? Cell.text("") : Cell.count(p),
                    Cell.count(e.getValue())));
            plannedSum += p == null ? 0 : p;
            foundedSum += e.getValue();
        }
        return new Table(
                columns,
                rows,
                List.of(
                        Cell.text(t("periodic.total", locale)),
                        // The roadmap is by the plan's units: with the units of a date nothing planned is summed.
                        planned.isEmpty() ? Cell.text("") : Cell.count(plannedSum),
                        Cell.count(foundedSum)));
    }

    /**
     * The clubs founded in the period (inside the plan period so far: the dashboard's list behind "new
     * clubs", {@link IndicatorEngine#clubs}), with their ward, founding date and members on the date.
     */
    private Table clubList(View v, Scope scope, ReportPeriod period, Map<String, String> rowNames, Locale locale) {
        List<Column> columns = List.of(
                new Column(t("periodic.col.no", locale), null, 5),
                new Column(t("periodic.col.club", locale), null, 48),
                new Column(t("periodic.col.unit", locale), null, 26),
                new Column(t("periodic.col.foundedOn", locale), null, 14),
                new Column(t("periodic.col.members", locale), null, 12));
        LocalDate to = period.asOf(LocalDate.now(clock));
        List<List<Cell>> rows = new ArrayList<>();
        long members = 0;
        for (IndicatorEngine.ClubLine l : engine.clubs(v, scope, Indicator.NEW_CLUBS, null, null)) {
            if (l.foundedOn() == null
                    || l.foundedOn().isBefore(period.from())
                    || l.foundedOn().isAfter(to)) continue;
            String ward = l.row() != null && rowNames.containsKey(l.row())
                    ? rowNames.get(l.row())
                    : l.recordedUnit() == null ? "" : l.recordedUnit().name();
            rows.add(List.of(
                    Cell.count(rows.size() + 1),
                    Cell.text(l.name()),
                    Cell.text(ward),
                    Cell.text(date(l.foundedOn())),
                    Cell.count(l.composition().members())));
            members += l.composition().members();
        }
        List<Cell> total = List.of(
                Cell.text(""),
                Cell.text(t("periodic.total", locale)),
                Cell.text(""),
                Cell.text(""),
                Cell.count(members));
        return new Table(columns, rows, total);
    }

    private Table funds(
            View v, Dashboard d, ReportPeriod period, Scope scope, Map<String, String> rowNames, Locale locale) {
        String loan = t("periodic.group.loanFund", locale);
        String activity = t("periodic.group.activityFund", locale);
        List<Column> columns = List.of(
                new Column(t("periodic.col.unit", locale), null, 30),
                new Column(t("periodic.col.loansDisbursed", locale), loan, 12),
                new Column(t("periodic.col.disbursed", locale), loan, 16),
                new Column(t("periodic.col.repaid", locale), loan, 16),
                new Column(t("periodic.col.outstanding", locale), loan, 16),
                new Column(t("periodic.col.cash", locale), loan, 16),
                new Column(t("periodic.col.receipts", locale), activity, 16),
                new Column(t("periodic.col.expenses", locale), activity, 16),
                new Column(t("periodic.col.cash", locale), activity, 16));
        Map<Long, EraMap.Row> rowOf = engine.rowOfRecordingUnit(v);
        Map<Long, UnitTotals> byUnit =
                funds.byRecordingUnit(rowOf.keySet(), scope, period.from(), period.asOf(LocalDate.now(clock)));
        Map<String, UnitTotals> byRow = new LinkedHashMap<>();
        for (EraMap.Row row : d.rows()) byRow.put(row.key(), UnitTotals.ZERO);
        for (var e : byUnit.entrySet()) {
            EraMap.Row row = rowOf.get(e.getKey());
            if (!rowNames.containsKey(row.key())) rowNames.put(row.key(), rowName(row, locale));
            byRow.merge(row.key(), e.getValue(), UnitTotals::plus);
        }
        List<List<Cell>> rows = new ArrayList<>();
        UnitTotals sum = UnitTotals.ZERO;
        for (var e : byRow.entrySet()) {
            rows.add(fundCells(Cell.text(rowNames.get(e.getKey())), e.getValue()));
            sum = sum.plus(e.getValue());
        }
        return new Table(columns, rows, fundCells(Cell.text(t("periodic.total", locale)), sum));
    }

    private static List<Cell> fundCells(Cell label, UnitTotals u) {
        return List.of(
                label,
                Cell.count(u.loansDisbursed()),
                Cell.money(u.disbursed()),
                Cell.money(u.principalRepaid()),
                Cell.money(u.outstanding()),
                Cell.money(u.loanFundCash()),
                Cell.money(u.activityReceipts()),
                Cell.money(u.activityExpenses()),
                Cell.money(u.activityFundCash()));
    }

    static String date(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private String rowName(EraMap.Row row, Locale locale) {
        String names = IndicatorEngine.rowLabel(row);
        return row.single() ? names : t("dashboard.formedFrom", locale, names);
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
