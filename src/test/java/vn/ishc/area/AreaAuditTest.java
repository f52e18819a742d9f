package vn.ishc.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.AuditedChanges;
import vn.ishc.IntegrationTest;

/**
 * A unit import and a correction of a unit change are in the audit trail, with old and new values. The
 * units imported lived in the 1990s only, so the other tests' units of today are not disturbed.
 */
@IntegrationTest
class AreaAuditTest {
    @Autowired
    UnitCsvImport csvImport;

    @Autowired
    UnitChangeCorrection correction;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aCorrectedChangeIsRecordedWithItsOldAndNewDate() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        AuditedChanges.as(
                accounts,
                "demo-admin",
                () -> assertThat(csvImport
                                .load(String.join(
                                        "\n",
                                        "key,code,name,type,parent,valid_from,valid_to,formed_from,merged_into,change_kind,legal_reference,note",
                                        "a,1,Xã A " + tag + ",xã,,1990-01-01,1994-10-31,,,,,",
                                        "b,2,Xã B " + tag + ",xã,,1990-01-01,1994-10-31,,,,,",
                                        "ab,3,Xã AB " + tag + ",xã,,1994-11-01,1995-12-31,a|b,,,NQ 9/NQ-AUDIT,"))
                                .problems())
                        .isEmpty());
        assertThat(AuditedChanges.latest(jdbc, "unit-import", "csv", "UnitsImported")
                        .changes()
                        .get("units"))
                .containsExactly(null, "3");
        UnitView ab = units.all().stream()
                .filter(u -> u.name().equals("Xã AB " + tag))
                .findFirst()
                .orElseThrow();
        ChangeView change = units.historyOf(ab.id()).get(0);
        AuditedChanges.as(
                accounts,
                "demo-admin",
                () -> correction.correct(new CorrectUnitChange(
                        change.id(), LocalDate.of(1994, 12, 1), "NQ 9/NQ-AUDIT", true, null, change.version())));
        var entry = AuditedChanges.latest(jdbc, "unit-change", change.id(), "UnitChangeCorrected");
        assertThat(entry.username()).isEqualTo("demo-admin");
        assertThat(entry.changes().get("effectiveDate")).containsExactly("1994-11-01", "1994-12-01");
    }
}
