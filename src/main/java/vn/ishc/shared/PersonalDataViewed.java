package vn.ishc.shared;

import java.util.Collection;
import java.util.List;

/**
 * Someone viewed or exported people's personal data: {@code what} says where (a message-free code such
 * as {@code member-page}, {@code member-export}), {@code subject} what was asked for (a person's id, a
 * list's filters), the unit and club it lies in (null when the list spans several) and the people shown
 * (at most the first thousand ids are kept). Publish it through Spring's {@code ApplicationEventPublisher};
 * the audit module writes it to the access log.
 */
public record PersonalDataViewed(String what, String subject, Long unitId, Long clubId, Collection<Long> personIds) {

    public PersonalDataViewed {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
