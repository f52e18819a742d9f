package vn.ishc.shared;

/**
 * The configured H2 database URL asks H2 to delay writing commits to the file ({@code WRITE_DELAY} above
 * 0), so a crash could lose writes the application has already confirmed; the application refuses to start
 * on it. {@link NonDurableDatabaseFailureAnalyzer} turns it into a plain startup message.
 */
class NonDurableDatabase extends RuntimeException {
    private final String setting;

    NonDurableDatabase(String setting) {
        super("The H2 database URL sets " + setting + ": H2 would keep commits in memory for that many"
                + " milliseconds, and a crash would lose writes already confirmed.");
        this.setting = setting;
    }

    String setting() {
        return setting;
    }
}
