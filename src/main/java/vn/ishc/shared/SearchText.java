package vn.ishc.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as people search and compare it: lower case, without Vietnamese diacritics (đ as d), single
 * spaces. "  Nguyễn  Thị HOA " and "nguyen thi hoa" have the same key.
 */
public final class SearchText {
    private static final String WITH_MARKS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    private static final String WITHOUT = "aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy";

    private SearchText() {}

    /**
     * The key of a text: lower case, decomposed (NFD) without its combining marks, đ as d, stripped, and
     * each run of ASCII white space ({@code \s} in a regular expression) one space. One pass over the characters, not regular
     * expressions: an import of ten thousand rows computes it tens of thousands of times.
     */
    public static String key(String text) {
        if (text == null) return "";
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c)).forEach(c -> plain.appendCodePoint(c == 'đ' ? 'd' : c));
        String stripped = plain.toString().strip();
        StringBuilder key = new StringBuilder(stripped.length());
        boolean inSpace = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space) key.append(c);
            else if (!inSpace) key.append(' ');
            inSpace = space;
        }
        return key.toString();
    }

    /** Whether a code point is a mark ({@code \p{M}}: non-spacing, enclosing or spacing combining). */
    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The same key computed by the database (H2 and PostgreSQL alike) for a column of precomposed
     * Vietnamese text, for searching without a stored key column.
     */
    public static String sql(String column) {
        return "translate(lower(" + column + "), '" + WITH_MARKS + "', '" + WITHOUT + "')";
    }
}
