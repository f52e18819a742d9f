package vn.ishc.fund.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.fund.ledger.EntryKind;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.fund.ledger.FundingSource;
import vn.ishc.fund.ledger.MoneyText;
import vn.ishc.fund.loan.FeeMethod;
import vn.ishc.fund.loan.Frequency;
import vn.ishc.fund.loan.LoanProduct;
import vn.ishc.fund.loan.OverpaymentRule;
import vn.ishc.fund.loan.Purpose;
import vn.ishc.shared.Vnd;

/**
 * The fund screens' forms (bound field by field). Amounts are typed as text and read by {@link MoneyText},
 * so "5.000.000" is five million and "1,5" is refused with a message beside the field.
 */
final class FundForms {
    private FundForms() {}

    /** Puts a refusal beside its field, or above the form when the form has no such field. */
    static Vnd money(String text, Vnd ceiling, String field) {
        return MoneyText.parse(text, ceiling, field);
    }

    static Vnd moneyOrZero(String text, Vnd ceiling, String field) {
        return text == null || text.isBlank() || text.strip().equals("0")
                ? Vnd.ZERO
                : MoneyText.parse(text, ceiling, field);
    }

    static class CapitalForm {
        @NotNull(message = "{validation.required}")
        public FundingSource source;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate date;

        public String amount;

        @Size(max = 50, message = "{validation.tooLong}")
        public String documentNo;

        @Size(max = 200, message = "{validation.tooLong}")
        public String counterpart;

        @Size(max = 500, message = "{validation.tooLong}")
        public String note;
    }

    static class TransferForm {
        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate date;

        public String amount;

        @Size(max = 50, message = "{validation.tooLong}")
        public String documentNo;

        @Size(max = 500, message = "{validation.tooLong}")
        public String note;
    }

    static class ProductForm {
        @NotNull(message = "{validation.required}")
        public FeeMethod feeMethod;

        @NotBlank(message = "{validation.required}")
        public String rate;

        @NotBlank(message = "{validation.required}")
        public String terms;

        public String maxAmount;

        @NotNull(message = "{validation.required}")
        public Frequency frequency;

        @NotNull(message = "{validation.required}")
        public Integer graceMonths = 0;

        @NotNull(message = "{validation.required}")
        public OverpaymentRule overpayment;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate adoptedOn;

        /** The rate typed as a percentage a month ("0,5" or "0.5"), in basis points; at most two decimals. */
        int rateBasisPoints() {
            try {
                BigDecimal percent = new BigDecimal(
                        rate.strip().replace(',', '.').replace("%", "").strip());
                return percent.movePointRight(2).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new FundRefused("rate", "fund.product.error.rate", LoanProduct.MAX_RATE_BP / 100);
            }
        }

        List<Integer> termList() {
            try {
                List<Integer> out = new ArrayList<>();
                Arrays.stream(terms.split("[,;\\s]+"))
                        .filter(s -> !s.isBlank())
                        .map(Integer::valueOf)
                        .forEach(out::add);
                return out;
            } catch (NumberFormatException e) {
                throw new FundRefused("terms", "fund.product.error.terms", LoanProduct.MAX_TERM);
            }
        }
    }

    static class ApplyForm {
        @NotNull(message = "{validation.required}")
        public Long membershipId;

        @NotNull(message = "{validation.required}")
        public Purpose purpose;

        public String amount;

        @NotNull(message = "{validation.required}")
        public Integer termMonths;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate appliedOn;
    }

    static class DateForm {
        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate date;
    }

    static class RepayForm {
        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate date;

        public String amount;

        @Size(max = 50, message = "{validation.tooLong}")
        public String documentNo;

        @Size(max = 500, message = "{validation.tooLong}")
        public String note;
    }

    static class DecisionForm {
        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate date;

        public Integer termMonths;

        @Size(max = 500, message = "{validation.tooLong}")
        public String reason;
    }

    static class ReverseForm {
        @NotNull(message = "{validation.required}")
        public Long posting;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate date;

        @Size(max = 500, message = "{validation.tooLong}")
        public String note;
    }

    static class CashForm {
        @NotNull(message = "{validation.required}")
        public EntryKind kind;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate date;

        public String amount;

        @Size(max = 200, message = "{validation.tooLong}")
        public String counterpart;

        @Size(max = 50, message = "{validation.tooLong}")
        public String documentNo;

        @Size(max = 500, message = "{validation.tooLong}")
        public String note;
    }

    static class OpeningLoanForm {
        public Long membershipId;
        public Purpose purpose;
        public String originalAmount;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate disbursedOn;

        public String remaining;
        public Integer months;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate nextDue;

        public String feePerInstalment;

        boolean blank() {
            return membershipId == null && (remaining == null || remaining.isBlank());
        }

        public Long getMembershipId() {
            return membershipId;
        }

        public Purpose getPurpose() {
            return purpose;
        }

        public String getOriginalAmount() {
            return originalAmount;
        }

        public LocalDate getDisbursedOn() {
            return disbursedOn;
        }

        public String getRemaining() {
            return remaining;
        }

        public Integer getMonths() {
            return months;
        }

        public LocalDate getNextDue() {
            return nextDue;
        }

        public String getFeePerInstalment() {
            return feePerInstalment;
        }

        public void setMembershipId(Long v) {
            membershipId = v;
        }

        public void setPurpose(Purpose v) {
            purpose = v;
        }

        public void setOriginalAmount(String v) {
            originalAmount = v;
        }

        public void setDisbursedOn(LocalDate v) {
            disbursedOn = v;
        }

        public void setRemaining(String v) {
            remaining = v;
        }

        public void setMonths(Integer v) {
            months = v;
        }

        public void setNextDue(LocalDate v) {
            nextDue = v;
        }

        public void setFeePerInstalment(String v) {
            feePerInstalment = v;
        }
    }

    static class OpeningForm {
        public static final int ROWS = 8;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate cutOff;

        public String loanCapital;
        public String loanCash;
        public String activityCash;
        public List<OpeningLoanForm> loans = new ArrayList<>();

        OpeningForm() {
            for (int i = 0; i < ROWS; i++) loans.add(new OpeningLoanForm());
        }
    }
}
