package vn.ishc.shared;

import java.time.LocalDate;

/**
 * The month locks of requirement R17: a club-month whose monthly report the ward approved is closed to every
 * write dated in it until an authorised user unlocks it. Implemented by the report module; every module
 * that writes something dated in a club-month (a meeting, an activity, a health check, a home-care visit, a
 * case step, a fund entry, a membership date) calls {@link #ensureOpen} inside its write transaction, before
 * it writes. The call locks the club's lock row for the rest of the transaction, so a write and an approval
 * of the same club are serialised: the write either commits before the approval reads its month, or sees
 * the month locked.
 */
public interface MonthLocks {

    /**
     * Refuses ({@link MonthLocked}) when {@code day}'s month of the club is locked; otherwise holds the club's
     * lock row until the transaction ends. Outside a transaction it only checks.
     */
    void ensureOpen(long clubId, LocalDate day);

    /**
     * Takes the club's lock row for the rest of the transaction without checking a month: a module that
     * holds its own lock of the club as well (the fund account) calls this before taking its own, so every
     * transaction takes the two in the same order and none waits for the other in a circle.
     */
    void hold(long clubId);

    /** Whether {@code day}'s month of the club is locked now (a read, for showing it; it takes no lock). */
    boolean locked(long clubId, LocalDate day);
}
