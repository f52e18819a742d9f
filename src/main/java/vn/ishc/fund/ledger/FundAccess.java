package vn.ishc.fund.ledger;

import org.springframework.stereotype.Component;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;

/**
 * Who may read and write a club's funds: anyone whose scope includes the club reads (otherwise 404);
 * only those who may change the club write (club boards of that club, ward and city officers over it,
 * administrators); viewers never write (403).
 */
@Component
public class FundAccess {
    private final ClubDirectory clubs;

    FundAccess(ClubDirectory clubs) {
        this.clubs = clubs;
    }

    /** The clubs in the caller's scope. */
    public java.util.List<ClubView> visible() {
        return clubs.visible();
    }

    public ClubView readable(long clubId) {
        return clubs.get(clubId);
    }

    public boolean mayWrite(ClubView club) {
        return clubs.mayChange(club);
    }

    public ClubView writable(long clubId) {
        return clubs.writable(clubId);
    }
}
