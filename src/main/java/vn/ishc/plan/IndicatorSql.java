package vn.ishc.plan;

import java.util.Map;
import vn.ishc.shared.SearchText;

/**
 * Turns an {@link Indicator}'s definition into SQL: the figure (one statement, grouped by the unit each
 * club was recorded under, and by year for {@link Indicator.Measure#COUNT_PER_YEAR}) and the list behind
 * it. The phrases below are the words of the definitions; the statements run unchanged on H2 (PostgreSQL
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

    /** Each club's members on the date, women, older and disadvantaged members (clubs of the view only). */
    static final String COMPOSITION = "select m.club_id as club_id, count(*) as members,"
            + " sum(case when p.sex = 'FEMALE' then 1 else 0 end) as women, sum(" + OLDER + ") as older,"
            + " sum(" + DISADVANTAGED + ") as disadvantaged"
            + " from membership m join person p on p.id = m.person_id join club kc on kc.id = m.club_id"
            + " where kc.unit_id in (:units) and " + MEMBER_ASOF + " group by m.club_id";

    /** Every composition rule of the plan in band (younger = members - older), as member.Composition compares. */
    static final String COMPOSITION_OK = "k.members >= :membersMin and k.members <= :membersMax"
            + " and k.women * 100 >= :womenMin * k.members and k.women * 100 <= :womenMax * k.members"
            + " and k.older * 100 >= :olderMin * k.members and k.older * 100 <= :olderMax * k.members"
            + " and (k.members - k.older) * 100 >= :youngerMin * k.members"
            + " and (k.members - k.older) * 100 <= :youngerMax * k.members";

    private static final Map<String, String> PHRASES = Map.of(
            "%ACTIVE_ASOF%", "(case when " + statusOn(":asOf") + " = 'ACTIVE' then 1 else 0 end)",
            "%STATUS_ASOF%", statusOn(":asOf"),
            "%STATUS_BEFORE_START%", statusOn(":beforeStart"),
            "%MEMBER_ASOF%", MEMBER_ASOF,
            "%OLDER%", OLDER,
            "%DISADVANTAGED%", DISADVANTAGED,
            "%COMPOSITION%", COMPOSITION,
            "%COMPOSITION_OK%", COMPOSITION_OK);

    private IndicatorSql() {}

    static String expand(String text) {
        String out = text;
        for (int i = 0; i < 3 && out.contains("%"); i++) {
            for (Map.Entry<String, String> e : PHRASES.entrySet()) out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private static String rows(Indicator i, String scopePredicate) {
        return " from " + i.from() + " where c.unit_id in (:units) and " + scopePredicate + " and (" + i.where() + ")";
    }

    /** The figure: {@code unit_id, [yr,] num, den} per recording unit. */
    static String figure(Indicator i, String scopePredicate) {
        boolean perYear = i.measure() == Indicator.Measure.COUNT_PER_YEAR;
        String year = "extract(year from c.founded_on)";
        return expand("select c.unit_id as unit_id" + (perYear ? ", " + year + " as yr" : "")
                + ", sum(" + i.counted() + ") as num, sum(" + i.base() + ") as den"
                + rows(i, scopePredicate)
                + " group by c.unit_id" + (perYear ? ", " + year : ""));
    }

    /**
     * The clubs behind a club figure: every club the definition looks at, with whether it counts, its
     * status on the date and its composition on the date; those that do not count first.
     */
    static String clubs(Indicator i, String scopePredicate, boolean byYear) {
        return expand("select d.club_id, d.club_name, d.unit_id, d.founded_on, d.status, d.counted,"
                + " k.members, k.women, k.older, k.disadvantaged from (select c.id as club_id, c.name as club_name,"
                + " c.unit_id as unit_id, c.founded_on as founded_on, %STATUS_ASOF% as status, "
                + i.counted() + " as counted" + rows(i, scopePredicate)
                + (byYear ? " and extract(year from c.founded_on) = :year" : "")
                + ") d left join (%COMPOSITION%) k on k.club_id = d.club_id"
                + " order by d.counted, d.club_name, d.club_id limit :limit");
    }

    /** The members behind a member figure: those counted in the numerator. */
    static String members(Indicator i, String scopePredicate) {
        return expand("select p.id as person_id, p.full_name, p.sex, p.birth_year, c.id as club_id,"
                + " c.name as club_name, c.unit_id as unit_id, m.joined_on"
                + rows(i, scopePredicate) + " and " + i.counted() + " = 1"
                + " order by c.name, c.id, p.name_key, p.id limit :limit");
    }
}
