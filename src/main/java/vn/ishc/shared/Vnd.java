package vn.ishc.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount of money in whole Vietnamese đồng (the đồng has no minor unit). */
public record Vnd(long dong) implements Comparable<Vnd> {

    public static final Vnd ZERO = new Vnd(0);

    public static Vnd of(long dong) {
        return new Vnd(dong);
    }

    public Vnd plus(Vnd other) {
        return new Vnd(Math.addExact(dong, other.dong));
    }

    public Vnd minus(Vnd other) {
        return new Vnd(Math.subtractExact(dong, other.dong));
    }

    public boolean isNegative() {
        return dong < 0;
    }

    /** The amount as Vietnamese write it, whatever the reader's language: {@code 1.000.000 ₫}. */
    public String format() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0", symbols).format(dong) + " ₫";
    }

    @Override
    public int compareTo(Vnd other) {
        return Long.compare(dong, other.dong);
    }

    @Override
    public String toString() {
        return format();
    }
}
