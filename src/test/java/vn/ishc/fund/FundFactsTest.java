package vn.ishc.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.ishc.IntegrationTest;

/**
 * {@link FundFacts#receivedBy}, the probe of the ledger other modules' SQL asks "had this fund of the club
 * received money by this day", says what the published view {@code fund_receipt_v} says, on the database of
 * the build (H2, and PostgreSQL in the {@code postgresql} execution): for a club of its own whose receipts
 * are reversed, preceded by expenses and fees that are not receipts, around each day they change, and for
 * every club of the database on a few days.
 */
@IntegrationTest
class FundFactsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    long club() {
        long unit = jdbc.sql("select min(unit_id) from club").query(Long.class).single();
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into club (name, unit_id, founded_on) values (?, ?, ?)")
                .params("CLB quỹ " + System.nanoTime(), unit, d(2019, 12, 1))
                .update(key, "id");
        return key.getKey().longValue();
    }

    long entry(long club, String fund, String kind, LocalDate date, Long reverses) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into fund_entry (club_id, fund, kind, entry_date, amount, reverses_id, posting,"
                        + " recorded_by, recorded_at) values (?, ?, ?, ?, 1000000, ?, nextval('fund_posting_seq'),"
                        + " 'thu-quy', current_timestamp)")
                .params(club, fund, kind, date, reverses)
                .update(key, "id");
        return key.getKey().longValue();
    }

    boolean probe(long club, String fund, LocalDate day) {
        return jdbc.sql("select case when " + FundFacts.receivedBy("c.id", fund, ":day")
                                + " then 1 else 0 end from club c where c.id = :club")
                        .param("day", day)
                        .param("club", club)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    boolean view(long club, String fund, LocalDate day) {
        return jdbc.sql("select count(*) from fund_receipt_v where club_id = ? and fund = ? and entry_date <= ?")
                        .params(club, fund, day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Test
    void theProbeSaysWhatTheViewOfReceiptsSays() {
        long club = club();
        // The loan fund: capital on 1/3/2020 reversed on 5/3, a fee (not a receipt) on 1/4, capital again on 1/6.
        long capital = entry(club, "LOAN_FUND", "CAPITAL", d(2020, 3, 1), null);
        entry(club, "LOAN_FUND", "CAPITAL", d(2020, 3, 5), capital);
        entry(club, "LOAN_FUND", "FEE_RECEIVED", d(2020, 4, 1), null);
        entry(club, "LOAN_FUND", "OPENING_CAPITAL", d(2020, 6, 1), null);
        // The activity fund: an expense on 10/1/2020, a membership fee on 1/2.
        entry(club, "ACTIVITY_FUND", "SICK_VISIT", d(2020, 1, 10), null);
        entry(club, "ACTIVITY_FUND", "MEMBERSHIP_FEE", d(2020, 2, 1), null);

        for (LocalDate day : List.of(
                d(2020, 1, 10),
                d(2020, 1, 31),
                d(2020, 2, 1),
                d(2020, 3, 1),
                d(2020, 4, 1),
                d(2020, 5, 31),
                d(2020, 6, 1))) {
            for (String fund : List.of("LOAN_FUND", "ACTIVITY_FUND")) {
                assertThat(probe(club, fund, day)).as(fund + " " + day).isEqualTo(view(club, fund, day));
            }
        }
        // The hand-worked answers: the reversed capital never counts, the fee is not a receipt.
        assertThat(probe(club, "LOAN_FUND", d(2020, 5, 31))).isFalse();
        assertThat(probe(club, "LOAN_FUND", d(2020, 6, 1))).isTrue();
        assertThat(probe(club, "ACTIVITY_FUND", d(2020, 1, 31))).isFalse();
        assertThat(probe(club, "ACTIVITY_FUND", d(2020, 2, 1))).isTrue();

        // Every club of the database.
        for (LocalDate day : List.of(d(2021, 1, 1), d(2024, 6, 30), LocalDate.now(clock))) {
            for (String fund : List.of("LOAN_FUND", "ACTIVITY_FUND")) {
                List<Long> probed = jdbc.sql("select c.id from club c where "
                                + FundFacts.receivedBy("c.id", fund, ":day") + " order by c.id")
                        .param("day", day)
                        .query(Long.class)
                        .list();
                List<Long> viewed = jdbc.sql("select c.id from club c where exists (select 1 from fund_receipt_v f"
                                + " where f.club_id = c.id and f.fund = :fund and f.entry_date <= :day) order by c.id")
                        .param("fund", fund)
                        .param("day", day)
                        .query(Long.class)
                        .list();
                assertThat(probed).as(fund + " " + day).isEqualTo(viewed);
            }
        }
    }

    @Test
    void onlyTheTwoFundsCanBeAskedFor() {
        assertThatThrownBy(() -> FundFacts.receivedBy("c.id", "LOAN_FUND' or 1 = 1 --", ":day"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
