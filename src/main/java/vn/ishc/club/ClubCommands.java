package vn.ishc.club;

import java.time.LocalDate;
import java.util.List;

/** The typed commands the club registry accepts. */
public final class ClubCommands {
    private ClubCommands() {}

    /** Found a club in a unit of the caller's scope. */
    public record FoundClub(ClubDetails details) {}

    /** Edit a club; {@code version} is the one the user saw. */
    public record EditClub(long clubId, int version, ClubDetails details) {}

    /** Suspend, reactivate or dissolve a club from a date, with a reason. */
    public record ChangeClubStatus(long clubId, int version, ClubStatus status, LocalDate since, String reason) {}

    /** Replace the board with the given seats. */
    public record ReplaceBoard(long clubId, int version, List<BoardMember> board) {}
}
