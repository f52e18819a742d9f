package vn.ishc.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The startup message for a non-durable H2 URL, in place of a stack trace (META-INF/spring.factories). */
class NonDurableDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NonDurableDatabase> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NonDurableDatabase cause) {
        return new FailureAnalysis(
                cause.getMessage() + " The application does not start on such a database.",
                "Remove " + cause.setting() + " from the database URL (ISHC_DB_URL or spring.datasource.url), or"
                        + " set WRITE_DELAY=0. Without WRITE_DELAY the application sets WRITE_DELAY=0 itself."
                        + " See docs/operations.md, \"Embedded H2: confirmed writes\".",
                cause);
    }
}
