package vn.ishc.member;

import java.util.List;

/** Part of the {@link Memberships} repository: many new memberships at once, for the member import. */
interface MembershipsBatch {
    /** Inserts the new memberships (none may have an id or have ended) in JDBC batches. */
    void insertAll(List<Membership> memberships);
}
