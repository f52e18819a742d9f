package vn.ishc.club;

import java.time.LocalDate;
import vn.ishc.shared.Vnd;

/** Everything the club form sets (used to found a club and to edit it). */
public record ClubDetails(
        String name,
        long unitId,
        LocalDate foundedOn,
        String decisionNumber,
        LocalDate decisionDate,
        String decisionIssuer,
        ClubPhase phaseOverride,
        String phaseOverrideReason,
        Integer meetingDay,
        LocalDate regulationsAdoptedOn,
        Vnd initialFundCapital,
        String initialEquipment) {}
