package vn.ishc.fund.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ledger.FundAccess;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.ledger.FundRules;
import vn.ishc.fund.loan.Loan;
import vn.ishc.fund.loan.LoanCommands.ApplyForLoan;
import vn.ishc.fund.loan.LoanCommands.ApproveLoan;
import vn.ishc.fund.loan.LoanCommands.DisburseLoan;
import vn.ishc.fund.loan.LoanCommands.RecordRepayment;
import vn.ishc.fund.loan.LoanCommands.RefundCredit;
import vn.ishc.fund.loan.LoanCommands.RescheduleLoan;
import vn.ishc.fund.loan.LoanCommands.ReverseLoanPosting;
import vn.ishc.fund.loan.LoanCommands.WriteOffLoan;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.fund.loan.Purpose;
import vn.ishc.fund.web.FundForms.ApplyForm;
import vn.ishc.fund.web.FundForms.DateForm;
import vn.ishc.fund.web.FundForms.DecisionForm;
import vn.ishc.fund.web.FundForms.RepayForm;
import vn.ishc.fund.web.FundForms.ReverseForm;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.shared.Vnd;
import vn.ishc.web.FormSubmission;

/**
 * A loan's screens: the application form, the loan page (which reads like the paper loan book: application,
 * approval, disbursement, schedule with what is paid, every receipt, reschedules and write-off, each with who
 * and when), the repayment form, and the decisions on it. A refused decision comes back to the loan page
 * with the reason above the forms.
 */
@Controller
class LoanController {
    private final LoanService loans;
    private final FundAccess access;
    private final MemberRegistry members;

    private final org.springframework.context.MessageSource messages;
    private final FundRules rules;

    LoanController(
            LoanService loans,
            FundAccess access,
            MemberRegistry members,
            org.springframework.context.MessageSource messages,
            FundRules rules) {
        this.messages = messages;
        this.loans = loans;
        this.access = access;
        this.members = members;
        this.rules = rules;
    }

    @InitBinder({"applyForm", "dateForm", "repayForm", "decisionForm", "reverseForm"})
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    // ---- application ----

    @GetMapping("/clubs/{id}/loans/new")
    String applyForm(@PathVariable long id, Model model) {
        ApplyForm form = new ApplyForm();
        form.appliedOn = rules.today();
        model.addAttribute("applyForm", form);
        return applyPage(id, model);
    }

    private String applyPage(long id, Model model) {
        ClubView club = access.writable(id);
        model.addAttribute("club", club);
        model.addAttribute("members", members.membersOf(id, rules.today()));
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("product", loans.currentProduct(id).orElse(null));
        return "funds/apply";
    }

    @PostMapping("/clubs/{id}/loans/new")
    String apply(
            @PathVariable long id,
            @Valid @ModelAttribute("applyForm") ApplyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var applied = FormSubmission.of(errors)
                .get(() -> loans.apply(new ApplyForLoan(
                        id,
                        form.membershipId,
                        form.purpose,
                        FundForms.money(form.amount, rules.ceiling(), "amount"),
                        form.termMonths,
                        form.appliedOn)));
        if (applied.isPresent()) {
            redirect.addFlashAttribute("flash", "fund.loan.applied");
            return "redirect:/loans/" + applied.get().id();
        }
        return applyPage(id, model);
    }

    // ---- the loan page ----

    @GetMapping("/loans/{id}")
    String detail(@PathVariable long id, Model model) {
        Loan loan = loans.get(id);
        ClubView club = access.readable(loan.clubId());
        LocalDate today = rules.today();
        model.addAttribute("loan", loan);
        model.addAttribute("club", club);
        model.addAttribute("today", today);
        model.addAttribute("borrower", loans.names(List.of(loan.personId())).get(loan.personId()));
        model.addAttribute("states", loan.states(null));
        model.addAttribute("mayWrite", access.mayWrite(club));
        Map<Long, Boolean> reversed = new java.util.HashMap<>();
        loan.entries().stream().filter(e -> e.isReversal()).forEach(e -> reversed.put(e.reverses(), true));
        model.addAttribute("reversed", reversed);
        if (!model.containsAttribute("dateForm")) {
            DateForm d = new DateForm();
            d.date = today;
            model.addAttribute("dateForm", d);
        }
        if (!model.containsAttribute("decisionForm")) {
            DecisionForm d = new DecisionForm();
            d.date = today;
            model.addAttribute("decisionForm", d);
        }
        return "funds/loan";
    }

    /**
     * One step in a loan's life from the loan page: the step, then back to the loan with a flash message,
     * or with the reason it was refused (a missing date included) and nothing changed.
     */
    private String act(long id, BindingResult errors, RedirectAttributes redirect, String flash, Runnable step) {
        if (errors.hasErrors()) return refused(id, new FundRefused("date", "validation.required"), redirect);
        try {
            step.run();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/loans/" + id;
        } catch (FundRefused e) {
            return refused(id, e, redirect);
        }
    }

    private String refused(long id, FundRefused e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refused", e.messageKey());
        redirect.addFlashAttribute("refusedArgs", e.args());
        return "redirect:/loans/" + id;
    }

    @PostMapping("/loans/{id}/approve")
    String approve(
            @PathVariable long id,
            @Valid @ModelAttribute("dateForm") DateForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        return act(id, errors, redirect, "fund.loan.approved", () -> loans.approve(new ApproveLoan(id, form.date)));
    }

    @PostMapping("/loans/{id}/disburse")
    String disburse(
            @PathVariable long id,
            @Valid @ModelAttribute("dateForm") DateForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        return act(id, errors, redirect, "fund.loan.disbursed", () -> loans.disburse(new DisburseLoan(id, form.date)));
    }

    @PostMapping("/loans/{id}/reschedule")
    String reschedule(
            @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        return act(
                id,
                errors,
                redirect,
                "fund.loan.rescheduled",
                () -> loans.reschedule(new RescheduleLoan(id, form.date, form.termMonths, form.reason)));
    }

    @PostMapping("/loans/{id}/write-off")
    String writeOff(
            @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        return act(
                id,
                errors,
                redirect,
                "fund.loan.writtenOffDone",
                () -> loans.writeOff(new WriteOffLoan(id, form.date, form.reason)));
    }

    @PostMapping("/loans/{id}/refund")
    String refund(
            @PathVariable long id,
            @Valid @ModelAttribute("dateForm") DateForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        return act(
                id,
                errors,
                redirect,
                "fund.loan.refunded",
                () -> loans.refundCredit(new RefundCredit(id, form.date, null)));
    }

    @PostMapping("/loans/{id}/reverse")
    String reverse(
            @PathVariable long id,
            @Valid @ModelAttribute("reverseForm") ReverseForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        return act(
                id,
                errors,
                redirect,
                "fund.reversed",
                () -> loans.reverse(new ReverseLoanPosting(id, form.posting, form.date, form.note)));
    }

    // ---- repayment ----

    @GetMapping("/loans/{id}/repay")
    String repayForm(@PathVariable long id, Model model) {
        RepayForm form = new RepayForm();
        form.date = rules.today();
        Vnd due = loans.get(id).toCollect(form.date);
        if (due.dong() > 0) form.amount = due.format();
        model.addAttribute("repayForm", form);
        return repayPage(id, model);
    }

    private String repayPage(long id, Model model) {
        Loan loan = loans.get(id);
        ClubView club = access.writable(loan.clubId());
        model.addAttribute("loan", loan);
        model.addAttribute("club", club);
        model.addAttribute("borrower", loans.names(List.of(loan.personId())).get(loan.personId()));
        model.addAttribute("today", rules.today());
        return "funds/repay";
    }

    @PostMapping("/loans/{id}/repay")
    String repay(
            @PathVariable long id,
            @Valid @ModelAttribute("repayForm") RepayForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.of(errors).run(() -> {
            Loan.Allocation a = loans.repay(new RecordRepayment(
                    id,
                    FundForms.money(form.amount, rules.ceiling(), "amount"),
                    form.date,
                    form.documentNo,
                    form.note));
            redirect.addFlashAttribute("flash", a.credit().dong() > 0 ? "fund.loan.repaidCredit" : "fund.loan.repaid");
            redirect.addFlashAttribute("flashArgs", new Object[] {
                a.fee().format(), a.principal().format(), a.credit().format()
            });
        })) {
            return "redirect:/loans/" + id;
        }
        return repayPage(id, model);
    }

    // ---- passbook ----

    /** A member's loan passbook (loans, schedules, repayments, fees), printable on A5. */
    @GetMapping("/members/{membershipId}/passbook")
    String passbook(@PathVariable long membershipId, Model model) {
        MemberView member = members.membership(membershipId);
        ClubView club = access.readable(member.clubId());
        model.addAttribute("member", member);
        model.addAttribute("club", club);
        model.addAttribute("loans", loans.ofPerson(club.id(), member.personId()));
        model.addAttribute("today", rules.today());
        return "funds/passbook";
    }

    /** The passbook as a spreadsheet: every money movement of the member's loans. */
    @GetMapping("/members/{membershipId}/passbook.{format}")
    void passbookExport(
            @PathVariable long membershipId,
            @PathVariable String format,
            java.util.Locale locale,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        MemberView member = members.membership(membershipId);
        ClubView club = access.readable(member.clubId());
        List<String> headers = java.util.stream.Stream.of(
                        "fund.loan.appliedOn",
                        "fund.loan.amount",
                        "fund.loan.purpose",
                        "fund.date",
                        "fund.kind",
                        "fund.amount",
                        "fund.documentNo",
                        "fund.recordedBy")
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
        List<List<?>> rows = new java.util.ArrayList<>();
        for (Loan loan : loans.ofPerson(club.id(), member.personId())) {
            for (var e : loan.entries()) {
                rows.add(java.util.Arrays.asList(
                        loan.appliedOn(),
                        loan.amount(),
                        messages.getMessage("fund.loan.purpose." + loan.purpose(), null, locale),
                        e.date(),
                        messages.getMessage("fund.kind." + e.kind(), null, locale)
                                + (e.isReversal()
                                        ? " (" + messages.getMessage("fund.reversal", null, locale) + ")"
                                        : ""),
                        e.isReversal() ? e.amount().dong() * -1 : e.amount().dong(),
                        e.documentNo(),
                        e.recordedBy()));
            }
        }
        vn.ishc.shared.TableDownload.send(
                format,
                "so-vay-von-" + membershipId,
                messages.getMessage("fund.loan.passbook", null, locale),
                headers,
                rows,
                response);
    }
}
