package vn.ishc.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.IntegrationTest;
import vn.ishc.shared.DemoData;

/** Loading demo data again changes nothing (the application loaded it once at start-up). */
@IntegrationTest
class DemoDataTest {
    @Autowired
    List<DemoData> contributors;

    @Autowired
    JdbcClient jdbc;

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void demoDataIsIdempotent() {
        long clubs = count("club");
        long accounts = count("app_user");
        long units = count("admin_unit");
        long entries = count("fund_entry");
        long loans = count("fund_loan");
        contributors.forEach(DemoData::load);
        assertThat(count("fund_entry")).isEqualTo(entries);
        assertThat(count("fund_loan")).isEqualTo(loans);
        assertThat(count("club")).isEqualTo(clubs);
        assertThat(count("app_user")).isEqualTo(accounts);
        assertThat(count("admin_unit")).isEqualTo(units);
        assertThat(jdbc.sql("select count(*) from app_user where username like 'demo-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
    }
}
