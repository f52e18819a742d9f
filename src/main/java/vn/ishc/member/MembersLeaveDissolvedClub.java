package vn.ishc.member;

import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ishc.club.ClubDissolved;

/**
 * When a club is dissolved, everyone still in it leaves on that day (in the same transaction), with the
 * dissolution as the recorded reason, so they are free to join another club and no longer count.
 */
@Component
class MembersLeaveDissolvedClub {
    private final Memberships memberships;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final vn.ishc.club.ClubDirectory clubs;

    MembersLeaveDissolvedClub(
            Memberships memberships,
            MessageSource messages,
            ApplicationEventPublisher events,
            vn.ishc.club.ClubDirectory clubs) {
        this.memberships = memberships;
        this.messages = messages;
        this.events = events;
        this.clubs = clubs;
    }

    @EventListener
    void on(ClubDissolved event) {
        String reason = messages.getMessage(
                "member.leftOnDissolution", new Object[] {event.reason()}, Locale.forLanguageTag("vi"));
        long unitId = clubs.findForAdministration(event.clubId()).orElseThrow().unitId();
        for (Membership m : memberships.findByClubIdAndLeftOnIsNull(event.clubId())) {
            m.leave(m.joinedOn().isAfter(event.on()) ? m.joinedOn() : event.on(), reason);
            memberships.save(m);
            events.publishEvent(
                    new MemberEvents.MemberLeft(m.id(), m.personId(), event.clubId(), unitId, m.leftOn(), reason));
        }
    }
}
