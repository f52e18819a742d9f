package vn.ishc.fund.ledger;

import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;

/**
 * Who may read and write a club's funds: anyone whose scope includes the club reads (otherwise 404);
 * only those who may change the club write (club boards of that club, ward and city officers over it,
 * administrators); viewers never write (403). Also the date rule every fund operation shares.
 */
@Component
public class FundAccess {
    private final ClubDirectory clubs;
    private final FundBooks books;

    FundAccess(ClubDirectory clubs, FundBooks books) {
        this.clubs = clubs;
        this.books = books;
    }

    public ClubView readable(long clubId) {
        return clubs.get(clubId);
    }

    public boolean mayWrite(ClubView club) {
        return clubs.mayChange(club);
    }

    public ClubView writable(long clubId) {
        ClubView club = clubs.get(clubId);
        if (!clubs.mayChange(club)) throw new AccessDeniedException("read-only scope");
        return club;
    }

    /** A money date lies between the club's founding and today (both included). */
    public LocalDate requireDate(ClubView club, LocalDate date, String field) {
        if (date == null) throw new FundRefused(field, "validation.required");
        if (date.isBefore(club.foundedOn())) {
            throw new FundRefused(
                    field,
                    "fund.error.beforeFounding",
                    club.foundedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        if (date.isAfter(books.today())) throw new FundRefused(field, "fund.error.future");
        return date;
    }
}
