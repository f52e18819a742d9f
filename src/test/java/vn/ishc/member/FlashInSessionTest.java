package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;

/**
 * What a saved change puts in the session reaches the next page (issue 11): sessions live in the
 * database, serialised, so a flash attribute that does not serialise made a member import that saved
 * every row answer 500. Each flow here saves a change that moves a club's composition out of band, as the
 * import of 3,000 rows did (an import, a member registered by hand), then follows the redirect in the same session: it must answer the redirect,
 * show the composition warning, and leave only attributes that read back from {@code
 * spring_session_attributes}.
 */
@IntegrationTest
class FlashInSessionTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ClubDirectory clubs;

    /** A new club in the former Phường Tân Lập (unit 10), in demo-ward's territory, with no members. */
    long newClub() {
        return TestClubs.found(accounts, "demo-ward", clubs, "CLB phiên thử", 10, LocalDate.of(2018, 1, 1))
                .id();
    }

    long members(long club) {
        return jdbc.sql("select count(*) from membership where club_id = ? and left_on is null")
                .param(club)
                .query(Long.class)
                .single();
    }

    RequestPostProcessor ward() {
        return user(accounts.loadUserByUsername("demo-ward"));
    }

    /** A club's worth of people: women born in 1950 (older) and men born in 1990 (younger). */
    static List<List<Object>> people(int women, int men) {
        List<List<Object>> rows = new ArrayList<>();
        String batch = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < women; i++)
            rows.add(MemberImportTest.person("Nguyễn Thị Thử " + batch + " " + i, "Nữ", "1950"));
        for (int i = 0; i < men; i++)
            rows.add(MemberImportTest.person("Trần Văn Thử " + batch + " " + i, "Nam", "1990"));
        return rows;
    }

    /** Uploads and commits the people in one session; the commit's answer. */
    MvcResult importPeople(long club, List<List<Object>> rows, Cookie session) throws Exception {
        var upload = multipart("/clubs/{id}/members/import", club)
                .file(new MockMultipartFile(
                        "file", "danh-sach.xlsx", "application/octet-stream", MemberImportTest.workbook(rows)))
                .with(ward())
                .with(csrf());
        if (session != null) upload.cookie(session);
        String preview = mvc.perform(upload).andReturn().getResponse().getRedirectedUrl();
        assertThat(preview).startsWith("/member-imports/");
        var commit = post(preview + "/commit").with(ward()).with(csrf());
        if (session != null) commit.cookie(session);
        return mvc.perform(commit).andReturn();
    }

    /** The page the redirect leads to, in the session the redirect was answered in. */
    String follow(MvcResult redirect) throws Exception {
        assertThat(redirect.getResponse().getStatus()).isEqualTo(302);
        Cookie session = redirect.getResponse().getCookie("SESSION");
        assertThat(session)
                .as("the flash attributes were put in a database session")
                .isNotNull();
        MvcResult page = mvc.perform(get(redirect.getResponse().getRedirectedUrl())
                        .with(ward())
                        .cookie(session))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anImportThatMovesTheCompositionOutOfBandSaysSoAfterSaving() throws Exception {
        long club = newClub();
        // 50 members, 60 % women, 60 % older, 40 % younger: every rule in band.
        follow(importPeople(club, people(30, 20), null));
        // Ten more men: women, older and younger out of band, which the saved import warns about.
        MvcResult committed = importPeople(club, people(0, 10), null);
        assertThat(members(club)).isEqualTo(60);
        String page = follow(committed);
        assertThat(page).contains("id=\"flash\"", "id=\"composition-warning\"");
        everySessionAttributeReadsBack();
    }

    @Test
    void aMemberRegisteredThatMovesTheCompositionOutOfBandSaysSo() throws Exception {
        long club = newClub();
        follow(importPeople(club, people(30, 20), null));
        // A 51st member, a younger man: women fall below 60 % (and members stay in band).
        MvcResult registered = mvc.perform(post("/clubs/{id}/members/new", club)
                        .param(
                                "fullName",
                                "Lê Văn Thử " + UUID.randomUUID().toString().substring(0, 6))
                        .param("sex", "MALE")
                        .param("birthYear", "1990")
                        .param("ethnicity", "Kinh")
                        .param("householdStatus", "NONE")
                        .param("joinedOn", LocalDate.now(clock).toString())
                        .with(ward())
                        .with(csrf()))
                .andReturn();
        assertThat(members(club)).isEqualTo(51);
        String page = follow(registered);
        assertThat(page).contains("id=\"flash\"", "id=\"composition-warning\"");
        everySessionAttributeReadsBack();
    }

    /** Every attribute of every stored session deserialises (what another instance would read). */
    void everySessionAttributeReadsBack() {
        List<String> unreadable = new ArrayList<>();
        jdbc.sql("select attribute_name, attribute_bytes from spring_session_attributes")
                .query(rs -> {
                    try (ObjectInputStream in =
                            new ObjectInputStream(new ByteArrayInputStream(rs.getBytes("attribute_bytes")))) {
                        in.readObject();
                    } catch (Exception e) {
                        unreadable.add(rs.getString("attribute_name") + ": " + e);
                    }
                });
        assertThat(unreadable).isEmpty();
    }
}
