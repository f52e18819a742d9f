package vn.ishc.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The startup message for an unsuitable H2 URL, in place of a stack trace (META-INF/spring.factories). */
class UnsuitableDatabaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<UnsuitableDatabaseUrl> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsuitableDatabaseUrl cause) {
        return new FailureAnalysis(
                cause.getMessage() + " The application does not start on such a database.", cause.action(), cause);
    }
}
