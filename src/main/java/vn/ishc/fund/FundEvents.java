package vn.ishc.fund;

import java.time.LocalDate;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.Vnd;

/**
 * What happened to a club's funds, published in the transaction of the change by every write of the
 * module, for other modules to react to. Each is {@link Audited}: the audit trail records it under the
 * club and its unit, with the values the change set (amounts, dates, postings) and the reason where one
 * is asked (reschedules, write-offs, reversals).
 */
public final class FundEvents {
    private FundEvents() {}

    /**
     * The trail's entry of an event, its action the event's name: every component but the ids that place it
     * (and the reason, kept as the entry's reason), as a new value.
     */
    static AuditRecord record(String type, Object id, long unitId, long clubId, Record event) {
        AuditRecord r = AuditRecord.of(
                type,
                id,
                event.getClass().getSimpleName(),
                unitId,
                clubId,
                FieldChange.between(null, event, "clubId", "unitId", "reason"));
        for (var c : event.getClass().getRecordComponents()) {
            if (!c.getName().equals("reason")) continue;
            try {
                return r.because((String) c.getAccessor().invoke(event));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return r;
    }

    /** An event in a loan's life: recorded in the trail as the loan's, under its club and unit. */
    public interface LoanEvent extends Audited {
        long loanId();

        long clubId();

        long unitId();

        @Override
        default AuditRecord audit() {
            return record("loan", loanId(), unitId(), clubId(), (Record) this);
        }
    }

    public record LendingRulesAdopted(long clubId, long unitId, long productId, int versionNo, LocalDate adoptedOn)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("lending-rules", productId, unitId, clubId, this);
        }
    }

    public record LoanApplied(
            long loanId, long clubId, long unitId, long personId, Vnd amount, int termMonths, LocalDate appliedOn)
            implements LoanEvent {}

    public record LoanApproved(long loanId, long clubId, long unitId, LocalDate on) implements LoanEvent {}

    public record LoanDisbursed(
            long loanId, long clubId, long unitId, long personId, Vnd amount, LocalDate on, long posting)
            implements LoanEvent {}

    public record LoanRepaid(
            long loanId,
            long clubId,
            long unitId,
            long personId,
            Vnd amount,
            Vnd fee,
            Vnd principal,
            Vnd credit,
            LocalDate on,
            long posting)
            implements LoanEvent {}

    public record LoanRescheduled(
            long loanId, long clubId, long unitId, LocalDate on, int termBefore, int termAfter, String reason)
            implements LoanEvent {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "loan",
                            loanId,
                            "LoanRescheduled",
                            unitId,
                            clubId,
                            java.util.List.of(
                                    new FieldChange(
                                            "termMonths", String.valueOf(termBefore), String.valueOf(termAfter)),
                                    new FieldChange("on", null, on.toString())))
                    .because(reason);
        }
    }

    public record LoanWrittenOff(
            long loanId, long clubId, long unitId, Vnd principal, LocalDate on, String reason, long posting)
            implements LoanEvent {}

    public record LoanPostingReversed(
            long loanId, long clubId, long unitId, long reversed, LocalDate on, String reason, long posting)
            implements LoanEvent {}

    public record CreditRefunded(long loanId, long clubId, long unitId, Vnd amount, LocalDate on, long posting)
            implements LoanEvent {}

    /** Entries posted together outside a loan's life: capital, a cash-book entry, a transfer, an approved expense. */
    public record FundEntriesPosted(long clubId, long unitId, String kind, Vnd amount, LocalDate on, long posting)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("fund-entry", posting, unitId, clubId, this);
        }
    }

    /** An expense beyond the activity fund's balance, waiting for a second board member. */
    public record ExpenseRequested(long clubId, long unitId, long requestId, String kind, Vnd amount, LocalDate on)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("expense-request", requestId, unitId, clubId, this);
        }
    }

    /** An expense that was waiting for a second approver withdrawn by the one who asked for it (or the board). */
    public record ExpenseWithdrawn(long clubId, long unitId, long requestId, LocalDate on, String reason)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("expense-request", requestId, unitId, clubId, this);
        }
    }

    public record PostingReversed(long clubId, long unitId, long reversed, LocalDate on, String reason, long posting)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("fund-entry", reversed, unitId, clubId, this);
        }
    }

    public record OpeningBalancesEntered(long clubId, long unitId, LocalDate cutOff, int loans) implements Audited {
        @Override
        public AuditRecord audit() {
            return record("fund-opening", clubId, unitId, clubId, this);
        }
    }
}
