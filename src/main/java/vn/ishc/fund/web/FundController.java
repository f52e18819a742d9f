package vn.ishc.fund.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.cashbook.CashBookCommands.ContributeCapital;
import vn.ishc.fund.cashbook.CashBookCommands.TransferFees;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.fund.cashbook.OpeningBalances;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.ledger.FundAccess;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.ledger.FundRules;
import vn.ishc.fund.ledger.FundingSource;
import vn.ishc.fund.loan.FeeMethod;
import vn.ishc.fund.loan.Frequency;
import vn.ishc.fund.loan.LoanCommands.AdoptProduct;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.fund.loan.OverpaymentRule;
import vn.ishc.fund.loan.Purpose;
import vn.ishc.fund.report.FundList;
import vn.ishc.fund.report.FundOverview;
import vn.ishc.fund.report.FundReports;
import vn.ishc.fund.web.FundForms.CapitalForm;
import vn.ishc.fund.web.FundForms.OpeningForm;
import vn.ishc.fund.web.FundForms.OpeningLoanForm;
import vn.ishc.fund.web.FundForms.ProductForm;
import vn.ishc.fund.web.FundForms.TransferForm;
import vn.ishc.member.MemberRegistry;
import vn.ishc.shared.TableDownload;
import vn.ishc.web.FormSubmission;

/** The club's funds page, capital, transfers, lending rules, opening balances and the portfolio and statement reports. */
@Controller
class FundController {
    private final FundReports reports;
    private final FundAccess access;
    private final CashBookService cash;
    private final LoanService loans;
    private final OpeningBalances opening;
    private final MemberRegistry members;
    private final ClubDirectory clubs;
    private final MessageSource messages;
    private final FundDownloads downloads;
    private final FundRules rules;

    FundController(
            FundReports reports,
            FundAccess access,
            CashBookService cash,
            LoanService loans,
            OpeningBalances opening,
            MemberRegistry members,
            ClubDirectory clubs,
            MessageSource messages,
            FundDownloads downloads,
            FundRules rules) {
        this.reports = reports;
        this.access = access;
        this.cash = cash;
        this.loans = loans;
        this.opening = opening;
        this.members = members;
        this.clubs = clubs;
        this.messages = messages;
        this.downloads = downloads;
        this.rules = rules;
    }

    @InitBinder({"capitalForm", "transferForm", "productForm", "openingForm"})
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    /**
     * The navigation's entry: a club board goes to its club's funds; others see every club of their scope
     * with its balances, outstanding and arrears ({@link FundList}), sorted by the column asked ({@code
     * sort=-arrears}), with the totals.
     */
    @GetMapping("/funds")
    String start(@RequestParam(required = false) String sort, Model model) {
        List<ClubView> visible = clubs.visible();
        if (visible.size() == 1) return "redirect:/clubs/" + visible.get(0).id() + "/funds";
        model.addAttribute("list", reports.clubs(rules.today(), sort));
        model.addAttribute("sorts", FundList.Sort.values());
        return "funds/clubs";
    }

    @GetMapping("/funds/export.{format}")
    void exportClubs(
            @PathVariable String format,
            @RequestParam(required = false) String sort,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        FundList list = reports.clubs(rules.today(), sort);
        List<String> headers = downloads.keys(
                locale,
                "club.name",
                "fund.loanCash",
                "fund.activityBalance",
                "fund.outstanding",
                "fund.loan.arrears",
                "fund.list.running",
                "fund.list.late");
        List<List<?>> rows = new ArrayList<>();
        for (FundList.Row r : list.rows()) rows.add(cells(r.club().name(), r));
        rows.add(cells(messages.getMessage("fund.list.total", null, locale), list.totals()));
        TableDownload.send(
                format,
                "quy-clb-" + list.asOf(),
                messages.getMessage("nav.funds", null, locale),
                headers,
                rows,
                response);
    }

    private static List<?> cells(String name, FundList.Row r) {
        return Arrays.asList(
                name, r.loanCash(), r.activityFund(), r.outstanding(), r.arrears(), (long) r.running(), (long)
                        r.late());
    }

    @GetMapping("/clubs/{id}/funds")
    String overview(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        LocalDate on = asOf != null ? asOf : rules.today();
        FundOverview o = reports.overview(id, on);
        model.addAttribute("o", o);
        model.addAttribute("club", o.club());
        model.addAttribute("mayWrite", access.mayWrite(o.club()));
        model.addAttribute("product", loans.currentProduct(id).orElse(null));
        model.addAttribute("opening", opening.entered(id).orElse(null));
        return "funds/overview";
    }

    @GetMapping("/clubs/{id}/funds/loans.{format}")
    void exportLoans(
            @PathVariable long id,
            @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        LocalDate on = asOf != null ? asOf : rules.today();
        FundOverview o = reports.overview(id, on);
        List<String> headers = downloads.keys(
                locale,
                "fund.loan.member",
                "fund.loan.purpose",
                "fund.loan.amount",
                "fund.loan.term",
                "fund.loan.appliedOn",
                "fund.loan.status",
                "fund.outstanding",
                "fund.loan.overdue",
                "fund.loan.feesPaid");
        List<List<?>> rows = new ArrayList<>();
        for (FundOverview.LoanRow r : o.loans()) {
            rows.add(Arrays.asList(
                    r.borrower(),
                    messages.getMessage("fund.loan.purpose." + r.loan().purpose(), null, locale),
                    r.loan().amount(),
                    r.loan().termMonths(),
                    r.loan().appliedOn(),
                    messages.getMessage("fund.loan.status." + r.loan().status(), null, locale),
                    r.outstanding(),
                    r.daysOverdue(),
                    r.loan().feesPaid(on)));
        }
        TableDownload.send(
                format,
                "khoan-vay-" + id + "-" + on,
                messages.getMessage("fund.report.portfolio", null, locale),
                headers,
                rows,
                response);
    }

    /** The fund statement for a period (either fund), as a page or a spreadsheet. */
    @GetMapping("/clubs/{id}/funds/statement")
    String statement(
            @PathVariable long id,
            @RequestParam(defaultValue = "LOAN_FUND") Fund fund,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate end = to != null ? to : rules.today();
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        FundReports.Statement s = reports.statement(id, fund, start, end);
        model.addAttribute("s", s);
        model.addAttribute("club", s.club());
        model.addAttribute("funds", Fund.values());
        model.addAttribute("mayWrite", access.mayWrite(s.club()));
        model.addAttribute("today", rules.today());
        model.addAttribute(
                "reversed",
                s.lines().stream()
                        .filter(l -> l.entry().isReversal())
                        .map(l -> l.entry().reverses())
                        .toList());
        return "funds/statement";
    }

    @GetMapping("/clubs/{id}/funds/statement.{format}")
    void exportStatement(
            @PathVariable long id,
            @PathVariable String format,
            @RequestParam(defaultValue = "LOAN_FUND") Fund fund,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        LocalDate end = to != null ? to : rules.today();
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        FundReports.Statement s = reports.statement(id, fund, start, end);
        downloads.statement(
                s, format, "so-quy-" + fund.name().toLowerCase(Locale.ROOT).replace('_', '-'), locale, response);
    }

    // ---- capital ----

    @GetMapping("/clubs/{id}/funds/capital")
    String capitalForm(@PathVariable long id, Model model) {
        CapitalForm form = new CapitalForm();
        form.date = rules.today();
        model.addAttribute("capitalForm", form);
        return capitalPage(id, model);
    }

    private String capitalPage(long id, Model model) {
        model.addAttribute("club", access.writable(id));
        model.addAttribute("sources", FundingSource.values());
        return "funds/capital";
    }

    @PostMapping("/clubs/{id}/funds/capital")
    String capital(
            @PathVariable long id,
            @Valid @ModelAttribute("capitalForm") CapitalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.of(errors).run(() -> {
            cash.contribute(new ContributeCapital(
                    id,
                    form.source,
                    form.date,
                    FundForms.money(form.amount, rules.ceiling(), "amount"),
                    form.documentNo,
                    form.counterpart,
                    form.note));
        })) {
            redirect.addFlashAttribute("flash", "fund.capital.saved");
            return "redirect:/clubs/" + id + "/funds";
        }
        return capitalPage(id, model);
    }

    // ---- transfer ----

    @GetMapping("/clubs/{id}/funds/transfer")
    String transferForm(@PathVariable long id, Model model) {
        TransferForm form = new TransferForm();
        form.date = rules.today();
        model.addAttribute("transferForm", form);
        model.addAttribute("club", access.writable(id));
        return "funds/transfer";
    }

    @PostMapping("/clubs/{id}/funds/transfer")
    String transfer(
            @PathVariable long id,
            @Valid @ModelAttribute("transferForm") TransferForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ClubView club = access.writable(id);
        if (FormSubmission.of(errors).run(() -> {
            cash.transfer(new TransferFees(
                    id,
                    form.date,
                    FundForms.money(form.amount, rules.ceiling(), "amount"),
                    form.documentNo,
                    form.note));
        })) {
            redirect.addFlashAttribute("flash", "fund.transfer.saved");
            return "redirect:/clubs/" + id + "/funds";
        }
        model.addAttribute("club", club);
        return "funds/transfer";
    }

    // ---- lending rules ----

    @GetMapping("/clubs/{id}/funds/product")
    String productForm(@PathVariable long id, Model model) {
        ClubView club = access.readable(id);
        ProductForm form = new ProductForm();
        loans.currentProduct(id)
                .ifPresentOrElse(
                        p -> {
                            form.feeMethod = p.feeMethod();
                            form.rate = p.ratePercent().toPlainString();
                            form.terms = String.join(
                                    ", ",
                                    p.terms().stream().map(String::valueOf).toList());
                            form.maxAmount = p.maxAmount().format().replace(" ₫", "");
                            form.frequency = p.frequency();
                            form.graceMonths = p.graceMonths();
                            form.overpayment = p.overpayment();
                        },
                        () -> {
                            form.feeMethod = FeeMethod.FLAT;
                            form.frequency = Frequency.MONTHLY;
                            form.overpayment = OverpaymentRule.REFUSE;
                        });
        form.adoptedOn = rules.today();
        model.addAttribute("productForm", form);
        return productPage(club, model);
    }

    private String productPage(ClubView club, Model model) {
        model.addAttribute("club", club);
        model.addAttribute("mayWrite", access.mayWrite(club));
        model.addAttribute("products", loans.products(club.id()));
        model.addAttribute("feeMethods", FeeMethod.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("overpayments", OverpaymentRule.values());
        return "funds/product";
    }

    @PostMapping("/clubs/{id}/funds/product")
    String product(
            @PathVariable long id,
            @Valid @ModelAttribute("productForm") ProductForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ClubView club = access.writable(id);
        if (FormSubmission.of(errors).run(() -> {
            loans.adopt(new AdoptProduct(
                    id,
                    form.feeMethod,
                    form.rateBasisPoints(),
                    form.termList(),
                    FundForms.money(form.maxAmount, rules.ceiling(), "maxAmount"),
                    form.frequency,
                    form.graceMonths,
                    form.overpayment,
                    form.adoptedOn));
        })) {
            redirect.addFlashAttribute("flash", "fund.product.saved");
            return "redirect:/clubs/" + id + "/funds";
        }
        return productPage(club, model);
    }

    // ---- opening balances ----

    @GetMapping("/clubs/{id}/funds/opening")
    String openingForm(@PathVariable long id, Model model) {
        OpeningForm form = new OpeningForm();
        form.cutOff = rules.today();
        model.addAttribute("openingForm", form);
        return openingPage(id, model);
    }

    private String openingPage(long id, Model model) {
        ClubView club = access.writable(id);
        model.addAttribute("club", club);
        model.addAttribute("entered", opening.entered(id).orElse(null));
        model.addAttribute("members", members.membersOf(id, rules.today()));
        model.addAttribute("purposes", Purpose.values());
        return "funds/opening";
    }

    @PostMapping("/clubs/{id}/funds/opening")
    String enterOpening(
            @PathVariable long id,
            @Valid @ModelAttribute("openingForm") OpeningForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.of(errors).run(() -> {
            List<OpeningBalances.OpeningLoan> list = new ArrayList<>();
            for (int i = 0; i < form.loans.size(); i++) {
                OpeningLoanForm l = form.loans.get(i);
                if (l.blank()) continue;
                String f = "loans[" + i + "].";
                if (l.membershipId == null) throw new FundRefused(f + "membershipId", "fund.loan.error.member");
                if (l.months == null) throw new FundRefused(f + "months", "validation.required");
                list.add(new OpeningBalances.OpeningLoan(
                        l.membershipId,
                        l.purpose,
                        FundForms.money(l.originalAmount, rules.ceiling(), f + "originalAmount"),
                        l.disbursedOn,
                        FundForms.money(l.remaining, rules.ceiling(), f + "remaining"),
                        l.months,
                        l.nextDue,
                        FundForms.moneyOrZero(l.feePerInstalment, rules.ceiling(), f + "feePerInstalment")));
            }
            opening.enter(new OpeningBalances.EnterOpeningBalances(
                    id,
                    form.cutOff,
                    FundForms.moneyOrZero(form.loanCapital, rules.ceiling(), "loanCapital"),
                    FundForms.moneyOrZero(form.loanCash, rules.ceiling(), "loanCash"),
                    FundForms.moneyOrZero(form.activityCash, rules.ceiling(), "activityCash"),
                    list));
        })) {
            redirect.addFlashAttribute("flash", "fund.opening.saved");
            return "redirect:/clubs/" + id + "/funds";
        }
        return openingPage(id, model);
    }
}
