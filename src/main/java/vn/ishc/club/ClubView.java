package vn.ishc.club;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.shared.Vnd;

/** A club as other modules and the screens see it. */
public record ClubView(
        long id,
        String name,
        long unitId,
        LocalDate foundedOn,
        int version,
        String decisionNumber,
        LocalDate decisionDate,
        String decisionIssuer,
        ClubPhase phase,
        boolean phaseOverridden,
        String phaseOverrideReason,
        Integer meetingDay,
        LocalDate regulationsAdoptedOn,
        Vnd initialFundCapital,
        String initialEquipment,
        ClubStatus status,
        List<ClubStatusChange> statusHistory,
        List<BoardMember> board) {}
