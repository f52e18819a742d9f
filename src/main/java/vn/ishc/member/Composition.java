package vn.ishc.member;

import java.io.Serializable;
import java.util.List;

/**
 * A club's composition on a date against the standard: the counts and, for each rule, whether the club
 * is below, within or above its band. Shares are compared exactly (60 of 100 women is in a 60–70 % band).
 */
public record Composition(int members, int women, int older, int younger, int disadvantaged, List<Check> checks) {

    public enum Rule {
        MEMBERS,
        WOMEN,
        OLDER,
        YOUNGER
    }

    public enum Band {
        BELOW,
        IN_BAND,
        ABOVE
    }

    /**
     * One rule: the value (a count, or a share in percent rounded to one decimal), its band and bounds.
     * Serializable: the rules a change moved out of band travel as a flash attribute in the database
     * session.
     */
    public record Check(Rule rule, double value, int min, int max, Band band) implements Serializable {}

    public static Composition of(int members, int women, int older, int disadvantaged, CompositionStandard s) {
        int younger = members - older;
        return new Composition(
                members,
                women,
                older,
                younger,
                disadvantaged,
                List.of(
                        new Check(
                                Rule.MEMBERS,
                                members,
                                s.membersMin(),
                                s.membersMax(),
                                count(members, s.membersMin(), s.membersMax())),
                        share(Rule.WOMEN, women, members, s.womenMinPercent(), s.womenMaxPercent()),
                        share(Rule.OLDER, older, members, s.olderMinPercent(), s.olderMaxPercent()),
                        share(Rule.YOUNGER, younger, members, s.youngerMinPercent(), s.youngerMaxPercent())));
    }

    public boolean meetsEveryRule() {
        return checks.stream().allMatch(c -> c.band() == Band.IN_BAND);
    }

    public Check check(Rule rule) {
        return checks.stream().filter(c -> c.rule() == rule).findFirst().orElseThrow();
    }

    /** The rules that are in band here but not in {@code after}: what a change would break. */
    public List<Check> brokenBy(Composition after) {
        return after.checks.stream()
                .filter(c -> c.band() != Band.IN_BAND && check(c.rule()).band() == Band.IN_BAND)
                .toList();
    }

    public double percent(int part) {
        return members == 0 ? 0 : Math.round(part * 1000.0 / members) / 10.0;
    }

    private static Band count(int value, int min, int max) {
        return value < min ? Band.BELOW : value > max ? Band.ABOVE : Band.IN_BAND;
    }

    private static Check share(Rule rule, int part, int whole, int minPercent, int maxPercent) {
        Band band;
        if (whole == 0) band = Band.BELOW;
        else if ((long) part * 100 < (long) minPercent * whole) band = Band.BELOW;
        else if ((long) part * 100 > (long) maxPercent * whole) band = Band.ABOVE;
        else band = Band.IN_BAND;
        double value = whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
        return new Check(rule, value, minPercent, maxPercent, band);
    }
}
