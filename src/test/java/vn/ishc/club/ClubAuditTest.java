package vn.ishc.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.AuditedChanges;
import vn.ishc.IntegrationTest;

/** A club's rename and status change are in the audit trail with old and new values (rolled back after). */
@IntegrationTest
@Transactional
class ClubAuditTest {
    @Autowired
    ClubDirectory clubs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aRenameAndAStatusChangeAreRecordedWithOldAndNewValues() {
        var row = jdbc.sql("select id, name, unit_id, version from club where name like '%Tổ dân phố 3 Tân Lập%'")
                .query()
                .singleRow();
        long id = ((Number) row.get("id")).longValue();
        String old = (String) row.get("name");
        AuditedChanges.as(accounts, "demo-ward", () -> {
            ClubView renamed =
                    clubs.rename(new RenameClub(id, "CLB đổi tên", ((Number) row.get("version")).intValue()));
            clubs.changeStatus(new ClubCommands.ChangeClubStatus(
                    id, renamed.version(), ClubStatus.SUSPENDED, java.time.LocalDate.of(2026, 11, 1), "Tạm dừng"));
        });
        var renamed = AuditedChanges.latest(jdbc, "club", id, "ClubChanged");
        assertThat(renamed.username()).isEqualTo("demo-ward");
        assertThat(renamed.unitId()).isEqualTo(((Number) row.get("unit_id")).longValue());
        assertThat(renamed.changes()).containsExactly(java.util.Map.entry("name", Arrays.asList(old, "CLB đổi tên")));
        var suspended = AuditedChanges.latest(jdbc, "club", id, "ClubStatusChanged");
        assertThat(suspended.changes().get("status")).containsExactly("ACTIVE", "SUSPENDED");
        assertThat(suspended.reason()).isEqualTo("Tạm dừng");
    }
}
