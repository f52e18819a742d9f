package vn.ishc.member;

import java.util.List;

/** The person may already be on record (same normalised name, birth year and ward): confirm or pick them. */
public class PossibleDuplicates extends RuntimeException {
    /** Another record that may be the same person. */
    public record Candidate(long personId, String fullName, int birthYear, Long clubId, String clubName) {}

    private final transient List<Candidate> candidates;

    PossibleDuplicates(List<Candidate> candidates) {
        super("possible duplicates");
        this.candidates = List.copyOf(candidates);
    }

    public List<Candidate> candidates() {
        return candidates;
    }
}
