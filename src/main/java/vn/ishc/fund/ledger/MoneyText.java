package vn.ishc.fund.ledger;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import vn.ishc.shared.Vnd;

/**
 * Reads amounts of money as Vietnamese people type them, in whole đồng: {@code 5.000.000}, {@code 5 000 000},
 * {@code 5,000,000}, {@code 5000000}, optionally followed by {@code đ}, {@code ₫} or {@code đồng}. A dot or
 * comma is a thousands separator only when every group after it has exactly three digits and one kind of
 * separator is used; anything else with a dot or comma ({@code 1.5}, {@code 1,5}, {@code 5.000,50}) is a
 * fractional amount and refused: the đồng has no minor unit, and guessing would move money by a factor of a
 * thousand. Zero, negative amounts and amounts above the ceiling are refused too.
 *
 * <p>The ceiling (by default 10 billion đồng per entry, {@code ishc.fund.max-entry}) is ten times the
 * largest club fund in the field (about 1 billion đồng, requirements section 6): nothing a club really
 * records comes near it, while a slip of the keyboard (extra zeros, a pasted ID number) does.
 */
public final class MoneyText {
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMAS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern SPACES = Pattern.compile("\\d{1,3}( \\d{3})+");

    private MoneyText() {}

    /** The amount typed, or a {@link FundRefused} for {@code field} saying what is wrong. */
    public static Vnd parse(String text, Vnd ceiling, String field) {
        if (text == null || text.isBlank()) throw new FundRefused(field, "fund.error.amountRequired");
        String t = text.replace('\u00a0', ' ')
                .replace('\u202f', ' ')
                .strip()
                .replaceAll("(?i)\\s*(đồng|đ|₫|vnd|vnđ)$", "")
                .strip()
                .replaceAll(" +", " ");
        if (t.startsWith("-") || t.startsWith("−")) throw new FundRefused(field, "fund.error.amountNotPositive");
        if (t.startsWith("+")) t = t.substring(1).strip();
        String digits;
        if (PLAIN.matcher(t).matches()) digits = t;
        else if (DOTS.matcher(t).matches()) digits = t.replace(".", "");
        else if (COMMAS.matcher(t).matches()) digits = t.replace(",", "");
        else if (SPACES.matcher(t).matches()) digits = t.replace(" ", "");
        else if (t.matches("[\\d., ]+")) throw new FundRefused(field, "fund.error.amountFraction");
        else throw new FundRefused(field, "fund.error.amountNotANumber");
        return check(new BigDecimal(digits), ceiling, field);
    }

    /** An amount given as a number (the API): whole, positive and at most the ceiling. */
    public static Vnd check(BigDecimal amount, Vnd ceiling, String field) {
        if (amount == null) throw new FundRefused(field, "fund.error.amountRequired");
        if (amount.signum() <= 0) throw new FundRefused(field, "fund.error.amountNotPositive");
        if (amount.stripTrailingZeros().scale() > 0) throw new FundRefused(field, "fund.error.amountFraction");
        if (amount.compareTo(BigDecimal.valueOf(ceiling.dong())) > 0) {
            throw new FundRefused(field, "fund.error.amountTooLarge", ceiling.format());
        }
        return Vnd.of(amount.longValueExact());
    }
}
