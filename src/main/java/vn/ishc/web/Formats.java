package vn.ishc.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.ishc.shared.Vnd;

/**
 * Formatting for templates ({@code ${@fmt.date(d)}}): dates dd/MM/yyyy and money as 1.000.000 ₫, with a
 * no-break space so that a narrow column never leaves "₫" alone on a line.
 */
@Component("fmt")
public class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** A moment (e.g. when something was recorded) in Vietnam time. */
    public String instant(java.time.Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    /** The words every club's name starts with, left out where a phone's column is short. */
    private static final java.util.regex.Pattern CLUB_PREFIX = java.util.regex.Pattern.compile(
            "^(CLB|Câu lạc bộ)\\s+Liên\\s+thế\\s+hệ\\s+tự\\s+giúp\\s+nhau\\s+(?=\\S)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    public String money(Vnd amount) {
        return amount == null ? "" : amount.format().replace(' ', '\u00a0');
    }

    /**
     * A club's name as a phone shows it in a list: "CLB Liên thế hệ tự giúp nhau Tổ dân phố 3 Tân Lập" is
     * "Tổ dân phố 3 Tân Lập"; a name that is only those words, or has others, stays as it is.
     */
    public String clubShort(String name) {
        return name == null ? "" : CLUB_PREFIX.matcher(name.strip()).replaceFirst("");
    }

    /** An amount kept as whole đồng (e.g. in a report's snapshot). */
    public String dong(long amount) {
        return money(Vnd.of(amount));
    }
}
