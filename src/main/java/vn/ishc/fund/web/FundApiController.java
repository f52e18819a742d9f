package vn.ishc.fund.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.fund.cashbook.CashBookCommands.RecordCashEntry;
import vn.ishc.fund.cashbook.CashBookService;
import vn.ishc.fund.ledger.Entry;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.FundRules;
import vn.ishc.fund.ledger.MoneyText;
import vn.ishc.fund.loan.Loan;
import vn.ishc.fund.loan.LoanCommands.ApplyForLoan;
import vn.ishc.fund.loan.LoanCommands.ApproveLoan;
import vn.ishc.fund.loan.LoanCommands.DisburseLoan;
import vn.ishc.fund.loan.LoanCommands.RecordRepayment;
import vn.ishc.fund.loan.LoanService;
import vn.ishc.fund.loan.LoanStatus;
import vn.ishc.fund.loan.Purpose;
import vn.ishc.shared.Vnd;

/**
 * Loans, repayments and cash-book entries over JSON, within the caller's scope. Amounts are whole đồng as
 * JSON numbers; a fraction ({@code 1.5}), zero, a negative amount or one above the ceiling is a 400 problem
 * with the message beside the field, and nothing is recorded.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Funds", description = "Club loans, repayments and the activity fund cash book")
class FundApiController {
    private final LoanService loans;
    private final CashBookService cash;
    private final FundRules rules;

    FundApiController(LoanService loans, CashBookService cash, FundRules rules) {
        this.loans = loans;
        this.cash = cash;
        this.rules = rules;
    }

    record InstalmentDto(int seq, LocalDate dueOn, long principal, long fee, long feePaid, long principalPaid) {}

    record EntryDto(
            long id,
            String kind,
            LocalDate date,
            long amount,
            boolean reversal,
            Long reverses,
            long posting,
            String counterpart,
            String documentNo,
            String note,
            String recordedBy) {
        static EntryDto of(Entry e) {
            return new EntryDto(
                    e.id(),
                    e.kind().name(),
                    e.date(),
                    e.amount().dong(),
                    e.isReversal(),
                    e.reverses(),
                    e.posting(),
                    e.counterpart(),
                    e.documentNo(),
                    e.note(),
                    e.recordedBy());
        }
    }

    record LoanDto(
            long id,
            long clubId,
            long personId,
            Purpose purpose,
            long amount,
            int termMonths,
            LocalDate appliedOn,
            LoanStatus status,
            String recordedBy,
            String approvedBy,
            LocalDate approvedOn,
            LocalDate disbursedOn,
            long outstanding,
            long feesPaid,
            long daysOverdue,
            List<InstalmentDto> schedule,
            List<EntryDto> entries) {
        static LoanDto of(Loan l, LocalDate today) {
            return new LoanDto(
                    l.id(),
                    l.clubId(),
                    l.personId(),
                    l.purpose(),
                    l.amount().dong(),
                    l.termMonths(),
                    l.appliedOn(),
                    l.status(),
                    l.recordedBy(),
                    l.approvedBy(),
                    l.approvedOn(),
                    l.disbursedOn(),
                    l.outstanding(null).dong(),
                    l.feesPaid(null).dong(),
                    l.daysOverdue(today),
                    l.states(null).stream()
                            .map(s -> new InstalmentDto(
                                    s.instalment().seq(),
                                    s.instalment().dueOn(),
                                    s.instalment().principal().dong(),
                                    s.instalment().fee().dong(),
                                    s.feePaid().dong(),
                                    s.principalPaid().dong()))
                            .toList(),
                    l.entries().stream().map(EntryDto::of).toList());
        }
    }

    /** A loan application: the member by membership id, the amount in whole đồng. */
    record ApplyRequest(
            @NotNull(message = "{validation.required}") Long membershipId,
            @NotNull(message = "{validation.required}") Purpose purpose,
            @NotNull(message = "{validation.required}") BigDecimal amount,
            @NotNull(message = "{validation.required}") Integer termMonths,
            @NotNull(message = "{validation.required}") LocalDate appliedOn) {}

    record DateRequest(
            @NotNull(message = "{validation.required}") LocalDate date) {}

    record RepaymentRequest(
            @NotNull(message = "{validation.required}") BigDecimal amount,
            @NotNull(message = "{validation.required}") LocalDate date,

            @Size(max = 50, message = "{validation.tooLong}")
            String documentNo,

            @Size(max = 500, message = "{validation.tooLong}")
            String note) {}

    record CashEntryRequest(
            @NotNull(message = "{validation.required}") EntryKind kind,
            @NotNull(message = "{validation.required}") BigDecimal amount,
            @NotNull(message = "{validation.required}") LocalDate date,

            @Size(max = 200, message = "{validation.tooLong}")
            String counterpart,

            @Size(max = 50, message = "{validation.tooLong}")
            String documentNo,

            @Size(max = 500, message = "{validation.tooLong}")
            String note) {}

    record RepaymentDto(long fee, long principal, long credit, LoanDto loan) {}

    record CashEntryDto(boolean pending, Long pendingRequest, List<EntryDto> posted) {}

    private Vnd amount(BigDecimal amount) {
        return MoneyText.check(amount, rules.ceiling(), "amount");
    }

    @GetMapping("/clubs/{clubId}/loans")
    @Operation(summary = "The club's loans, newest first, with schedules and entries")
    List<LoanDto> list(@PathVariable long clubId) {
        LocalDate today = rules.today();
        return loans.ofClub(clubId).stream().map(l -> LoanDto.of(l, today)).toList();
    }

    @GetMapping("/loans/{id}")
    @Operation(summary = "One loan")
    LoanDto get(@PathVariable long id) {
        return LoanDto.of(loans.get(id), rules.today());
    }

    @PostMapping("/clubs/{clubId}/loans")
    @Operation(summary = "Record a loan application (another board member approves it)")
    ResponseEntity<LoanDto> apply(@PathVariable long clubId, @Valid @RequestBody ApplyRequest r) {
        Loan loan = loans.apply(new ApplyForLoan(
                clubId, r.membershipId(), r.purpose(), amount(r.amount()), r.termMonths(), r.appliedOn()));
        return ResponseEntity.created(URI.create("/api/v1/loans/" + loan.id())).body(LoanDto.of(loan, rules.today()));
    }

    @PostMapping("/loans/{id}/approve")
    @Operation(summary = "Approve a loan; refused for the person who recorded the application")
    LoanDto approve(@PathVariable long id, @Valid @RequestBody DateRequest r) {
        return LoanDto.of(loans.approve(new ApproveLoan(id, r.date())), rules.today());
    }

    @PostMapping("/loans/{id}/disburse")
    @Operation(summary = "Pay an approved loan out; refused when the fund's cash is short")
    LoanDto disburse(@PathVariable long id, @Valid @RequestBody DateRequest r) {
        return LoanDto.of(loans.disburse(new DisburseLoan(id, r.date())), rules.today());
    }

    @PostMapping("/loans/{id}/repayments")
    @Operation(summary = "Take a repayment: fee first then principal, oldest instalment first")
    RepaymentDto repay(@PathVariable long id, @Valid @RequestBody RepaymentRequest r) {
        Loan.Allocation a =
                loans.repay(new RecordRepayment(id, amount(r.amount()), r.date(), r.documentNo(), r.note()));
        return new RepaymentDto(
                a.fee().dong(), a.principal().dong(), a.credit().dong(), LoanDto.of(loans.get(id), rules.today()));
    }

    @GetMapping("/clubs/{clubId}/cashbook")
    @Operation(summary = "Every entry of the club's funds (both funds), in date order")
    List<EntryDto> entries(@PathVariable long clubId) {
        return cash.entries(clubId).stream().map(EntryDto::of).toList();
    }

    @PostMapping("/clubs/{clubId}/cashbook")
    @Operation(summary = "Record an activity fund receipt or expense; an expense beyond the balance waits for approval")
    ResponseEntity<CashEntryDto> record(@PathVariable long clubId, @Valid @RequestBody CashEntryRequest r) {
        CashBookService.Recorded rec = cash.record(new RecordCashEntry(
                clubId, r.kind(), r.date(), amount(r.amount()), r.counterpart(), r.documentNo(), r.note()));
        return ResponseEntity.status(rec.pending() ? 202 : 201)
                .body(new CashEntryDto(
                        rec.pending(),
                        rec.pendingRequest(),
                        rec.posted().stream().map(EntryDto::of).toList()));
    }

    @GetMapping("/clubs/{clubId}/funds/balance")
    @Operation(summary = "Both sides of the fund equations today")
    Map<String, Object> balance(@PathVariable long clubId) {
        var c = cash.check(clubId, rules.today());
        return Map.of(
                "loanCash", c.loanCash(),
                "capital", c.capital(),
                "income", c.income(),
                "outstanding", c.outstanding(),
                "writtenOff", c.writtenOff(),
                "transfers", c.transfers(),
                "activityBalance", c.activityBalance(),
                "balances", c.holds());
    }
}
