package vn.ishc.report.web;

import java.time.YearMonth;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.area.UnitDirectory;
import vn.ishc.report.MonthlyCommands;
import vn.ishc.report.MonthlyReportService;
import vn.ishc.report.MonthlyReportService.ReportView;
import vn.ishc.report.ReportState;
import vn.ishc.web.FormSubmission;

/**
 * The pages of the club's monthly report: the report of a club-month with its history and the step forms
 * the user may use, and the month at a glance for a ward or the city. Access is the service's.
 */
@Controller
class MonthlyReportController {
    private final MonthlyReportService reports;
    private final UnitDirectory units;
    private final vn.ishc.activity.ActivityService activities;
    private final org.springframework.context.MessageSource messages;
    private final vn.ishc.web.Formats formats;

    MonthlyReportController(
            MonthlyReportService reports,
            UnitDirectory units,
            vn.ishc.activity.ActivityService activities,
            org.springframework.context.MessageSource messages,
            vn.ishc.web.Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.reports = reports;
        this.units = units;
        this.activities = activities;
    }

    /** The areas' labels in the reader's language, by code. */
    private java.util.Map<String, String> areaLabels() {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (vn.ishc.activity.Area a : activities.areas()) out.put(a.code(), a.label(locale));
        return out;
    }

    /** One step's form: the narrative, comment or reason, and the version of the report the user saw. */
    static class StepForm {
        String text;
        Integer version;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }
    }

    @GetMapping("/clubs/{clubId}/reports/{month}")
    String report(
            @PathVariable long clubId,
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            Model model) {
        ReportView v = reports.view(clubId, month);
        model.addAttribute("r", v);
        if (!model.containsAttribute("stepForm")) {
            StepForm form = new StepForm();
            form.version = v.version();
            form.text = v.state().submittable() ? v.narrative() : null;
            model.addAttribute("stepForm", form);
        }
        model.addAttribute("areaLabels", areaLabels());
        model.addAttribute("previous", month.minusMonths(1));
        model.addAttribute("next", month.plusMonths(1));
        return "reports/monthly";
    }

    @PostMapping("/clubs/{clubId}/reports/{month}/{step}")
    String step(
            @PathVariable long clubId,
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @PathVariable String step,
            @ModelAttribute("stepForm") StepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        // A form without its version is refused as another person's change (-1: no report has it).
        int version = form.version == null ? -1 : form.version;
        Runnable change = switch (step) {
            case "submit" -> () -> reports.submit(new MonthlyCommands.Submit(clubId, month, form.text, version));
            case "approve" -> () -> reports.approve(new MonthlyCommands.Approve(clubId, month, form.text, version));
            case "return" ->
                () -> reports.returnForChanges(new MonthlyCommands.Return(clubId, month, form.text, version));
            case "accept" -> () -> reports.accept(new MonthlyCommands.Accept(clubId, month, form.text, version));
            case "unlock" -> () -> reports.unlock(new MonthlyCommands.Unlock(clubId, month, form.text, version));
            default -> null;
        };
        if (change == null) throw new vn.ishc.report.MonthlyReportNotFound("step " + step);
        boolean done = FormSubmission.of(errors)
                .concurrentEdit("report.error.changed")
                .fields(f -> "text")
                .run(change);
        if (done) {
            redirect.addFlashAttribute("flash", "report.flash." + step);
            return "redirect:/clubs/" + clubId + "/reports/" + month;
        }
        return report(clubId, month, model);
    }

    /**
     * The report as an .xlsx workbook: a sheet of its figures (as submitted, or built now when nothing is
     * submitted) with its state and narrative, and a sheet of its history.
     */
    @GetMapping("/clubs/{clubId}/reports/{month}/download")
    void download(
            @PathVariable long clubId,
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        ReportView v = reports.download(clubId, month);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        vn.ishc.report.MonthlyContent c = v.content();
        java.util.List<java.util.List<?>> rows = new java.util.ArrayList<>();
        rows.add(java.util.List.of(m(locale, "report.glance.state"), m(locale, "report.state." + v.state())));
        rows.add(java.util.List.of(m(locale, "report.section.members"), ""));
        rows.add(java.util.List.of(
                m(locale, "report.members.joined"), c.members().joined()));
        rows.add(java.util.List.of(m(locale, "report.members.left"), c.members().left()));
        rows.add(
                java.util.List.of(m(locale, "report.members.atEnd"), c.members().atEnd()));
        rows.add(
                java.util.List.of(m(locale, "report.members.women"), c.members().women()));
        rows.add(
                java.util.List.of(m(locale, "report.members.older"), c.members().older()));
        rows.add(java.util.List.of(
                m(locale, "report.members.younger"), c.members().younger()));
        rows.add(java.util.List.of(
                m(locale, "report.members.disadvantaged"), c.members().disadvantaged()));
        rows.add(java.util.List.of(m(locale, "report.section.meetings"), ""));
        rows.add(java.util.List.of(
                m(locale, "report.meetings.held"), c.meetings().held()));
        rows.add(java.util.List.of(
                m(locale, "report.meetings.present"), c.meetings().present()));
        rows.add(java.util.List.of(
                m(locale, "report.meetings.excused"), c.meetings().excused()));
        rows.add(java.util.List.of(
                m(locale, "report.meetings.absent"), c.meetings().absent()));
        rows.add(java.util.List.of(m(locale, "report.section.areas"), ""));
        java.util.Map<String, String> labels = areaLabels();
        for (vn.ishc.report.MonthlyContent.Tally t : c.areas())
            for (vn.ishc.report.MonthlyContent.AreaCount a : t.byArea())
                rows.add(java.util.List.of(
                        m(locale, t.labelKey()) + " — " + labels.getOrDefault(a.area(), a.area()), a.count()));
        var f = c.funds();
        rows.add(java.util.List.of(m(locale, "report.section.funds"), ""));
        rows.add(java.util.List.of(
                m(locale, "report.funds.loanFund") + " — " + m(locale, "report.funds.opening"), f.loanFundOpening()));
        rows.add(java.util.List.of(
                m(locale, "report.funds.loanFund") + " — " + m(locale, "report.funds.receipts"), f.loanFundReceipts()));
        rows.add(java.util.List.of(
                m(locale, "report.funds.loanFund") + " — " + m(locale, "report.funds.expenses"), f.loanFundPayments()));
        rows.add(java.util.List.of(
                m(locale, "report.funds.loanFund") + " — " + m(locale, "report.funds.closing"), f.loanFundClosing()));
        rows.add(java.util.List.of(
                m(locale, "report.funds.activityFund") + " — " + m(locale, "report.funds.opening"),
                f.activityFundOpening()));
        rows.add(java.util.List.of(
                m(locale, "report.funds.activityFund") + " — " + m(locale, "report.funds.receipts"),
                f.activityFundReceipts()));
        rows.add(java.util.List.of(
                m(locale, "report.funds.activityFund") + " — " + m(locale, "report.funds.expenses"),
                f.activityFundExpenses()));
        rows.add(java.util.List.of(
                m(locale, "report.funds.activityFund") + " — " + m(locale, "report.funds.closing"),
                f.activityFundClosing()));
        rows.add(java.util.List.of(m(locale, "report.loans.disbursed", f.loansDisbursed()), f.disbursed()));
        rows.add(java.util.List.of(m(locale, "report.loans.repaid"), f.principalRepaid()));
        rows.add(java.util.List.of(m(locale, "report.loans.fees"), f.feesReceived()));
        rows.add(java.util.List.of(m(locale, "report.loans.outstanding", f.loansRunning()), f.outstanding()));
        rows.add(java.util.List.of(m(locale, "report.loans.overdue", f.loansOverdue()), f.overdue()));
        rows.add(java.util.List.of(m(locale, "report.monthly.narrative"), v.narrative() == null ? "" : v.narrative()));
        java.util.List<java.util.List<?>> history = new java.util.ArrayList<>();
        for (var s : v.steps())
            history.add(java.util.List.of(
                    m(locale, "report.step." + s.action()),
                    s.by(),
                    formats.instant(s.at()),
                    s.comment() == null ? "" : s.comment()));
        response.setContentType(vn.ishc.shared.TableExport.XLSX_MEDIA_TYPE);
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"bao-cao-thang-" + clubId + "-" + month + ".xlsx\"");
        vn.ishc.shared.TableExport.xlsx(
                java.util.List.of(
                        new vn.ishc.shared.TableExport.Sheet(
                                m(locale, "report.xlsx.figures"),
                                java.util.List.of(v.club().name(), month.toString()),
                                rows),
                        new vn.ishc.shared.TableExport.Sheet(
                                m(locale, "report.monthly.history"),
                                java.util.List.of(
                                        m(locale, "report.xlsx.step"),
                                        m(locale, "report.xlsx.by"),
                                        m(locale, "report.xlsx.at"),
                                        m(locale, "report.monthly.comment")),
                                history)),
                response.getOutputStream());
    }

    private String m(java.util.Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A query of the month at a glance. */
    record GlanceQuery(YearMonth month, Long unitId, ReportState state) {}

    @GetMapping("/reports/monthly")
    String glance(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) ReportState state,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        YearMonth m = Optional.ofNullable(month).orElse(reports.lastMonth());
        MonthlyReportService.Glance g = reports.glance(m, unit, state, page, 25);
        model.addAttribute("query", new GlanceQuery(m, unit, state));
        model.addAttribute("g", g);
        model.addAttribute("result", g);
        model.addAttribute("states", ReportState.values());
        model.addAttribute("filterUnits", units.allAsOf(m.atEndOfMonth()));
        return "reports/glance";
    }
}
