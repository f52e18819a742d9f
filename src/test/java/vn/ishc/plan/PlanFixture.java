package vn.ishc.plan;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.ishc.area.UnitCsvImport;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;

/**
 * A made-up locality of its own, so hand-worked figures do not depend on the demo data or other tests: a
 * province with a district of three communes A, B, C (2021), reorganised on 1 July 2025 into Xã D
 * (formed from A and B, so it maps back to two plan units) and Xã E (formed from C alone). Clubs and
 * members are inserted as rows of their own under these units.
 */
final class PlanFixture {
    final String tag = UUID.randomUUID().toString().substring(0, 6);
    final JdbcClient jdbc;
    final UnitDirectory units;

    PlanFixture(JdbcClient jdbc, UnitDirectory units, UnitCsvImport csv) {
        this.jdbc = jdbc;
        this.units = units;
        var result = csv.load(String.join(
                "\n",
                "key,code,name,type,parent,valid_from,valid_to,formed_from,merged_into,change_kind,legal_reference,note",
                "p,,Tỉnh KH " + tag + ",tỉnh,,,,,,,,",
                "d,,Huyện KH " + tag + ",huyen,p,,30/06/2025,,,,,",
                "a,,Xã A " + tag + ",xã,d,,30/06/2025,,,,,",
                "b,,Xã B " + tag + ",xã,d,,30/06/2025,,,,,",
                "c,,Xã C " + tag + ",xã,d,,30/06/2025,,,,,",
                "dd,,Xã D " + tag + ",xã,p,1/7/2025,,a|b,,,NQ KH,",
                "e,,Xã E " + tag + ",xã,p,1/7/2025,,c,,,NQ KH,",
                ""));
        if (!result.problems().isEmpty())
            throw new IllegalStateException(result.problems().toString());
    }

    UnitView unit(String name) {
        return units.all().stream()
                .filter(u -> u.name().equals(name + " " + tag))
                .findFirst()
                .orElseThrow();
    }

    long club(String name, String unit, LocalDate founded) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into club (name, unit_id, founded_on) values (?, ?, ?)")
                .params(name + " " + tag, unit(unit).id(), founded)
                .update(key, "id");
        long id = key.getKey().longValue();
        status(id, 0, "ACTIVE", founded);
        return id;
    }

    void status(long club, int position, String status, LocalDate since) {
        jdbc.sql("insert into club_status_change (club_id, position, status, since, reason) values (?, ?, ?, ?, ?)")
                .params(club, position, status, since, position == 0 ? null : "thử")
                .update();
    }

    /** A member: sex, birth date or (when {@code birthDate} is null) birth year, and hardship flags. */
    long member(
            long club,
            String name,
            String sex,
            LocalDate birthDate,
            int birthYear,
            String ethnicity,
            String household,
            boolean disability,
            LocalDate joined,
            LocalDate left) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into person (full_name, name_key, sex, birth_date, birth_year, ethnicity, household_status,"
                        + " disability, lives_alone) values (?, ?, ?, ?, ?, ?, ?, ?, false)")
                .params(
                        name + " " + tag,
                        (name + " " + tag).toLowerCase(),
                        sex,
                        birthDate,
                        birthDate != null ? birthDate.getYear() : birthYear,
                        ethnicity,
                        household,
                        disability)
                .update(key, "id");
        long person = key.getKey().longValue();
        jdbc.sql("insert into membership (person_id, club_id, joined_on, left_on) values (?, ?, ?, ?)")
                .params(person, club, joined, left)
                .update();
        return person;
    }

    /** The day a club adopted its regulations. */
    void regulations(long club, LocalDate adopted) {
        jdbc.sql("update club set regulations_adopted_on = ? where id = ?")
                .params(adopted, club)
                .update();
    }

    /**
     * A loan of 5,000,000 đồng to a member, paid out on {@code disbursed} (with its ledger entry, as the fund
     * module records it); {@code reversed}: the payment was reversed since, and the loan is back to approved
     * and not paid out (as {@code fund.loan.Loan} leaves it).
     */
    long loan(long club, long person, LocalDate disbursed, boolean reversed) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into fund_loan_product (club_id, version_no, fee_method, rate_bp, terms, max_amount,"
                        + " frequency, grace_months, overpayment, adopted_on, recorded_by, recorded_at)"
                        + " values (?, (select coalesce(max(version_no), 0) + 1 from fund_loan_product where club_id = ?),"
                        + " 'FLAT', 50, '6,12', 10000000, 'MONTHLY', 0, 'REFUSE', ?, 'thử', current_timestamp)")
                .params(club, club, disbursed.minusMonths(1))
                .update(key, "id");
        long product = key.getKey().longValue();
        key = new GeneratedKeyHolder();
        jdbc.sql("insert into fund_loan (club_id, person_id, product_id, purpose, amount, term_months, applied_on,"
                        + " status, recorded_by, recorded_at, approved_by, approved_on, disbursed_on, disbursed_by)"
                        + " values (?, ?, ?, 'LIVESTOCK', 5000000, 12, ?, 'ACTIVE', 'thu-quy', current_timestamp,"
                        + " 'chu-nhiem', ?, ?, 'thu-quy')")
                .params(club, person, product, disbursed.minusDays(7), disbursed.minusDays(3), disbursed)
                .update(key, "id");
        long loan = key.getKey().longValue();
        long entry = entry(club, "LOAN_FUND", "DISBURSEMENT", disbursed, loan, null);
        if (reversed) {
            entry(club, "LOAN_FUND", "DISBURSEMENT", disbursed.plusDays(2), loan, entry);
            jdbc.sql("update fund_loan set status = 'APPROVED', disbursed_on = null, disbursed_by = null where id = ?")
                    .param(loan)
                    .update();
        }
        return loan;
    }

    /** A ledger entry of 1,000,000 đồng; {@code reverses}: the entry it reverses, or null. */
    long entry(long club, String fund, String kind, LocalDate date, Long loan, Long reverses) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into fund_entry (club_id, fund, kind, entry_date, amount, loan_id, reverses_id, posting,"
                        + " recorded_by, recorded_at) values (?, ?, ?, ?, 1000000, ?, ?, nextval('fund_posting_seq'),"
                        + " 'thu-quy', current_timestamp)")
                .params(club, fund, kind, date, loan, reverses)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A meeting held on a day ({@code reversed}: reversed since, as the meeting module leaves it). */
    void meeting(long club, LocalDate held, boolean reversed) {
        jdbc.sql("insert into meeting (club_id, held_on, live_on, sheet_key, recorded_by, recorded_at, reversed_on,"
                        + " reversal_reason, version) values (?, ?, ?, ?, 'thử', current_timestamp, ?, ?, 0)")
                .params(
                        club,
                        held,
                        reversed ? null : held,
                        UUID.randomUUID().toString(),
                        reversed ? held.plusDays(1) : null,
                        reversed ? "nhầm" : null)
                .update();
    }

    /** An activity of the club in an area on a day ({@code cancelled}: cancelled since). */
    void activity(long club, String area, LocalDate on, boolean cancelled) {
        jdbc.sql("insert into activity (club_id, area_code, kind_code, held_on, title, others_count,"
                        + " beneficiaries_count, cost, recorded_by, recorded_at, cancelled_on, cancel_reason, version)"
                        + " values (?, ?, 'ORDINARY', ?, 'Hoạt động', 0, 0, 0, 'thử', current_timestamp, ?, ?, 0)")
                .params(club, area, on, cancelled ? on : null, cancelled ? "nhầm" : null)
                .update();
    }

    /** A health check of the club's members on a day (area HEALTH). */
    void healthCheck(long club, LocalDate on) {
        jdbc.sql("insert into health_check (club_id, checked_on, station, examiner, recorded_by, recorded_at, version)"
                        + " values (?, ?, 'Trạm y tế', 'Y sĩ', 'thử', current_timestamp, 0)")
                .params(club, on)
                .update();
    }

    /** A case the club opened on a day (its kind decides the area: RIGHTS or SELF_HELP). */
    void helpCase(long club, String kind, LocalDate on) {
        jdbc.sql("insert into help_case (club_id, helped_name, kind, opened_on, recorded_by, recorded_at, version)"
                        + " values (?, 'Người được giúp', ?, ?, 'thử', current_timestamp, 0)")
                .params(club, kind, on)
                .update();
    }

    /**
     * A capital entry of 1,000,000 đồng into the club's loan fund from a funding source (counted once as a
     * resource, through the fund module's fund_capital_v).
     */
    void capital(long club, String source, LocalDate on) {
        jdbc.sql("insert into fund_entry (club_id, fund, kind, entry_date, amount, source, posting, recorded_by,"
                        + " recorded_at) values (?, 'LOAN_FUND', 'CAPITAL', ?, 1000000, ?, nextval('fund_posting_seq'),"
                        + " 'thu-quy', current_timestamp)")
                .params(club, on, source)
                .update();
    }

    /**
     * A training session starting on a day, attended by one person for the club in a role (a board role
     * trains the club; CLUB_MEMBER does not); {@code cancelled}: withdrawn since.
     */
    void training(long club, String role, LocalDate on, boolean cancelled) {
        var key = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into training_session (topic, starts_on, ends_on, trainers, organiser, unit_id, cancelled_on,"
                                + " cancel_reason, recorded_by, recorded_at, version)"
                                + " values ('Tập huấn', ?, ?, 'Hội NCT', 'CITY_ASSOCIATION', ?, ?, ?, 'thử', current_timestamp, 0)")
                .params(on, on.plusDays(1), unit("Xã A").id(), cancelled ? on : null, cancelled ? "nhầm" : null)
                .update(key, "id");
        jdbc.sql("insert into training_participant (session_id, position, full_name, club_id, role)"
                        + " values (?, 0, 'Chủ nhiệm', ?, ?)")
                .params(key.getKey().longValue(), club, role)
                .update();
    }

    /** A monitoring visit on a day with its rating; {@code cancelled}: withdrawn since. */
    void visit(long club, long plan, LocalDate on, String rating, boolean cancelled) {
        int score = switch (rating) {
            case "GOOD" -> 12;
            case "FAIR" -> 8;
            default -> 4;
        };
        jdbc.sql("insert into monitoring_visit (club_id, plan_id, visited_on, visitors, score, max_score, rating,"
                        + " cancelled_on, cancel_reason, recorded_by, recorded_at, version)"
                        + " values (?, ?, ?, 'Cán bộ', ?, 14, ?, ?, ?, 'thử', current_timestamp, 0)")
                .params(club, plan, on, score, rating, cancelled ? on : null, cancelled ? "nhầm" : null)
                .update();
    }

    long member(long club, String name, String sex, int birthYear, LocalDate joined) {
        return member(club, name, sex, null, birthYear, "Kinh", "NONE", false, joined, null);
    }

    /** A 2021–2025 plan on A, B, C with small composition bounds (4–6 members) so clubs stay small. */
    Plan plan(Plans plans) {
        Map<Indicator, Integer> targets = new EnumMap<>(Indicator.class);
        targets.put(Indicator.UNITS_WITH_CLUB, 100);
        targets.put(Indicator.NEW_CLUBS, 3);
        targets.put(Indicator.NEW_CLUBS_YEAR, 1);
        targets.put(Indicator.NEW_CLUB_MEMBERS, 10);
        targets.put(Indicator.OLD_CLUBS_MAINTAINED, 100);
        targets.put(Indicator.CLUBS_COMPOSITION_OK, 100);
        targets.put(Indicator.MEMBERS_WITH_LOANS, 50);
        targets.put(Indicator.CLUBS_FULLY_ACTIVE_WELL_MANAGED, 70);
        targets.put(Indicator.CLUBS_TRAINED_MONITORED, 100);
        Plan draft = new Plan(
                0,
                "Kế hoạch thử " + tag,
                "KH thử",
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2025, 12, 31),
                LocalDate.of(2021, 1, 1),
                new PlanRules(4, 6, 50, 75, 50, 75, 25, 50, 60, 50, 8, 10),
                false,
                null,
                null,
                0,
                Set.of(unit("Xã A").id(), unit("Xã B").id(), unit("Xã C").id()),
                targets,
                List.of());
        long id = plans.insert(draft);
        return plans.find(id).orElseThrow();
    }
}
