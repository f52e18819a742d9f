package vn.ishc;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.club.ClubCommands.FoundClub;
import vn.ishc.club.ClubDetails;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;

/** Test helpers: work done as a demo account outside a web request, and a new club of the tests' own. */
public final class TestClubs {
    private TestClubs() {}

    /** Runs {@code work} as the account (its security context set for this thread only) and returns its result. */
    public static <T> T as(UserDetailsService accounts, String username, Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A new club with only a name (the prefix and a random part, so tests never clash), a unit and a
     * founding date: no members, board, regulations or funds. Founded by whoever the current user is.
     */
    public static ClubView found(ClubDirectory clubs, String namePrefix, long unitId, LocalDate foundedOn) {
        return clubs.found(new FoundClub(new ClubDetails(
                namePrefix + " " + UUID.randomUUID().toString().substring(0, 8),
                unitId,
                foundedOn,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null)));
    }

    /** {@link #found} as the account. */
    public static ClubView found(
            UserDetailsService accounts,
            String username,
            ClubDirectory clubs,
            String namePrefix,
            long unitId,
            LocalDate foundedOn) {
        return as(accounts, username, () -> found(clubs, namePrefix, unitId, foundedOn));
    }
}
