package vn.ishc.fund;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.member.HouseholdStatus;
import vn.ishc.member.MemberCommands.RegisterMember;
import vn.ishc.member.MemberRegistry;
import vn.ishc.member.MemberView;
import vn.ishc.member.PersonDetails;
import vn.ishc.member.Sex;

/** Test fixtures: a fresh club in Phường Tân Lập (2025) with members, made through the public APIs. */
public class FundFixture {
    public static final LocalDate FOUNDED = LocalDate.of(2025, 8, 1);

    private final UserDetailsService accounts;
    private final ClubDirectory clubs;
    private final MemberRegistry members;

    public FundFixture(UserDetailsService accounts, ClubDirectory clubs, MemberRegistry members) {
        this.accounts = accounts;
        this.clubs = clubs;
        this.members = members;
    }

    /** Runs {@code work} as {@code username} on this thread. */
    public <T> T as(String username, Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    public ClubView club() {
        return as("demo-ward", () -> TestClubs.found(clubs, "CLB quỹ thử", 42, FOUNDED));
    }

    public MemberView member(ClubView club) {
        return as(
                "demo-ward",
                () -> members.register(new RegisterMember(
                                club.id(),
                                new PersonDetails(
                                        "Hoàng Văn Vay "
                                                + UUID.randomUUID().toString().substring(0, 6),
                                        Sex.MALE,
                                        null,
                                        1955,
                                        "Kinh",
                                        HouseholdStatus.NONE,
                                        null,
                                        false,
                                        false,
                                        null,
                                        null,
                                        null,
                                        null),
                                FOUNDED,
                                null,
                                true))
                        .member());
    }
}
