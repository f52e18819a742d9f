package vn.ishc.plan;

import java.util.List;
import java.util.Map;
import vn.ishc.club.ClubFacts;
import vn.ishc.member.CompositionStandard;
import vn.ishc.member.MemberFacts;

/**
 * Turns {@link Indicator} definitions into SQL: the figures of all indicators that look at the same rows
 * (one statement, grouped by the unit each club was recorded under, and for clubs by founding year) and
 * the list behind one figure. The phrases below are the words of the definitions; the statements run unchanged on H2 (PostgreSQL
 * mode) and PostgreSQL.
 */
final class IndicatorSql {

    /** 1 when the member of the row (alias {@code m}, of {@code member_fact_v}) is older on the date. */
    static final String OLDER = MemberFacts.olderOn("m", ":olderDate", ":olderYear");

    /** Poor or near-poor household, an ethnicity other than Kinh, disability, living alone (member_fact_v). */
    static final String DISADVANTAGED = "m.disadvantaged";

    static final String MEMBER_ASOF = "m.joined_on <= :asOf and (m.left_on is null or m.left_on >= :asOf)";

    /**
     * The clubs of the view (recorded under its units and in the caller's scope, {@code %FILTER%}), one row
     * each, alias {@code c}: the club's columns, its status on the date and on the day before the plan, and
     * its members on the date with the women, older and disadvantaged among them. A grouped outer join, so
     * each club's status and composition are worked out once, whatever the indicators then ask of them (a
     * derived table joined to the clubs instead is evaluated again for every club by H2). It reads the club
     * and member modules' views ({@code club_fact_v}, {@code club_status_v}, {@code member_fact_v}), which
     * both databases inline over the same tables and indexes.
     */
    static final String CLUBS = "(select c.id, c.name, c.unit_id, c.founded_on, c.regulations_adopted_on,"
            + " " + ClubFacts.statusOn("c.id", ":asOf") + " as status_asof, "
            + ClubFacts.statusOn("c.id", ":beforeStart") + " as status_before_start,"
            + " count(m.club_id) as members,"
            + " coalesce(sum(case when m.sex = 'FEMALE' then 1 else 0 end), 0) as women,"
            + " coalesce(sum(" + OLDER + "), 0) as older, coalesce(sum(" + DISADVANTAGED + "), 0) as disadvantaged"
            + " from " + ClubFacts.VIEW + " c left join " + MemberFacts.VIEW + " m on m.club_id = c.id and "
            + MEMBER_ASOF
            + " where %FILTER%"
            + " group by c.id, c.name, c.unit_id, c.founded_on, c.regulations_adopted_on) c";

    /**
     * Every composition rule of the plan in band, as member.Composition compares (the member module's
     * phrase, {@link MemberFacts#compositionMet}, with the plan's bounds); a club without members meets none.
     */
    static String compositionOk(CompositionStandard standard) {
        return MemberFacts.compositionMet("c.members", "c.women", "c.older", standard);
    }

    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("%ACTIVE_ASOF%", "(case when c.status_asof = 'ACTIVE' then 1 else 0 end)"),
            Map.entry("%STATUS_ASOF%", "c.status_asof"),
            Map.entry("%STATUS_BEFORE_START%", "c.status_before_start"),
            Map.entry("%MEMBER_ASOF%", MEMBER_ASOF),
            Map.entry("%OLDER%", OLDER),
            Map.entry("%DISADVANTAGED%", DISADVANTAGED),
            Map.entry("%BOTH_FUNDS_ASOF%", WellManaged.bothFundsSql(":asOf")),
            Map.entry("%FULLY_ACTIVE%", FullyActive.SQL),
            Map.entry("%WELL_MANAGED%", WellManaged.SQL),
            Map.entry("%TRAINED%", TrainedMonitored.TRAINED_SQL),
            Map.entry("%MONITORED%", TrainedMonitored.MONITORED_SQL),
            Map.entry("%CLUBS%", CLUBS));

    private IndicatorSql() {}

    static String expand(String text, CompositionStandard standard) {
        String out = text;
        for (int i = 0; i < 3 && out.contains("%"); i++) {
            for (Map.Entry<String, String> e : PHRASES.entrySet()) out = out.replace(e.getKey(), e.getValue());
            out = out.replace("%COMPOSITION_OK%", compositionOk(standard));
        }
        return out;
    }

    /**
     * The rows of {@code from} that {@code filter} keeps (the view's recording units and the caller's scope):
     * inside the clubs' derived table when there is one, else in the statement's {@code where}.
     */
    private static String from(String from, String filter, CompositionStandard standard) {
        String rows = expand(from, standard);
        return rows.contains("%FILTER%")
                ? " from " + rows.replace("%FILTER%", filter) + " where 1 = 1"
                : " from " + rows + " where " + filter;
    }

    /**
     * The figures of several indicators looking at the same rows ({@link Indicator#from()}), in one pass
     * over them: {@code unit_id}, for clubs also {@code yr} (the founding year), then {@code num0, den0,
     * num1, den1, …} in the order given; each sums its {@code counted} and {@code base} over the rows its
     * {@code where} keeps. Only the rows some indicator keeps are read.
     */
    static String figures(List<Indicator> indicators, String filter, CompositionStandard standard) {
        String from = indicators.get(0).from();
        boolean clubs = from.equals(Indicator.From.CLUBS);
        String year = "extract(year from c.founded_on)";
        StringBuilder sql =
                new StringBuilder("select c.unit_id as unit_id").append(clubs ? ", " + year + " as yr" : "");
        StringBuilder anyWhere = new StringBuilder();
        for (int k = 0; k < indicators.size(); k++) {
            Indicator i = indicators.get(k);
            if (!i.from().equals(from)) throw new IllegalArgumentException(i + " does not look at " + from);
            sql.append(", sum(case when ")
                    .append(i.where())
                    .append(" then ")
                    .append(i.counted())
                    .append(" else 0 end) as num")
                    .append(k);
            sql.append(", sum(case when ")
                    .append(i.where())
                    .append(" then ")
                    .append(i.base())
                    .append(" else 0 end) as den")
                    .append(k);
            anyWhere.append(k == 0 ? "(" : " or (").append(i.where()).append(")");
        }
        sql.append(from(from, filter, standard))
                .append(" and (")
                .append(anyWhere)
                .append(")");
        sql.append(" group by c.unit_id").append(clubs ? ", " + year : "");
        return expand(sql.toString(), standard);
    }

    /**
     * The clubs behind a club figure: every club the definition looks at, with whether it counts, its
     * status on the date and its composition on the date; those that do not count first.
     */
    static String clubs(Indicator i, String filter, boolean byYear, CompositionStandard standard) {
        return expand(
                "select c.id as club_id, c.name as club_name, c.unit_id, c.founded_on,"
                        + " c.status_asof as status, " + i.counted() + " as counted,"
                        + " c.members, c.women, c.older, c.disadvantaged"
                        + from(i.from(), filter, standard) + " and (" + i.where() + ")"
                        + (byYear ? " and extract(year from c.founded_on) = :year" : "")
                        + " order by counted, c.name, c.id limit :limit",
                standard);
    }

    /** The members behind a member figure: those counted in the numerator. */
    static String members(Indicator i, String filter, CompositionStandard standard) {
        return expand(
                "select m.person_id, m.full_name, m.sex, m.birth_year, c.id as club_id,"
                        + " c.name as club_name, c.unit_id as unit_id, m.joined_on"
                        + from(i.from(), filter, standard) + " and (" + i.where() + ") and " + i.counted() + " = 1"
                        + " order by c.name, c.id, m.name_key, m.person_id limit :limit",
                standard);
    }

    /**
     * The figure of {@link Indicator#RESOURCES_MOBILISED} in one statement: the amounts of the resources the
     * indicator keeps, per unit they went to and source ({@code unit_id, source, amount}).
     */
    static String resources(String filter) {
        Indicator i = Indicator.RESOURCES_MOBILISED;
        return "select r.unit_id, r.source, sum(" + i.counted() + ") as amount from " + i.from() + " where " + filter
                + " and " + i.where() + " group by r.unit_id, r.source";
    }

    /** The entries behind {@link Indicator#RESOURCES_MOBILISED}, oldest first, with the club's name if any. */
    static String resourceEntries(String filter) {
        Indicator i = Indicator.RESOURCES_MOBILISED;
        return "select r.origin, r.entry_id, r.source, r.kind, r.received_on, r.amount, r.recipient_level,"
                + " r.unit_id, r.club_id, c.name as club_name from " + i.from()
                + " left join club_fact_v c on c.id = r.club_id where " + filter + " and " + i.where()
                + " order by r.received_on, r.origin, r.entry_id limit :limit";
    }
}
