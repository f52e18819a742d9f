package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void keysIgnoreCaseMarksAndSpacing() {
        assertThat(SearchText.key("  Nguyễn  Thị HOA ")).isEqualTo("nguyen thi hoa");
        assertThat(SearchText.key("Đặng\tVăn\n\nĐức")).isEqualTo("dang van duc");
        assertThat(SearchText.key("Ê Đê")).isEqualTo("e de");
        assertThat(SearchText.key(null)).isEmpty();
        assertThat(SearchText.key("   ")).isEmpty();
    }

    @Test
    void keysAreWhatTheRegularExpressionsGave() {
        // The key was computed with regular expressions until the member import needed it faster; the
        // same texts must keep the same keys, since they are stored (person.name_key).
        String alphabet = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụư"
                + "ừứửữựvxyỳýỷỹỵAÀĂÂĐÊÔƠƯỲ 'Ǆ\u0301\u0323\u20dd\u0903 \t\n\u000b\f\r\u00a0\u2003\u3000𝒜\uD834\uDD65-.";
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++)
                text.appendCodePoint(alphabet.codePointAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertThat(SearchText.key(t)).as("key of [%s]", t).isEqualTo(regularExpressionKey(t));
        }
    }

    private static String regularExpressionKey(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd');
        return plain.strip().replaceAll("\\s+", " ");
    }
}
