package vn.ishc.oversight.visit;

import java.time.LocalDate;
import java.util.List;

/** One typed command per use of the monitoring visits. */
public final class VisitCommands {
    private VisitCommands() {}

    /** The score given to a checklist item (by its code), with a note. */
    public record ScoreEntry(String code, Integer score, String note) {}

    /** A follow-up action: what, who is responsible, by when. */
    public record FollowUpEntry(String action, String responsible, LocalDate dueOn) {}

    /**
     * A visit to a club: the day, who visited, a score for every item of the checklist in force that day, the
     * findings, and the follow-up actions.
     */
    public record RecordVisit(
            long clubId,
            LocalDate visitedOn,
            String visitors,
            List<ScoreEntry> scores,
            String findings,
            List<FollowUpEntry> followUps) {
        /** The same visit to another club. */
        public RecordVisit withClub(long otherClubId) {
            return new RecordVisit(otherClubId, visitedOn, visitors, scores, findings, followUps);
        }

        public RecordVisit {
            scores = scores == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
            followUps = followUps == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(followUps));
        }
    }

    /** Withdraws a visit recorded by mistake, with a reason: it then neither monitors nor rates. */
    public record CancelVisit(long visitId, String reason) {}

    /** Closes a follow-up action of a visit: the day it was done and a note, if it is still the version read. */
    public record CloseFollowUp(long visitId, long followUpId, Integer version, LocalDate closedOn, String note) {}

    /** A checklist item as typed: code, place, labels, most score. */
    public record ItemEntry(String code, Integer position, String labelVi, String labelEn, Integer maxScore) {}

    /** Replaces a plan's checklist and rating thresholds. */
    public record SaveChecklist(long planId, List<ItemEntry> items, Integer goodMinPercent, Integer fairMinPercent) {
        public SaveChecklist {
            items = items == null
                    ? List.of()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
        }
    }
}
