package vn.ishc.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.ishc.shared.Vnd;

/** Formatting for templates ({@code ${@fmt.date(d)}}): dates dd/MM/yyyy and money as 1.000.000 ₫. */
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

    public String money(Vnd amount) {
        return amount == null ? "" : amount.format();
    }

    /** An amount kept as whole đồng (e.g. in a report's snapshot). */
    public String dong(long amount) {
        return money(Vnd.of(amount));
    }
}
