package vn.ishc.shared;

import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may write to a record named in a write's address ({@code POST /api/v1/clubs/{clubId}/loans}, {@code POST
 * /loans/{id}/repay}), decided before the request's body is read, bound or validated: the web shell asks the
 * guard of the module that owns the record for every write (pages and API) whose address names one, so that
 * outside the scope the answer is the missing record's 404 and for a role that may not change it a 403, never
 * the 400 of an invalid body (which would say the record exists and the write was possible). Each module that
 * owns records addressed by id implements it for the path segments directly before their ids ({@link
 * #collections}); a test fails when a write names a record no guard answers for. The services still decide
 * access when they act (the guard comes first; it does not replace them).
 */
public interface WriteGuard {

    /** The literal path segments directly before the ids of this module's records, e.g. {@code "clubs"}. */
    Set<String> collections();

    /**
     * Decides whether the current user may write to the record: throws a {@link NotFoundException} (404) when
     * it does not exist or lies outside the scope and, when {@code write} is true, an {@link
     * AccessDeniedException} (403) when the user may see it but not change it. With {@code write} false (a
     * write marked {@link OpenToReadOnlyScopes}) only the first check is made.
     */
    void check(String collection, long id, boolean write);

    /** Where a record lies: the unit it is recorded under and its club (null for a unit's own record). */
    record Place(long unitId, Long clubId) {}

    /**
     * The common decision for a record found at {@code places} (none: it does not exist; several: a person with
     * memberships in several clubs): not found unless one place is in the scope, refused (when {@code write})
     * unless the scope may change one of them.
     */
    static void decide(Scope scope, List<Place> places, boolean write) {
        if (places.stream().noneMatch(p -> scope.includes(p.unitId(), p.clubId()))) throw new RecordNotFound();
        if (write && places.stream().noneMatch(p -> scope.permitsWrite(p.unitId(), p.clubId())))
            throw new AccessDeniedException("read-only scope");
    }

    /** A record a write names that does not exist or lies outside the scope: 404 like every other. */
    final class RecordNotFound extends NotFoundException {
        public RecordNotFound() {
            super("record");
        }
    }
}
