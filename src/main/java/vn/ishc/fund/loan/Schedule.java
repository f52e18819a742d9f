package vn.ishc.fund.loan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ishc.shared.Vnd;

/**
 * Repayment schedules in whole đồng. Principal is split equally over the months that repay principal
 * (after the grace months), rounded down; the rounding remainder goes on the last instalment, so the
 * principal always adds up to the amount lent. Fees follow {@link LoanProduct#monthlyFee}: on the original
 * amount ({@link FeeMethod#FLAT}) or on the principal still owed under the schedule at the start of each
 * month ({@link FeeMethod#DECLINING}). Instalment {@code i} falls due {@code i} months after the start
 * ({@link LocalDate#plusMonths}: 31 January + 1 month is 28 or 29 February).
 */
public final class Schedule {
    private Schedule() {}

    /** The schedule of a new loan disbursed on {@code start}. */
    public static List<Instalment> of(LoanProduct product, Vnd amount, int termMonths, LocalDate start) {
        return spread(product, amount, termMonths, start, Vnd.ZERO, 1, 1, product.graceMonths());
    }

    /**
     * Instalments for {@code principal} over {@code termMonths} from {@code start}, numbered from {@code
     * firstSeq}; {@code carriedFee} (fees already due and unpaid when a loan is rescheduled) is added to the
     * first instalment's fee.
     */
    public static List<Instalment> spread(
            LoanProduct product,
            Vnd principal,
            int termMonths,
            LocalDate start,
            Vnd carriedFee,
            int scheduleNo,
            int firstSeq,
            int graceMonths) {
        if (termMonths < 1) throw new IllegalArgumentException("term");
        long amount = principal.dong();
        List<Instalment> out = new ArrayList<>();
        if (product.frequency() == Frequency.END_OF_TERM) {
            Vnd fee = product.monthlyFee(amount, termMonths).plus(carriedFee);
            out.add(new Instalment(scheduleNo, firstSeq, start.plusMonths(termMonths), principal, fee));
            return out;
        }
        int grace = Math.min(graceMonths, termMonths - 1);
        int paying = termMonths - grace;
        long each = amount / paying;
        long owed = amount;
        for (int m = 1; m <= termMonths; m++) {
            long p;
            if (m <= grace) p = 0;
            else if (m == termMonths) p = owed;
            else p = each;
            long base = product.feeMethod() == FeeMethod.FLAT ? amount : owed;
            Vnd fee = product.monthlyFee(base, 1);
            if (m == 1) fee = fee.plus(carriedFee);
            out.add(new Instalment(scheduleNo, firstSeq + m - 1, start.plusMonths(m), Vnd.of(p), fee));
            owed -= p;
        }
        return out;
    }
}
