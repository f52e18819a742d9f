package vn.ishc.member;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person's membership of one club from the day they joined until the day they left (inclusive). */
@Table("membership")
class Membership {
    @Id
    private Long id;

    private Long personId;
    private Long clubId;
    private LocalDate joinedOn;
    private String joinReason;
    private LocalDate leftOn;
    private String leaveReason;

    @Version
    private Integer version;

    Membership(
            Long id,
            Long personId,
            Long clubId,
            LocalDate joinedOn,
            String joinReason,
            LocalDate leftOn,
            String leaveReason,
            Integer version) {
        this.id = id;
        this.personId = personId;
        this.clubId = clubId;
        this.joinedOn = joinedOn;
        this.joinReason = joinReason;
        this.leftOn = leftOn;
        this.leaveReason = leaveReason;
        this.version = version;
    }

    static Membership join(long personId, long clubId, LocalDate on, String reason) {
        return new Membership(null, personId, clubId, on, blankToNull(reason), null, null, null);
    }

    /** Leaves the club on {@code on}, which may not be before joining; a membership ends only once. */
    void leave(LocalDate on, String reason) {
        if (leftOn != null) throw new MemberRefused("leftOn", "member.error.alreadyLeft");
        if (on.isBefore(joinedOn)) throw new MemberRefused("leftOn", "member.error.leftBeforeJoined");
        if (reason == null || reason.isBlank()) throw new MemberRefused("leaveReason", "validation.required");
        this.leftOn = on;
        this.leaveReason = reason.strip();
    }

    /**
     * Becomes one with an overlapping membership of the same club recorded for a duplicate person: from
     * the earlier joining to the later leaving (still open if either is).
     */
    void absorb(Membership other) {
        if (other.joinedOn.isBefore(joinedOn)) {
            joinedOn = other.joinedOn;
            if (other.joinReason != null) joinReason = other.joinReason;
        }
        if (leftOn == null || other.leftOn == null) {
            leftOn = null;
            leaveReason = null;
        } else if (other.leftOn.isAfter(leftOn)) {
            leftOn = other.leftOn;
            leaveReason = other.leaveReason;
        }
    }

    void transferTo(long personId) {
        this.personId = personId;
    }

    /** Whether this membership covers any day from {@code from} on (open-ended if it has not ended). */
    boolean activeOnOrAfter(LocalDate from) {
        return leftOn == null || !leftOn.isBefore(from);
    }

    boolean activeOn(LocalDate date) {
        return !joinedOn.isAfter(date) && (leftOn == null || !leftOn.isBefore(date));
    }

    Long id() {
        return id;
    }

    Long personId() {
        return personId;
    }

    Long clubId() {
        return clubId;
    }

    LocalDate joinedOn() {
        return joinedOn;
    }

    LocalDate leftOn() {
        return leftOn;
    }

    String joinReason() {
        return joinReason;
    }

    String leaveReason() {
        return leaveReason;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
