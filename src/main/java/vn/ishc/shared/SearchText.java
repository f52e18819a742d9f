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

    public static String key(String text) {
        if (text == null) return "";
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd');
        return plain.strip().replaceAll("\\s+", " ");
    }

    /**
     * The same key computed by the database (H2 and PostgreSQL alike) for a column of precomposed
     * Vietnamese text, for searching without a stored key column.
     */
    public static String sql(String column) {
        return "translate(lower(" + column + "), '" + WITH_MARKS + "', '" + WITHOUT + "')";
    }
}
