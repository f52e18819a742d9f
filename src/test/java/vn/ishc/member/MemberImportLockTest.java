package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;
import vn.ishc.report.MonthlyCommands;
import vn.ishc.report.MonthlyReportService;

/**
 * The member import into a club whose month is locked: one row joining in that month refuses the whole file
 * with the message naming the month, nothing is saved; after the month is unlocked the same file imports.
 */
@IntegrationTest
class MemberImportLockTest {
    static final YearMonth MONTH = YearMonth.of(2026, 5);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MonthlyReportService reports;

    @Autowired
    JdbcClient jdbc;

    long members(long club) {
        return jdbc.sql("select count(*) from membership where club_id = ?")
                .param(club)
                .query(Long.class)
                .single();
    }

    MvcResult commit(long importId) throws Exception {
        return mvc.perform(post("/member-imports/{id}/commit", importId)
                        .with(user(accounts.loadUserByUsername("demo-ward")))
                        .with(csrf()))
                .andReturn();
    }

    @Test
    void aRowInALockedMonthRefusesTheWholeImportNamingTheMonth() throws Exception {
        long club = TestClubs.found(accounts, "demo-ward", clubs, "CLB nhập khóa", 10, LocalDate.of(2018, 1, 1))
                .id();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        byte[] file = MemberImportTest.workbook(List.of(
                MemberImportTest.person(
                        "Nguyễn Thị Mở " + suffix,
                        "nữ",
                        "1955",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "10/04/2026"),
                MemberImportTest.person(
                        "Trần Văn Khóa " + suffix,
                        "nam",
                        "1950",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "31/05/2026")));
        TestClubs.as(accounts, "demo-admin", () -> reports.submit(new MonthlyCommands.Submit(club, MONTH, null, null)));
        TestClubs.as(
                accounts, "demo-ward", () -> reports.approve(new MonthlyCommands.Approve(club, MONTH, null, null)));

        MvcResult upload = mvc.perform(multipart("/clubs/{id}/members/import", club)
                        .file(new MockMultipartFile("file", "danh-sach.xlsx", "application/octet-stream", file))
                        .with(user(accounts.loadUserByUsername("demo-ward")))
                        .with(csrf()))
                .andReturn();
        Matcher m = MemberImportTest.IMPORT_URL.matcher(upload.getResponse().getRedirectedUrl());
        assertThat(m.matches()).isTrue();
        long importId = Long.parseLong(m.group(1));

        MvcResult refused = commit(importId);
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("import-message")
                .contains("Tháng 5/2026 của CLB")
                .contains("đã được duyệt và khóa sổ");
        assertThat(members(club)).isZero();

        TestClubs.as(
                accounts,
                "demo-admin",
                () -> reports.unlock(
                        new MonthlyCommands.Unlock(club, MONTH, "Bổ sung thành viên kết nạp tháng 5", null)));
        assertThat(commit(importId).getResponse().getStatus()).isEqualTo(302);
        assertThat(members(club)).isEqualTo(2);
    }
}
