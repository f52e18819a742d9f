package vn.ishc.activity;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.shared.Vnd;

/** One typed command per use of the activities. Counts are whole numbers; the cost is whole đồng. */
public final class ActivityCommands {
    private ActivityCommands() {}

    /**
     * An activity of a club: its area (may be left out when the kind belongs to one), kind, day, title and
     * description; the members who took part and how many others; how many benefited, with the members among
     * them (null: as many as the members listed); the cost (null or 0: nothing spent) and who paid it, with
     * the funding source for money from the ward or a donor, and the donor's name.
     */
    public record RecordActivity(
            long clubId,
            String area,
            String kind,
            LocalDate heldOn,
            String title,
            String description,
            List<Long> participants,
            Integer others,
            List<Long> beneficiaryMembers,
            Integer beneficiaries,
            Vnd cost,
            PaidBy paidBy,
            FundingSource source,
            String donor) {
        public RecordActivity {
            participants = participants == null ? List.of() : List.copyOf(participants);
            beneficiaryMembers = beneficiaryMembers == null ? List.of() : List.copyOf(beneficiaryMembers);
        }
    }

    /** Corrects the title and description of an activity, if it is still the version the user read. */
    public record EditActivity(long activityId, int version, String title, String description) {}

    /** Cancels an activity with a reason; an expense from the club's fund is taken back. */
    public record CancelActivity(long activityId, String reason) {}
}
