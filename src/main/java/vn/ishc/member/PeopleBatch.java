package vn.ishc.member;

import java.util.List;

/**
 * Part of the {@link People} repository: many new people at once, in JDBC batches, for the member import
 * (a list of thousands). Spring Data JDBC's {@code saveAll} inserts them one round trip each.
 */
interface PeopleBatch {
    /** Inserts the new people (none may have an id) and returns their ids, in the same order. */
    List<Long> insertAll(List<Person> people);
}
