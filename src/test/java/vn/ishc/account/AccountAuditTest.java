package vn.ishc.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.AuditedChanges;
import vn.ishc.IntegrationTest;

/** Opening an account and changing its password are recorded; the password never is (rolled back after). */
@IntegrationTest
@Transactional
class AccountAuditTest {
    @Autowired
    AccountService service;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void anOpenedAccountAndAPasswordChangeAreRecordedWithoutThePassword() {
        long[] id = new long[1];
        AuditedChanges.as(
                accounts,
                "demo-admin",
                () -> id[0] = service.open(
                                new OpenAccount("audit-test", "Audit Test", "secret-one", Role.VIEWER, 1L, null))
                        .id());
        var opened = AuditedChanges.latest(jdbc, "account", id[0], "AccountOpened");
        assertThat(opened.username()).isEqualTo("demo-admin");
        assertThat(opened.changes().get("role")).containsExactly(null, "VIEWER");
        assertThat(opened.changes().get("username")).containsExactly(null, "audit-test");
        service.changePassword(new ChangePassword(id[0], "secret-one", "secret-two"));
        var changed = AuditedChanges.latest(jdbc, "account", id[0], "PasswordChanged");
        assertThat(changed.changes().get("password")).containsExactly(null, "••••••••");
        String everything = String.join(
                ",",
                jdbc.sql("select coalesce(old_value, '') || '|' || coalesce(new_value, '') from audit_change")
                        .query(String.class)
                        .list());
        assertThat(everything).doesNotContain("secret-one", "secret-two", "$2a$");
    }
}
