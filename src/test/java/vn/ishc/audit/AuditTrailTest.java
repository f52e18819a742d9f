package vn.ishc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;
import vn.ishc.shared.PersonalDataViewed;

/**
 * The trail is append-only in the database itself (on H2 and PostgreSQL alike), only the retention purge
 * removes entries, no other code in the application writes an update or delete of it, and the screens
 * show each reader what their role and scope allow.
 */
@IntegrationTest
class AuditTrailTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditRetention retention;

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    UserDetailsService accounts;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    record Probe(String id) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of("club", id, "ClubChanged", null, null, List.of(new FieldChange("name", "a", "b")));
        }
    }

    @Test
    void theAuditTablesRefuseUpdatesAndDeletesThroughJdbc() {
        events.publishEvent(new Probe("append-only"));
        events.publishEvent(new PersonalDataViewed("member-page", "append-only", null, null, List.of(1L)));
        for (String sql : List.of(
                "update audit_entry set username = 'someone-else'",
                "delete from audit_entry",
                "update audit_change set new_value = 'forged'",
                "delete from audit_change",
                "update audit_access set username = 'someone-else'",
                "delete from audit_access")) {
            assertThatThrownBy(() -> jdbc.sql(sql).update())
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where record_id = 'append-only'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    record Renamed(String id) implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                    "club", id, "ClubRenamedForTheFilter", null, null, List.of(new FieldChange("name", "b", "c")));
        }
    }

    @Test
    @WithUserDetails("demo-admin")
    void changesAreFilteredByActionInTheDatabase() {
        events.publishEvent(new Probe("by-action"));
        events.publishEvent(new Renamed("by-action"));
        AuditPage<AuditEntry> renamed =
                trail.changes(new AuditQuery("club", "ClubRenamedForTheFilter", "by-action", null, null, null, 0, 10));
        assertThat(renamed.entries()).extracting(AuditEntry::action).containsExactly("ClubRenamedForTheFilter");
        assertThat(renamed.total()).isEqualTo(1);
        assertThat(trail.changes(new AuditQuery("club", "by-action", null, null, null, 0, 10))
                        .entries())
                .extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("ClubChanged", "ClubRenamedForTheFilter");
        assertThatThrownBy(() -> trail.views(new AuditQuery(null, "ClubChanged", null, null, null, null, 0, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRetentionPurgeRemovesOnlyWhatIsOlderThanTheSetting() {
        events.publishEvent(new Probe("kept"));
        jdbc.sql("insert into audit_entry (at, username, record_type, record_id, action)"
                        + " values (:at, 'old', 'club', 'too-old', 'ClubChanged')")
                .param("at", LocalDateTime.of(2015, 1, 1, 0, 0))
                .update();
        jdbc.sql("insert into audit_access (at, username, what, person_count) values (:at, 'old', 'member-page', 0)")
                .param("at", LocalDateTime.of(2015, 1, 1, 0, 0))
                .update();
        assertThat(retention.purge()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where record_id in ('too-old', 'kept')")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // The purge's permission ends with it.
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void nothingElseInTheApplicationUpdatesOrDeletesTheTrail() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<String> offenders = files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().contains("db" + java.io.File.separator))
                    .filter(f -> !f.getFileName().toString().equals("AuditRetention.java"))
                    .filter(f -> {
                        try {
                            String text = Files.readString(f).toLowerCase().replaceAll("\\s+", " ");
                            return text.matches("(?s).*(update audit_|delete from audit_|truncate.*audit_).*");
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void administratorsSeeEverythingCityOfficersTheirTerritoryOthersNothing() throws Exception {
        events.publishEvent(new Probe("administration-only"));
        mvc.perform(get("/audit").param("id", "administration-only").with(as("demo-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("#administration-only")));
        mvc.perform(get("/audit").param("id", "administration-only").with(as("demo-city")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("#administration-only"))));
        mvc.perform(get("/audit").param("type", "club").with(as("demo-city")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("audit-row")));
        for (String user : List.of("demo-ward", "demo-club", "demo-viewer")) {
            mvc.perform(get("/audit").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/audit/access").with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/audit/export.csv").with(as("demo-admin"))).andExpect(status().isOk());
        mvc.perform(get("/audit/access/export.xlsx").with(as("demo-admin"))).andExpect(status().isOk());
        mvc.perform(get("/audit").param("from", "not-a-date").with(as("demo-admin")))
                .andExpect(status().isBadRequest());
    }
}
