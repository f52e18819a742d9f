package vn.ishc.funding;

import java.time.LocalDate;
import vn.ishc.shared.Vnd;

/** One typed command per use of the resources. Amounts are whole đồng. */
public final class ResourceCommands {
    private ResourceCommands() {}

    /**
     * A resource mobilised or allocated: its source (a code of {@code funding_source}), kind, donor or budget
     * line, the day it was received, the budget year (a budget line only), the amount (for support in kind its
     * estimated value) and what was given in kind, the purpose, the recipient (the city or a ward or commune:
     * {@code unitId}; a club: {@code clubId}, its unit is the club's), the document and a note.
     * {@code loanFundCapital}: the user says it is capital for a club's loan fund, which is refused here
     * (recorded as capital in the club's fund, where it counts once).
     */
    public record RecordResource(
            String source,
            ResourceKind kind,
            String donor,
            LocalDate receivedOn,
            Integer budgetYear,
            Vnd amount,
            String inKindDescription,
            String purpose,
            RecipientLevel level,
            Long unitId,
            Long clubId,
            boolean loanFundCapital,
            String documentNo,
            String note) {}

    /** Corrects a resource entry, if it is still the version the user read. */
    public record EditResource(long id, int version, RecordResource details) {}

    /** Cancels (withdraws) a resource entry recorded by mistake, with a reason. */
    public record CancelResource(long id, String reason) {}
}
