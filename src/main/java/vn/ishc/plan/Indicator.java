package vn.ishc.plan;

/**
 * The indicators of requirements section 4, each defined in one place that reads like its sentence:
 * its stable code, what kind of figure it is, which rows it looks at ({@code from}, {@code where}), which
 * of them count ({@code counted}) and which form the denominator ({@code base}). Labels are the message
 * keys {@code indicator.<CODE>} and {@code indicator.<CODE>.what}. {@link IndicatorSql} turns the
 * definitions into the figures (one set-based statement for all indicators that look at the same rows,
 * grouped by the unit a club was recorded under) and one definition into the list behind its figure (the
 * same rows, each with its {@code counted} flag), so a figure and its list can never disagree. Both only see clubs recorded under the view's units (see {@link
 * EraMap}) and inside the caller's scope; nothing loops over clubs or members in Java.
 *
 * <p>Words used below: <b>the date</b> is the dashboard's as-of date ({@code :asOf}); <b>the plan
 * period so far</b> runs from the plan's start ({@code :start}) to the earlier of its end and the date
 * ({@code :upTo}); a club is <b>active on a date</b> when its latest status entry on or before that date
 * is {@code ACTIVE}; a <b>member on a date</b> is a membership joined on or before it and not left
 * before it (as {@code member.MemberRegistry} counts).
 *
 * <p>New and old clubs are told apart by their founding date against <em>this plan's</em> period, so a
 * later plan (2026–2030) has its own new clubs. The club module's phase override (a club counted in the
 * other cohort of the 2021–2025 plan, with a reason) is not read here: it is tied to the setting {@code
 * ishc.plan-start}, not to a plan.
 *
 * <p>An indicator whose records no module kept would have no SQL and a {@link #noDataReason()}: the engine
 * shows "no data yet" with that reason, never a number. Since the oversight and funding modules every
 * indicator is computed. The yearly rules (fully active, well managed, trained, monitored) count "the year"
 * as {@link RuleYear} says. {@link #MEMBERS_WITH_LOANS} and {@link
 * #CLUBS_WITH_BOTH_FUNDS} read the fund module's read-only view {@code fund_loan_disbursed_v} (loans paid
 * out and not reversed) and its probe {@code FundFacts.receivedBy} (the money each fund of a club received,
 * the rows of its view {@code fund_receipt_v}).
 */
public enum Indicator {

    /** Share of the scope's wards and communes with at least one club active on the date. */
    UNITS_WITH_CLUB(Measure.SHARE_OF_UNITS, Drill.UNITS, null, From.CLUBS, "1 = 1", "%ACTIVE_ASOF%", "0"),

    /** Clubs founded within the plan period (so far), whatever became of them later. */
    NEW_CLUBS(Measure.COUNT, Drill.CLUBS, null, From.CLUBS, "c.founded_on between :start and :upTo", "1", "0"),

    /**
     * Clubs founded in each calendar year of the plan period (so far); the card shows the year of the
     * date (or the plan's last year, once it is over), the chart every year.
     */
    NEW_CLUBS_YEAR(
            Measure.COUNT_PER_YEAR, Drill.CLUBS, null, From.CLUBS, "c.founded_on between :start and :upTo", "1", "0"),

    /** Members on the date of clubs founded within the plan period (so far). */
    NEW_CLUB_MEMBERS(
            Measure.COUNT,
            Drill.MEMBERS,
            null,
            From.MEMBERS,
            "c.founded_on between :start and :upTo and %MEMBER_ASOF%",
            "1",
            "0"),

    /** Of the members of new clubs, the older people (the plan's older age, on the date). */
    NEW_CLUB_OLDER_MEMBERS(
            Measure.COUNT,
            Drill.MEMBERS,
            null,
            From.MEMBERS,
            "c.founded_on between :start and :upTo and %MEMBER_ASOF% and %OLDER% = 1",
            "1",
            "0"),

    /**
     * Share of the clubs founded before the plan started (the 2016–2020 clubs) that are active on the
     * date. A club already dissolved the day before the plan started is not one the plan could maintain
     * and is left out.
     */
    OLD_CLUBS_MAINTAINED(
            Measure.SHARE,
            Drill.CLUBS,
            null,
            From.CLUBS,
            "c.founded_on < :start and coalesce(%STATUS_BEFORE_START%, 'ACTIVE') <> 'DISSOLVED'",
            "%ACTIVE_ASOF%",
            "1"),

    /**
     * Share of the clubs active on the date that meet every composition rule of the plan on the date:
     * members within the bounds, and the shares of women, older and younger people within theirs (bounds
     * inclusive, compared exactly in whole numbers, as {@code member.Composition} does; a club without
     * members meets none).
     */
    CLUBS_COMPOSITION_OK(
            Measure.SHARE,
            Drill.CLUBS,
            null,
            From.CLUBS,
            "%STATUS_ASOF% = 'ACTIVE'",
            "case when %COMPOSITION_OK% then 1 else 0 end",
            "1"),

    /**
     * Share of the clubs active on the date that are both fully active and well managed in the year ("the
     * year": 1 January of the year of the last day counted, {@code :yearEnd}, up to that day; see {@link
     * RuleYear}). Fully active ({@link FullyActive}): meetings held (meeting module's {@code meeting_held_v},
     * not reversed) in at least the plan's {@code fully_active_meetings} months, and records in at least its
     * {@code fully_active_areas} of the 8 areas (activity module's {@code activity_area_day_v}: activities,
     * health checks, home-care visits, cases). Well managed ({@link WellManaged}): the latest monitoring visit
     * in the year rated good, regulations adopted and both funds established on or before the day.
     */
    CLUBS_FULLY_ACTIVE_WELL_MANAGED(
            Measure.SHARE,
            Drill.CLUBS,
            null,
            From.CLUBS,
            "%STATUS_ASOF% = 'ACTIVE'",
            "case when %FULLY_ACTIVE% and %WELL_MANAGED% then 1 else 0 end",
            "1"),

    /**
     * Share of the members on the date who received a loan disbursed within the plan period so far
     * (the fund module's view {@code fund_loan_disbursed_v}; a probe of the member's loans with {@code
     * limit 1}, so the cost follows the members of the view: an uncorrelated {@code in} made PostgreSQL
     * hash every loan of the country even for one province's smallest view).
     */
    MEMBERS_WITH_LOANS(
            Measure.SHARE,
            Drill.MEMBERS,
            null,
            From.MEMBERS,
            "%MEMBER_ASOF%",
            "case when (select 1 from fund_loan_disbursed_v l where l.person_id = m.person_id"
                    + " and l.disbursed_on between :start and :upTo limit 1) = 1 then 1 else 0 end",
            "1"),

    /**
     * Share of the clubs active on the date that have both an income-generation (loan) fund and an
     * activity fund established on or before the date (the fund had received money by then), under
     * regulations adopted on or before it ({@link WellManaged#bothFundsSql}: the fund module's probe {@code
     * FundFacts.receivedBy} of its ledger, where the first receipt found through the club's index ends the
     * search on both databases; a scalar subquery with {@code limit 1} rather than an {@code exists}, which
     * PostgreSQL may turn into a hash of every receipt in the country).
     */
    CLUBS_WITH_BOTH_FUNDS(
            Measure.SHARE,
            Drill.CLUBS,
            null,
            From.CLUBS,
            "%STATUS_ASOF% = 'ACTIVE'",
            "case when c.regulations_adopted_on <= :asOf and %BOTH_FUNDS_ASOF% then 1 else 0 end",
            "1"),

    /**
     * Share of the clubs active on the date both trained (a board member attended a training session starting
     * in the year: oversight module's {@code training_club_v}) and monitored (a monitoring visit in the year,
     * any rating: {@code monitoring_visit_v}) in the year ({@link TrainedMonitored}, {@link RuleYear}).
     */
    CLUBS_TRAINED_MONITORED(
            Measure.SHARE,
            Drill.CLUBS,
            null,
            From.CLUBS,
            "%STATUS_ASOF% = 'ACTIVE'",
            "case when %TRAINED% and %MONITORED% then 1 else 0 end",
            "1"),

    /** Share of the members on the date who are poor, near-poor, of an ethnic minority, disabled or living alone. */
    DISADVANTAGED_MEMBERS(Measure.SHARE, Drill.MEMBERS, null, From.MEMBERS, "%MEMBER_ASOF%", "%DISADVANTAGED%", "1"),

    /**
     * Money mobilised within the plan period so far, in đồng, in total and by source: every resource of the
     * funding module's view {@code funding_resource_v} (its entries not cancelled, money, in kind at their
     * estimated value and budget lines, and the capital clubs' loan funds received from a source, each counted
     * once) received between the plan's start and the last day counted, given to a club recorded under the
     * view's units, to one of those units, or to a higher unit inside the view's territory (entries to the
     * city count in the city's view, in no ward's row). The list behind it is the entries.
     */
    RESOURCES_MOBILISED(
            Measure.MONEY,
            Drill.ENTRIES,
            null,
            From.RESOURCES,
            "r.received_on between :start and :upTo",
            "r.amount",
            "0");

    /**
     * The rows the indicators look at. {@code CLUBS} is one row per club of the view (alias {@code c}, with
     * the club's columns), its status on the date and the day before the plan and its composition on the
     * date, each worked out once per club ({@link IndicatorSql#CLUBS}); the status and composition phrases
     * only exist there.
     */
    static final class From {
        static final String CLUBS = "%CLUBS%";
        static final String MEMBERS = "member_fact_v m join club_fact_v c on c.id = m.club_id";
        static final String RESOURCES = "funding_resource_v r";

        private From() {}
    }

    /** What kind of figure an indicator is. */
    public enum Measure {
        /** numerator / denominator, in percent. */
        SHARE,
        /** the share of units (rows of the view) that have something: numerator and denominator are units. */
        SHARE_OF_UNITS,
        /** a number. */
        COUNT,
        /** a number per calendar year. */
        COUNT_PER_YEAR,
        /** an amount of money. */
        MONEY;

        public boolean isShare() {
            return this == SHARE || this == SHARE_OF_UNITS;
        }
    }

    /** What the list behind a figure lists. */
    public enum Drill {
        UNITS,
        CLUBS,
        MEMBERS,
        /** the resource entries (funding_resource_v). */
        ENTRIES,
        NONE
    }

    private final Measure measure;
    private final Drill drill;
    private final String noDataReason;
    private final String from;
    private final String where;
    private final String counted;
    private final String base;

    /**
     * @param from the rows an indicator looks at ({@code From.CLUBS}: clubs; {@code From.MEMBERS}: memberships with
     *     their person and club, the member and club modules' views {@code member_fact_v m} and {@code
     *     club_fact_v c})
     * @param where which of those rows it looks at (besides the view's units and the caller's scope)
     * @param counted 1 when a row counts in the numerator, else 0
     * @param base 1 when a row counts in the denominator (0 for plain counts)
     */
    Indicator(
            Measure measure, Drill drill, String noDataReason, String from, String where, String counted, String base) {
        this.measure = measure;
        this.drill = drill;
        this.noDataReason = noDataReason;
        this.from = from;
        this.where = where;
        this.counted = counted;
        this.base = base;
    }

    public String code() {
        return name();
    }

    public Measure measure() {
        return measure;
    }

    public Drill drill() {
        return drill;
    }

    /** The message key saying why there is no figure yet, or null when the indicator is computed. */
    public String noDataReason() {
        return noDataReason;
    }

    public boolean computed() {
        return noDataReason == null;
    }

    /** Message key of the label. */
    public String labelKey() {
        return "indicator." + name();
    }

    String from() {
        return from;
    }

    String where() {
        return where;
    }

    String counted() {
        return counted;
    }

    String base() {
        return base;
    }
}
