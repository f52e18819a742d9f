package vn.ishc.report.periodic;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.plan.Era;
import vn.ishc.plan.IndicatorViews;
import vn.ishc.report.periodic.PeriodicCommands.CreatePeriodicReport;
import vn.ishc.report.periodic.PeriodicCommands.SaveNarrative;
import vn.ishc.shared.Heavy;
import vn.ishc.shared.Scope;
import vn.ishc.web.FormSubmission;

/**
 * The periodic report pages: the list of the scope's reports with the form to start one, a report with its
 * sections (computed on request, loaded by htmx behind a progress indicator), its narrative form and its
 * downloads.
 */
@Controller
class PeriodicController {
    private final PeriodicReportService reports;
    private final PeriodicContent content;
    private final PeriodicDownloads downloads;
    private final IndicatorViews views;
    private final UnitDirectory units;
    private final Clock clock;

    PeriodicController(
            PeriodicReportService reports,
            PeriodicContent content,
            PeriodicDownloads downloads,
            IndicatorViews views,
            UnitDirectory units,
            Clock clock) {
        this.reports = reports;
        this.content = content;
        this.downloads = downloads;
        this.views = views;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/reports/periodic")
    String list(Model model) {
        PeriodicForms.NewReport form = new PeriodicForms.NewReport();
        form.year = LocalDate.now(clock).getYear();
        model.addAttribute("form", form);
        return listPage(model);
    }

    private String listPage(Model model) {
        List<PeriodicReport> all = reports.list();
        model.addAttribute("reports", all);
        model.addAttribute("unitNames", unitNames(all));
        model.addAttribute("mayWrite", reports.mayWrite());
        model.addAttribute("kinds", PeriodKind.values());
        model.addAttribute("eras", Era.values());
        model.addAttribute("unitChoices", reports.mayWrite() ? unitChoices() : List.of());
        return "reports/periodic/list";
    }

    private java.util.Map<Long, String> unitNames(List<PeriodicReport> all) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (PeriodicReport r : all) {
            names.computeIfAbsent(
                    r.unitId(), id -> units.find(id).map(UnitView::name).orElse(""));
        }
        return names;
    }

    /** The root of the scope and the units directly under it today, those the scope covers as a whole. */
    private List<UnitView> unitChoices() {
        Scope scope = views.scope();
        LocalDate today = LocalDate.now(clock);
        List<UnitView> out = new ArrayList<>();
        try {
            UnitView root = views.resolve(null, null, today, null).unit();
            if (scope.includesUnit(root.id())) out.add(root);
            for (UnitView u : units.childrenAsOf(root.id(), today)) if (scope.includesUnit(u.id())) out.add(u);
        } catch (vn.ishc.shared.NotFoundException e) {
            // No plan or unit in the scope: nothing to choose.
        }
        return out;
    }

    @PostMapping("/reports/periodic")
    String create(
            @ModelAttribute("form") PeriodicForms.NewReport form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!reports.mayWrite()) throw new org.springframework.security.access.AccessDeniedException("read-only");
        Optional<Long> id = FormSubmission.of(errors)
                .fields(f -> f.equals("number") ? "number" : f.equals("unit") ? "unitId" : f)
                .get(() -> reports.create(new CreatePeriodicReport(
                        form.kind, form.year, form.number, form.unitId, era(form.era), null, form.documentNo)));
        if (id.isEmpty()) return listPage(model);
        redirect.addFlashAttribute("flash", "periodic.created");
        return "redirect:/reports/periodic/" + id.get();
    }

    static Era era(String text) {
        if (text == null || text.isBlank()) return Era.CURRENT;
        try {
            return Era.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PeriodicReportRefused("era", "periodic.error.era");
        }
    }

    @Heavy
    @GetMapping("/reports/periodic/{id}")
    String report(@PathVariable long id, Model model) {
        PeriodicReport r = reports.get(id);
        PeriodicForms.Narrative form = new PeriodicForms.Narrative();
        form.version = r.version();
        form.documentNo = r.documentNo();
        r.texts().forEach((k, v) -> form.sections.put(k.name(), v));
        model.addAttribute("narrative", form);
        return reportPage(model, r);
    }

    private String reportPage(Model model, PeriodicReport r) {
        model.addAttribute("report", r);
        model.addAttribute("unit", reports.unit(r));
        model.addAttribute("plan", reports.plan(r));
        model.addAttribute("period", reports.period(r));
        model.addAttribute("sections", NarrativeSection.values());
        model.addAttribute("mayWrite", reports.mayWrite());
        return "reports/periodic/report";
    }

    /** The report's sections computed now: the fragment the report page loads (htmx) behind its progress bar. */
    @Heavy
    @GetMapping("/reports/periodic/{id}/sections")
    String sections(@PathVariable long id, Locale locale, Model model) {
        long start = System.nanoTime();
        model.addAttribute("doc", content.document(id, locale));
        model.addAttribute("millis", (System.nanoTime() - start) / 1_000_000);
        model.addAttribute("reportId", id);
        return "reports/periodic/sections :: sections";
    }

    @PostMapping("/reports/periodic/{id}/narrative")
    String saveNarrative(
            @PathVariable long id,
            @ModelAttribute("narrative") PeriodicForms.Narrative form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PeriodicReport r = reports.get(id);
        if (form.version == null) errors.reject("periodic.error.concurrent");
        boolean done = FormSubmission.of(errors)
                .concurrentEdit("periodic.error.concurrent")
                .fields(f -> f.startsWith("narrative.") ? "sections[" + f.substring("narrative.".length()) + "]" : f)
                .run(() -> reports.saveNarrative(new SaveNarrative(id, form.version, form.texts(), form.documentNo)));
        if (!done) return reportPage(model, r);
        redirect.addFlashAttribute("flash", "periodic.saved");
        return "redirect:/reports/periodic/" + id;
    }

    @Heavy
    @GetMapping("/reports/periodic/{id}/download.{format}")
    void download(@PathVariable long id, @PathVariable String format, Locale locale, HttpServletResponse response)
            throws IOException {
        downloads.send(id, format, locale, response);
    }
}
