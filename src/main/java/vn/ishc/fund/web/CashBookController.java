package vn.ishc.fund.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.club.ClubView;
import vn.ishc.fund.cashbook.CashBookCommands.ApproveExpense;
import vn.ishc.fund.cashbook.CashBookCommands.RecordCashEntry;
import vn.ishc.fund.cashbook.CashBookCommands.ReversePosting;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.FundAccess;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.ledger.FundRules;
import vn.ishc.fund.report.FundReports;
import vn.ishc.fund.web.FundForms.CashForm;
import vn.ishc.fund.web.FundForms.ReverseForm;
import vn.ishc.web.FormSubmission;

/** The activity fund cash book: entries of a period with running balance, the entry form, approvals, reversals. */
@Controller
class CashBookController {
    private final CashBookService cash;
    private final FundReports reports;
    private final FundAccess access;
    private final FundDownloads downloads;
    private final FundRules rules;

    CashBookController(
            CashBookService cash, FundReports reports, FundAccess access, FundDownloads downloads, FundRules rules) {
        this.cash = cash;
        this.reports = reports;
        this.access = access;
        this.downloads = downloads;
        this.rules = rules;
    }

    @InitBinder({"cashForm", "reverseForm"})
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    LocalDate[] period(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : rules.today();
        LocalDate start = from != null ? from : end.withDayOfMonth(1).minusMonths(2);
        return new LocalDate[] {start, end};
    }

    @GetMapping("/clubs/{id}/cashbook")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        if (!model.containsAttribute("cashForm")) {
            CashForm form = new CashForm();
            form.date = rules.today();
            model.addAttribute("cashForm", form);
        }
        return render(id, from, to, model);
    }

    private String render(long id, LocalDate from, LocalDate to, Model model) {
        LocalDate[] p = period(from, to);
        FundReports.Statement s = reports.statement(id, Fund.ACTIVITY_FUND, p[0], p[1]);
        ClubView club = s.club();
        model.addAttribute("s", s);
        model.addAttribute("club", club);
        model.addAttribute("mayWrite", access.mayWrite(club));
        model.addAttribute("pending", cash.pending(id));
        model.addAttribute("receipts", EntryKind.cashBookReceipts());
        model.addAttribute("expenses", EntryKind.cashBookExpenses());
        model.addAttribute("today", rules.today());
        model.addAttribute(
                "reversed",
                s.lines().stream()
                        .filter(l -> l.entry().isReversal())
                        .map(l -> l.entry().reverses())
                        .toList());
        return "funds/cashbook";
    }

    @GetMapping("/clubs/{id}/cashbook.{format}")
    void export(
            @PathVariable long id,
            @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        LocalDate[] p = period(from, to);
        downloads.statement(
                reports.statement(id, Fund.ACTIVITY_FUND, p[0], p[1]), format, "so-quy-hoat-dong", locale, response);
    }

    @PostMapping("/clubs/{id}/cashbook")
    String record(
            @PathVariable long id,
            @Valid @ModelAttribute("cashForm") CashForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var recorded = FormSubmission.of(errors)
                .get(() -> cash.record(new RecordCashEntry(
                        id,
                        form.kind,
                        form.date,
                        FundForms.money(form.amount, rules.ceiling(), "amount"),
                        form.counterpart,
                        form.documentNo,
                        form.note)));
        if (recorded.isPresent()) {
            redirect.addFlashAttribute("flash", recorded.get().pending() ? "fund.cash.pendingSaved" : "fund.saved");
            return "redirect:/clubs/" + id + "/cashbook";
        }
        return render(id, null, null, model);
    }

    @PostMapping("/clubs/{id}/cashbook/approve/{request}")
    String approve(@PathVariable long id, @PathVariable long request, RedirectAttributes redirect) {
        try {
            cash.approve(new ApproveExpense(id, request));
            redirect.addFlashAttribute("flash", "fund.cash.approved");
        } catch (FundRefused e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            redirect.addFlashAttribute("refusedArgs", e.args());
        }
        return "redirect:/clubs/" + id + "/cashbook";
    }

    @PostMapping("/clubs/{id}/cashbook/reverse")
    String reverse(
            @PathVariable long id,
            @Valid @ModelAttribute("reverseForm") ReverseForm form,
            BindingResult errors,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            if (errors.hasErrors()) throw new FundRefused("date", "validation.required");
            cash.reverse(new ReversePosting(id, form.posting, form.date, form.note));
            redirect.addFlashAttribute("flash", "fund.reversed");
        } catch (FundRefused e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            redirect.addFlashAttribute("refusedArgs", e.args());
        }
        return "statement".equals(back)
                ? "redirect:/clubs/" + id + "/funds/statement"
                : "redirect:/clubs/" + id + "/cashbook";
    }
}
