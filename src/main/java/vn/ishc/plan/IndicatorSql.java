package vn.ishc.plan;

import java.util.List;
import java.util.Map;
import vn.ishc.shared.SearchText;

/**
 * Turns {@link Indicator} definitions into SQL: the figures of all indicators that look at the same rows
 * (one statement, grouped by the unit each club was recorded under, and for clubs by founding year) and
 * the list behind one figure. The phrases below are the words of the definitions; the statements run unchanged on H2 (PostgreSQL
 * mode) and PostgreSQL.
 */
final class IndicatorSql {

    /** The latest status entry on or before a date (the same rule as the club page's status history). */
    private static String statusOn(String dateParam) {
        return "(select s.status from club_status_change s where s.club_id = c.id and s.since <= " + dateParam
                + " order by s.since desc, s.position desc limit 1)";
    }

    static final String OLDER = "(case when p.birth_date is not null then (case when p.birth_date <= :olderDate"
            + " then 1 else 0 end) else (case when p.birth_year <= :olderYear then 1 else 0 end) end)";

    /** Poor or near-poor household, an ethnicity other than Kinh, disability, living alone (as member.MemberRegistry). */
    static final String DISADVANTAGED = "(case when p.household_status in ('POOR', 'NEAR_POOR') or "
            + SearchText.sql("p.ethnicity")
            + " <> 'kinh' or p.disability = true or p.lives_alone = true then 1 else 0 end)";

    static final String MEMBER_ASOF = "m.joined_on <= :asOf and (m.left_on is null or m.left_on >= :asOf)";

    /**
     * The clubs of the view (recorded under its units and in the caller's scope, {@code %FILTER%}), one row
     * each, alias {@code c}: the club's columns, its status on the date and on the day before the plan, and
     * its members on the date with the women, older and disadvantaged among them. A grouped outer join, so
     * each club's status and composition are worked out once, whatever the indicators then ask of them (a
     * derived table joined to the clubs instead is evaluated again for every club by H2).
     */
    static final String CLUBS = "(select c.id, c.name, c.unit_id, c.founded_on, c.regulations_adopted_on,"
            + " " + statusOn(":asOf") + " as status_asof, " + statusOn(":beforeStart") + " as status_before_start,"
            + " count(m.club_id) as members,"
            + " coalesce(sum(case when p.sex = 'FEMALE' then 1 else 0 end), 0) as women,"
            + " coalesce(sum(" + OLDER + "), 0) as older, coalesce(sum(" + DISADVANTAGED + "), 0) as disadvantaged"
            + " from club c left join membership m on m.club_id = c.id and " + MEMBER_ASOF
            + " left join person p on p.id = m.person_id"
            + " where %FILTER%"
            + " group by c.id, c.name, c.unit_id, c.founded_on, c.regulations_adopted_on) c";

    /**
     * Every composition rule of the plan in band (younger = members - older), as member.Composition compares;
     * a club without members meets none.
     */
    static final String COMPOSITION_OK = "c.members > 0 and c.members >= :membersMin and c.members <= :membersMax"
            + " and c.women * 100 >= :womenMin * c.members and c.women * 100 <= :womenMax * c.members"
            + " and c.older * 100 >= :olderMin * c.members and c.older * 100 <= :olderMax * c.members"
            + " and (c.members - c.older) * 100 >= :youngerMin * c.members"
            + " and (c.members - c.older) * 100 <= :youngerMax * c.members";

    private static final Map<String, String> PHRASES = Map.of(
            "%ACTIVE_ASOF%", "(case when c.status_asof = 'ACTIVE' then 1 else 0 end)",
            "%STATUS_ASOF%", "c.status_asof",
            "%STATUS_BEFORE_START%", "c.status_before_start",
            "%MEMBER_ASOF%", MEMBER_ASOF,
            "%OLDER%", OLDER,
            "%DISADVANTAGED%", DISADVANTAGED,
            "%CLUBS%", CLUBS,
            "%COMPOSITION_OK%", COMPOSITION_OK);

    private IndicatorSql() {}

    static String expand(String text) {
        String out = text;
        for (int i = 0; i < 3 && out.contains("%"); i++) {
            for (Map.Entry<String, String> e : PHRASES.entrySet()) out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * The rows of {@code from} that {@code filter} keeps (the view's recording units and the caller's scope):
     * inside the clubs' derived table when there is one, else in the statement's {@code where}.
     */
    private static String from(String from, String filter) {
        String rows = expand(from);
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
    static String figures(List<Indicator> indicators, String filter) {
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
        sql.append(from(from, filter)).append(" and (").append(anyWhere).append(")");
        sql.append(" group by c.unit_id").append(clubs ? ", " + year : "");
        return expand(sql.toString());
    }

    /**
     * The clubs behind a club figure: every club the definition looks at, with whether it counts, its
     * status on the date and its composition on the date; those that do not count first.
     */
    static String clubs(Indicator i, String filter, boolean byYear) {
        return expand("select c.id as club_id, c.name as club_name, c.unit_id, c.founded_on,"
                + " c.status_asof as status, " + i.counted() + " as counted,"
                + " c.members, c.women, c.older, c.disadvantaged"
                + from(i.from(), filter) + " and (" + i.where() + ")"
                + (byYear ? " and extract(year from c.founded_on) = :year" : "")
                + " order by counted, c.name, c.id limit :limit");
    }

    /** The members behind a member figure: those counted in the numerator. */
    static String members(Indicator i, String filter) {
        return expand("select p.id as person_id, p.full_name, p.sex, p.birth_year, c.id as club_id,"
                + " c.name as club_name, c.unit_id as unit_id, m.joined_on"
                + from(i.from(), filter) + " and (" + i.where() + ") and " + i.counted() + " = 1"
                + " order by c.name, c.id, p.name_key, p.id limit :limit");
    }
}
