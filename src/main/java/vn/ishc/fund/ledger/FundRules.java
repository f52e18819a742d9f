package vn.ishc.fund.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.ishc.club.ClubView;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.Vnd;

/**
 * The rules every fund operation shares, apart from the ledger's storage ({@link FundBooks}): the date
 * (today, from the clock; a money date between the club's founding and today), the amount (positive, at
 * most {@code ishc.fund.max-entry}) and the posting that groups what one operation posts, with who and when.
 */
@Component
public class FundRules {
    private final FundBooks books;
    private final Clock clock;
    private final CurrentUser user;
    private final Vnd ceiling;

    FundRules(
            FundBooks books, Clock clock, CurrentUser user, @Value("${ishc.fund.max-entry:10000000000}") long ceiling) {
        this.books = books;
        this.clock = clock;
        this.user = user;
        this.ceiling = Vnd.of(ceiling);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The largest amount one entry may have ({@code ishc.fund.max-entry}); see {@link MoneyText}. */
    public Vnd ceiling() {
        return ceiling;
    }

    /** Refuses an amount that is not positive or above the ceiling. */
    public Vnd requireAmount(Vnd amount, String field) {
        if (amount == null) throw new FundRefused(field, "fund.error.amountRequired");
        return MoneyText.check(java.math.BigDecimal.valueOf(amount.dong()), ceiling, field);
    }

    /** A money date lies between the club's founding and today (both included). */
    public LocalDate requireDate(ClubView club, LocalDate date, String field) {
        if (date == null) throw new FundRefused(field, "validation.required");
        if (date.isBefore(club.foundedOn())) {
            throw new FundRefused(
                    field,
                    "fund.error.beforeFounding",
                    club.foundedOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        if (date.isAfter(today())) throw new FundRefused(field, "fund.error.future");
        return date;
    }

    /** A new posting, for the entries posted together by one operation: its number, the user, the moment. */
    public Posting posting() {
        return new Posting(books.nextPostingNumber(), user.name(), clock.instant());
    }
}
