package vn.ishc.report.periodic;

/**
 * The parts of a periodic report its author writes (labels {@code periodic.narrative.<NAME>}), in the order
 * of a Vietnamese review report, and the two lines of the Decree 30 layout the author may change: the
 * recipients ("Nơi nhận") and the signer's name. Each is kept with every revision ({@link PeriodicReport}).
 */
public enum NarrativeSection {
    SITUATION,
    RESULTS,
    SHORTCOMINGS,
    DIRECTIONS,
    PROPOSALS,
    RECIPIENTS,
    SIGNER;

    /** The most characters a section holds. */
    public static final int MAX = 20_000;

    /** Whether the section is body text (not the recipients or signer of the layout). */
    public boolean body() {
        return this != RECIPIENTS && this != SIGNER;
    }
}
