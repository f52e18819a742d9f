package vn.ishc.oversight;

/**
 * A plan's thresholds for a visit's rating (R14; table {@code monitoring_rating_rule}): {@link Rating#GOOD}
 * when the score is at least {@code goodMinPercent} % of the most it could be, {@link Rating#FAIR} from {@code
 * fairMinPercent} %, else {@link Rating#WEAK}; both bounds inclusive, compared in whole numbers (score × 100 ≥
 * percent × max), so exactly 80 % is good and 79.99 % is not.
 */
public record RatingThresholds(int goodMinPercent, int fairMinPercent) {

    /** A plan without a rule of its own: 80 % and 50 %. */
    public static final RatingThresholds DEFAULT = new RatingThresholds(80, 50);

    public RatingThresholds {
        if (fairMinPercent < 0 || fairMinPercent > goodMinPercent || goodMinPercent > 100)
            throw new IllegalArgumentException("thresholds " + goodMinPercent + "/" + fairMinPercent);
    }

    /** Whether the two percentages make a rule (0 ≤ fair ≤ good ≤ 100). */
    public static boolean valid(int goodMinPercent, int fairMinPercent) {
        return fairMinPercent >= 0 && fairMinPercent <= goodMinPercent && goodMinPercent <= 100;
    }

    /** The rating of a score out of {@code maxScore} (more than 0; the score between 0 and it). */
    public Rating rate(int score, int maxScore) {
        if (maxScore <= 0 || score < 0 || score > maxScore)
            throw new IllegalArgumentException("score " + score + " of " + maxScore);
        long hundredfold = score * 100L;
        if (hundredfold >= (long) goodMinPercent * maxScore) return Rating.GOOD;
        if (hundredfold >= (long) fairMinPercent * maxScore) return Rating.FAIR;
        return Rating.WEAK;
    }
}
