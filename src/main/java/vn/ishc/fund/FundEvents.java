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

    /** The trail's entry of an event: every component but the ids that place it, as a new value. */
    static AuditRecord record(String type, Object id, String action, long unitId, long clubId, Record event) {
        return AuditRecord.of(
                type, id, action, unitId, clubId, FieldChange.between(null, event, "clubId", "unitId", "reason"));
    }

    public record LendingRulesAdopted(long clubId, long unitId, long productId, int versionNo, LocalDate adoptedOn)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("lending-rules", productId, "LendingRulesAdopted", unitId, clubId, this);
        }
    }

    public record LoanApplied(
            long loanId, long clubId, long unitId, long personId, Vnd amount, int termMonths, LocalDate appliedOn)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("loan", loanId, "LoanApplied", unitId, clubId, this);
        }
    }

    public record LoanApproved(long loanId, long clubId, long unitId, LocalDate on) implements Audited {
        @Override
        public AuditRecord audit() {
            return record("loan", loanId, "LoanApproved", unitId, clubId, this);
        }
    }

    public record LoanDisbursed(
            long loanId, long clubId, long unitId, long personId, Vnd amount, LocalDate on, long posting)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("loan", loanId, "LoanDisbursed", unitId, clubId, this);
        }
    }

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
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("loan", loanId, "LoanRepaid", unitId, clubId, this);
        }
    }

    public record LoanRescheduled(
            long loanId, long clubId, long unitId, LocalDate on, int termBefore, int termAfter, String reason)
            implements Audited {
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
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("loan", loanId, "LoanWrittenOff", unitId, clubId, this)
                    .because(reason);
        }
    }

    public record LoanPostingReversed(
            long loanId, long clubId, long unitId, long reversed, LocalDate on, String reason, long posting)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("loan", loanId, "LoanPostingReversed", unitId, clubId, this)
                    .because(reason);
        }
    }

    public record CreditRefunded(long loanId, long clubId, long unitId, Vnd amount, LocalDate on, long posting)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("loan", loanId, "CreditRefunded", unitId, clubId, this);
        }
    }

    /** Entries posted together outside a loan's life: capital, a cash-book entry, a transfer, an approved expense. */
    public record FundEntriesPosted(long clubId, long unitId, String kind, Vnd amount, LocalDate on, long posting)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("fund-entry", posting, "FundEntriesPosted", unitId, clubId, this);
        }
    }

    /** An expense beyond the activity fund's balance, waiting for a second board member. */
    public record ExpenseRequested(long clubId, long unitId, long requestId, String kind, Vnd amount, LocalDate on)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("expense-request", requestId, "ExpenseRequested", unitId, clubId, this);
        }
    }

    public record PostingReversed(long clubId, long unitId, long reversed, LocalDate on, String reason, long posting)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return record("fund-entry", reversed, "PostingReversed", unitId, clubId, this)
                    .because(reason);
        }
    }

    public record OpeningBalancesEntered(long clubId, long unitId, LocalDate cutOff, int loans) implements Audited {
        @Override
        public AuditRecord audit() {
            return record("fund-opening", clubId, "OpeningBalancesEntered", unitId, clubId, this);
        }
    }
}
