package vn.ishc.shared;

/**
 * The configured H2 database URL sets something the application cannot run on: a {@code WRITE_DELAY} above
 * 0 (a crash could lose writes the application has already confirmed), or another value for one of the
 * options the schema and the queries are written for ({@code MODE=PostgreSQL}, {@code
 * DATABASE_TO_LOWER=TRUE}, {@code DEFAULT_NULL_ORDERING=HIGH}). The application refuses to start on it;
 * {@link UnsuitableDatabaseUrlFailureAnalyzer} turns it into a plain startup message.
 */
class UnsuitableDatabaseUrl extends RuntimeException {
    private final String setting;
    private final String action;

    private UnsuitableDatabaseUrl(String setting, String message, String action) {
        super(message);
        this.setting = setting;
        this.action = action;
    }

    static UnsuitableDatabaseUrl delaysCommits(String setting) {
        return new UnsuitableDatabaseUrl(
                setting,
                "The H2 database URL sets " + setting + ": H2 would keep commits in memory for that many"
                        + " milliseconds, and a crash would lose writes already confirmed.",
                "Remove " + setting + " from the database URL (ISHC_DB_URL or spring.datasource.url), or set"
                        + " WRITE_DELAY=0. Without WRITE_DELAY the application sets WRITE_DELAY=0 itself. See"
                        + " docs/operations.md, \"Embedded H2: confirmed writes\".");
    }

    static UnsuitableDatabaseUrl otherOption(String setting, String required) {
        return new UnsuitableDatabaseUrl(
                setting,
                "The H2 database URL sets " + setting + ", but the application's tables and queries need " + required
                        + ".",
                "Set " + required + " in the database URL (ISHC_DB_URL or spring.datasource.url), or leave the"
                        + " option out: the application adds the options it needs (MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH) itself. See docs/operations.md,"
                        + " \"Embedded H2: confirmed writes\".");
    }

    String setting() {
        return setting;
    }

    String action() {
        return action;
    }
}
