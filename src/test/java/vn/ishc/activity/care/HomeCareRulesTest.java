package vn.ishc.activity.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ishc.activity.care.CareCommands.EnrolVolunteer;
import vn.ishc.activity.care.CareCommands.RecordVisit;
import vn.ishc.activity.care.CareCommands.TakeIntoCare;

/** Home care's rules at their boundaries, without Spring. */
class HomeCareRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final LocalDate FOUNDED = LocalDate.of(2020, 3, 1);
    static final Instant AT = Instant.parse("2026-11-29T03:00:00Z");

    static final Volunteer VOLUNTEER = new Volunteer(
            1L, 7, null, "Nguyễn Văn An", "0905123456", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 31));
    static final CareRecipient RECIPIENT =
            new CareRecipient(2L, 7, null, "Bà Trần Thị Lộc", true, true, false, LocalDate.of(2026, 2, 1), null);

    static RecordVisit visit(LocalDate on, List<VisitService> services) {
        return new RecordVisit(7, on, 1, 2, services, null);
    }

    @Test
    void fewerThanFiveVolunteersIsBelowTheNorm() {
        assertThat(CareRules.belowNorm(4)).isTrue();
        assertThat(CareRules.belowNorm(5)).isFalse();
    }

    @Test
    void aRecipientIsFlaggedWhenTheLastVisitIsThirtyDaysOrMoreAgo() {
        LocalDate since = LocalDate.of(2026, 1, 1);
        assertThat(CareRules.notVisited(since, TODAY.minusDays(30), TODAY)).isTrue();
        assertThat(CareRules.notVisited(since, TODAY.minusDays(29), TODAY)).isFalse();
        assertThat(CareRules.notVisited(since, null, TODAY)).isTrue();
        // never visited, but in care for only 29 days: not yet flagged
        assertThat(CareRules.notVisited(TODAY.minusDays(29), null, TODAY)).isFalse();
        assertThat(CareRules.notVisited(TODAY.minusDays(30), null, TODAY)).isTrue();
    }

    @Test
    void aVisitNeedsAServiceOnceEachAndADayWithinBothPeriods() {
        LocalDate ok = LocalDate.of(2026, 10, 31);
        Visit v = Visit.record(
                visit(ok, List.of(VisitService.COMPANY, VisitService.HOUSEWORK)),
                VOLUNTEER,
                RECIPIENT,
                TODAY,
                FOUNDED,
                "u",
                AT);
        assertThat(v.services()).containsExactly(VisitService.COMPANY, VisitService.HOUSEWORK);
        assertThatThrownBy(() -> Visit.record(visit(ok, List.of()), VOLUNTEER, RECIPIENT, TODAY, FOUNDED, "u", AT))
                .hasMessage("care.error.noService");
        assertThatThrownBy(() -> Visit.record(
                        visit(ok, List.of(VisitService.REFERRAL, VisitService.REFERRAL)),
                        VOLUNTEER,
                        RECIPIENT,
                        TODAY,
                        FOUNDED,
                        "u",
                        AT))
                .hasMessage("care.error.serviceTwice");
        // the volunteer stopped on 31 October
        assertThatThrownBy(() -> Visit.record(
                        visit(ok.plusDays(1), List.of(VisitService.COMPANY)),
                        VOLUNTEER,
                        RECIPIENT,
                        TODAY,
                        FOUNDED,
                        "u",
                        AT))
                .hasMessage("care.error.volunteerNotActive");
        // the recipient came into care on 1 February
        assertThatThrownBy(() -> Visit.record(
                        visit(LocalDate.of(2026, 1, 31), List.of(VisitService.COMPANY)),
                        VOLUNTEER,
                        RECIPIENT,
                        TODAY,
                        FOUNDED,
                        "u",
                        AT))
                .hasMessage("care.error.recipientNotActive");
        assertThatThrownBy(() -> Visit.record(
                        visit(TODAY.plusDays(1), List.of(VisitService.COMPANY)),
                        VOLUNTEER,
                        RECIPIENT,
                        TODAY,
                        FOUNDED,
                        "u",
                        AT))
                .hasMessage("care.error.future");
        Volunteer early = new Volunteer(1L, 7, null, "A", null, LocalDate.of(2019, 1, 1), null);
        CareRecipient earlyR = new CareRecipient(2L, 7, null, "B", true, false, false, LocalDate.of(2019, 1, 1), null);
        assertThatThrownBy(() -> Visit.record(
                        visit(FOUNDED.minusDays(1), List.of(VisitService.COMPANY)),
                        early,
                        earlyR,
                        TODAY,
                        FOUNDED,
                        "u",
                        AT))
                .hasMessage("care.error.beforeFounding");
        assertThat(Visit.record(visit(FOUNDED, List.of(VisitService.COMPANY)), early, earlyR, TODAY, FOUNDED, "u", AT))
                .isNotNull();
    }

    @Test
    void aRecipientHasAReasonForCare() {
        assertThatThrownBy(() -> CareRecipient.take(
                        new TakeIntoCare(7, null, "Ông Lâm", false, false, false, TODAY), null, TODAY))
                .hasMessage("care.error.noReason");
        assertThat(CareRecipient.take(new TakeIntoCare(7, null, "Ông Lâm", false, false, true, TODAY), null, TODAY)
                        .disabled())
                .isTrue();
        assertThatThrownBy(
                        () -> CareRecipient.take(new TakeIntoCare(7, 5L, null, true, false, false, TODAY), null, TODAY))
                .hasMessage("care.error.notAMember");
    }

    @Test
    void aVolunteerIsAMemberOrNamedAndEndsNotBeforeTheStart() {
        Volunteer member = Volunteer.enrol(new EnrolVolunteer(7, 5L, null, null, TODAY), "Lê Văn Bình", TODAY);
        assertThat(member.fullName()).isEqualTo("Lê Văn Bình");
        assertThatThrownBy(() -> Volunteer.enrol(new EnrolVolunteer(7, null, " ", null, TODAY), null, TODAY))
                .hasMessage("validation.required");
        assertThatThrownBy(() -> Volunteer.enrol(new EnrolVolunteer(7, null, "An", "abc", TODAY), null, TODAY))
                .hasMessage("care.error.phone");
        assertThatThrownBy(
                        () -> Volunteer.enrol(new EnrolVolunteer(7, null, "An", null, TODAY.plusDays(1)), null, TODAY))
                .hasMessage("care.error.future");
        assertThat(member.end(TODAY, TODAY).until()).isEqualTo(TODAY);
        assertThatThrownBy(() -> member.end(TODAY.minusDays(1), TODAY)).hasMessage("care.error.untilBeforeSince");
        assertThatThrownBy(() -> member.end(TODAY, TODAY).end(TODAY, TODAY)).hasMessage("care.error.alreadyEnded");
    }

    @Test
    void aPairingIsOfTwoActivePeopleNotPairedAlready() {
        Volunteer v = new Volunteer(1L, 7, 5L, "A", null, LocalDate.of(2026, 1, 1), null);
        CareRecipient r = new CareRecipient(2L, 7, null, "B", true, false, false, LocalDate.of(2026, 1, 1), null);
        Pairing p = Pairing.pair(v, r, TODAY, TODAY, List.of());
        assertThatThrownBy(() -> Pairing.pair(v, r, TODAY, TODAY, List.of(p))).hasMessage("care.error.alreadyPaired");
        Pairing ended = new Pairing(3L, 7, 1, 2, LocalDate.of(2026, 1, 1), TODAY.minusDays(1));
        assertThat(Pairing.pair(v, r, TODAY, TODAY, List.of(ended))).isNotNull();
        CareRecipient self = new CareRecipient(4L, 7, 5L, "A", true, false, false, LocalDate.of(2026, 1, 1), null);
        assertThatThrownBy(() -> Pairing.pair(v, self, TODAY, TODAY, List.of())).hasMessage("care.error.samePerson");
        CareRecipient other = new CareRecipient(4L, 8, null, "C", true, false, false, LocalDate.of(2026, 1, 1), null);
        assertThatThrownBy(() -> Pairing.pair(v, other, TODAY, TODAY, List.of()))
                .hasMessage("care.error.otherClub");
    }
}
