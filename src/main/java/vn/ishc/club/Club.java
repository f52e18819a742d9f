package vn.ishc.club;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.ishc.shared.Vnd;

/**
 * A club: founded by a ward's decision under the unit of its founding date, which it keeps when that unit
 * is merged. Guards its own status history (no change after dissolution, none dated before the last)
 * and its phase override (always with a reason).
 */
@Table("club")
class Club {
    @Id
    private Long id;

    private String name;
    private Long unitId;
    private LocalDate foundedOn;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String decisionIssuer;
    private ClubPhase phaseOverride;
    private String phaseOverrideReason;
    private Integer meetingDay;
    private LocalDate regulationsAdoptedOn;
    private Long initialFundCapital;
    private String initialEquipment;

    @MappedCollection(idColumn = "club_id", keyColumn = "position")
    private List<ClubStatusChange> statusHistory;

    @MappedCollection(idColumn = "club_id", keyColumn = "position")
    private List<BoardMember> board;

    @Version
    private Integer version;

    Club(
            Long id,
            String name,
            Long unitId,
            LocalDate foundedOn,
            String decisionNumber,
            LocalDate decisionDate,
            String decisionIssuer,
            ClubPhase phaseOverride,
            String phaseOverrideReason,
            Integer meetingDay,
            LocalDate regulationsAdoptedOn,
            Long initialFundCapital,
            String initialEquipment,
            List<ClubStatusChange> statusHistory,
            List<BoardMember> board,
            Integer version) {
        this.id = id;
        this.name = name;
        this.unitId = unitId;
        this.foundedOn = foundedOn;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.decisionIssuer = decisionIssuer;
        this.phaseOverride = phaseOverride;
        this.phaseOverrideReason = phaseOverrideReason;
        this.meetingDay = meetingDay;
        this.regulationsAdoptedOn = regulationsAdoptedOn;
        this.initialFundCapital = initialFundCapital;
        this.initialEquipment = initialEquipment;
        this.statusHistory = new ArrayList<>(statusHistory == null ? List.of() : statusHistory);
        this.board = new ArrayList<>(board == null ? List.of() : board);
        this.version = version;
    }

    /** A new club, active from its founding date. */
    static Club found(ClubDetails details) {
        Club club = new Club(
                null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                null);
        club.describe(details);
        club.statusHistory.add(new ClubStatusChange(ClubStatus.ACTIVE, details.foundedOn(), null));
        return club;
    }

    /** Sets everything a club's form edits. */
    void describe(ClubDetails d) {
        if (d.name() == null || d.name().isBlank()) throw new ClubRefused("name", "validation.required");
        if (d.foundedOn() == null) throw new ClubRefused("foundedOn", "validation.required");
        if (d.meetingDay() != null && (d.meetingDay() < 1 || d.meetingDay() > 31))
            throw new ClubRefused("meetingDay", "club.error.meetingDay");
        if (d.initialFundCapital() != null && d.initialFundCapital().isNegative())
            throw new ClubRefused("initialFundCapital", "club.error.negativeMoney");
        if (d.phaseOverride() != null
                && (d.phaseOverrideReason() == null || d.phaseOverrideReason().isBlank())) {
            throw new ClubRefused("phaseOverrideReason", "club.error.phaseReason");
        }
        if (!statusHistory.isEmpty()
                && d.foundedOn().isAfter(statusHistory.get(0).since())) {
            throw new ClubRefused("foundedOn", "club.error.foundedAfterStatus");
        }
        this.name = d.name().strip();
        this.unitId = d.unitId();
        this.foundedOn = d.foundedOn();
        this.decisionNumber = blankToNull(d.decisionNumber());
        this.decisionDate = d.decisionDate();
        this.decisionIssuer = blankToNull(d.decisionIssuer());
        this.phaseOverride = d.phaseOverride();
        this.phaseOverrideReason =
                d.phaseOverride() == null ? null : d.phaseOverrideReason().strip();
        this.meetingDay = d.meetingDay();
        this.regulationsAdoptedOn = d.regulationsAdoptedOn();
        this.initialFundCapital =
                d.initialFundCapital() == null ? null : d.initialFundCapital().dong();
        this.initialEquipment = blankToNull(d.initialEquipment());
    }

    void rename(String newName) {
        this.name = newName.strip();
    }

    /** Records a status change; a dissolved club changes no more, and history runs forward in time. */
    void changeStatus(ClubStatus status, LocalDate since, String reason) {
        ClubStatusChange current = statusHistory.get(statusHistory.size() - 1);
        if (current.status() == ClubStatus.DISSOLVED) throw new ClubRefused("status", "club.error.dissolved");
        if (current.status() == status) throw new ClubRefused("status", "club.error.sameStatus");
        if (since.isBefore(current.since())) throw new ClubRefused("since", "club.error.statusBeforeLast");
        if (status != ClubStatus.ACTIVE && (reason == null || reason.isBlank()))
            throw new ClubRefused("reason", "club.error.statusReason");
        statusHistory.add(new ClubStatusChange(status, since, blankToNull(reason)));
    }

    void replaceBoard(List<BoardMember> members) {
        this.board = new ArrayList<>(members);
    }

    ClubView view(LocalDate planStart) {
        ClubStatusChange current = statusHistory.isEmpty() ? null : statusHistory.get(statusHistory.size() - 1);
        return new ClubView(
                id,
                name,
                unitId,
                foundedOn,
                version == null ? 0 : version,
                decisionNumber,
                decisionDate,
                decisionIssuer,
                phaseOverride != null ? phaseOverride : ClubPhase.of(foundedOn, planStart),
                phaseOverride != null,
                phaseOverrideReason,
                meetingDay,
                regulationsAdoptedOn,
                initialFundCapital == null ? null : Vnd.of(initialFundCapital),
                initialEquipment,
                current == null ? ClubStatus.ACTIVE : current.status(),
                List.copyOf(statusHistory),
                List.copyOf(board));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
