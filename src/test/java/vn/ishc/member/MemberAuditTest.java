package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.AuditedChanges;
import vn.ishc.IntegrationTest;

/** A corrected person and a member leaving are recorded with old and new values (rolled back after). */
@IntegrationTest
@Transactional
class MemberAuditTest {
    @Autowired
    MemberRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aCorrectionAndALeavingAreRecordedWithOldAndNewValues() {
        long membershipId = jdbc.sql("select m.id from membership m join club c on c.id = m.club_id"
                        + " where c.name like '%Tổ dân phố 3 Tân Lập%' and m.left_on is null order by m.id limit 1")
                .query(Long.class)
                .single();
        AuditedChanges.as(accounts, "demo-club", () -> {
            MemberView m = registry.membership(membershipId);
            PersonDetails d = m.person();
            PersonDetails changed = new PersonDetails(
                    d.fullName(),
                    d.sex(),
                    d.birthDate(),
                    d.birthYear(),
                    d.ethnicity(),
                    d.householdStatus(),
                    d.householdStatusYear(),
                    d.disability(),
                    d.livesAlone(),
                    d.otherHardship(),
                    d.nationalId(),
                    "0912 345 678",
                    "Tổ 99");
            registry.update(new MemberCommands.UpdatePerson(m.personId(), m.personVersion(), changed, true));
            registry.leave(
                    new MemberCommands.LeaveClub(membershipId, java.time.LocalDate.of(2026, 11, 20), "Chuyển nhà"));
        });
        long personId = jdbc.sql("select person_id from membership where id = ?")
                .param(membershipId)
                .query(Long.class)
                .single();
        var corrected = AuditedChanges.latest(jdbc, "person", personId, "PersonChanged");
        assertThat(corrected.username()).isEqualTo("demo-club");
        assertThat(corrected.changes().get("residentialGroup").get(1)).isEqualTo("Tổ 99");
        // The phone number enters the trail only as its last four digits.
        assertThat(corrected.changes().get("phone").get(1)).endsWith("678").doesNotContain("0912");
        var left = AuditedChanges.latest(jdbc, "membership", membershipId, "MemberLeft");
        assertThat(left.changes().get("leftOn")).containsExactly(null, "2026-11-20");
        assertThat(left.reason()).isEqualTo("Chuyển nhà");
    }
}
