package vn.ishc.fund.loan;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.fund.ledger.FundRefused;
import vn.ishc.shared.Vnd;

/**
 * One version of a club's lending rules from its regulations (quy chế). Versions are never changed: new
 * rules are a new version, used by loans applied for after it; each loan keeps the version it was made
 * under, so changing the rules affects new loans only.
 *
 * <p>The fee rate is stored exactly, in basis points per month (100 = 1 % a month), so no fraction is
 * ever held in floating point.
 *
 * @param terms the allowed terms in months
 * @param graceMonths months at the start of a monthly loan when only the fee is paid
 */
public record LoanProduct(
        Long id,
        long clubId,
        int versionNo,
        FeeMethod feeMethod,
        int rateBasisPoints,
        List<Integer> terms,
        Vnd maxAmount,
        Frequency frequency,
        int graceMonths,
        OverpaymentRule overpayment,
        LocalDate adoptedOn) {

    /** Highest fee rate accepted: 5 % a month (60 % a year), far beyond any club's rules. */
    public static final int MAX_RATE_BP = 500;

    public static final int MAX_TERM = 60;

    public LoanProduct {
        terms = List.copyOf(terms);
    }

    /** Refuses rules that cannot make a sensible schedule. */
    public void check() {
        if (rateBasisPoints < 0 || rateBasisPoints > MAX_RATE_BP) {
            throw new FundRefused("rate", "fund.product.error.rate", MAX_RATE_BP / 100);
        }
        if (terms.isEmpty() || terms.stream().anyMatch(t -> t == null || t < 1 || t > MAX_TERM)) {
            throw new FundRefused("terms", "fund.product.error.terms", MAX_TERM);
        }
        if (maxAmount == null || maxAmount.dong() <= 0)
            throw new FundRefused("maxAmount", "fund.error.amountNotPositive");
        if (graceMonths < 0 || (frequency == Frequency.MONTHLY && graceMonths >= minTerm())) {
            throw new FundRefused("graceMonths", "fund.product.error.grace");
        }
    }

    public int minTerm() {
        return terms.stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** The rate as a percentage per month, e.g. {@code 0.5}. */
    public java.math.BigDecimal ratePercent() {
        return java.math.BigDecimal.valueOf(rateBasisPoints, 2).stripTrailingZeros();
    }

    /**
     * One month's fee on {@code base}: base × rate, rounded to the nearest whole đồng, halves up. Each
     * instalment's fee is rounded on its own, so the fee total is the sum of the rounded monthly fees.
     */
    public Vnd monthlyFee(long base, int months) {
        long raw = Math.multiplyExact(Math.multiplyExact(base, (long) rateBasisPoints), months);
        return Vnd.of((raw + 5_000) / 10_000);
    }
}
