package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.web.Endpoints.Kind;

/**
 * No page answers 500 (issue 11): every HTML GET page the application maps, found in Spring MVC's
 * mappings so a new page is covered without touching this test, is opened for every demo club (and its
 * first member, person, loan, unit and a pending import), and for a club founded here with nothing yet,
 * as the administrator, who may use every page,
 * and for the board's own club as the board. Exports are fetched in every format; pages with an htmx
 * fragment are fetched as htmx too. A path variable the test cannot fill fails it, so no page is skipped
 * silently. Nothing here depends on today's date or on the demo's figures.
 */
@IntegrationTest
class EveryPageTest {
    private static final List<String> FORMATS = List.of("xlsx", "csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ClubDirectory clubs;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    List<String> pages() {
        return Endpoints.pages(mappings);
    }

    static Map<String, Kind> variables(String pattern) {
        return Endpoints.variables(pattern);
    }

    @Test
    void everyVariableOfEveryPageIsKnown() {
        List<String> pages = pages();
        assertThat(pages).contains("/clubs/{id}/loans/new", "/clubs/{id}", "/");
        pages.forEach(EveryPageTest::variables);
    }

    @Test
    void noPageAnswersAServerErrorForAnyDemoClub() throws Exception {
        List<ClubView> demo = new ArrayList<>(clubs.allForAdministration().stream()
                .filter(c -> DemoClubs.names().contains(c.name()))
                .toList());
        assertThat(demo).hasSizeGreaterThan(1);
        // The demo has clubs without lending rules, suspended and dissolved ones; add one with nothing yet.
        ClubView fresh = newClub();
        demo.add(fresh);
        meetingOf(fresh);
        long boardClub = demo.stream()
                .filter(c -> c.name().equals(DemoClubs.DEMO_BOARD_CLUB))
                .findFirst()
                .orElseThrow()
                .id();

        Map<Long, Long> imports = new TreeMap<>();
        for (ClubView club : demo) pendingImport(club.id()).ifPresent(id -> imports.put(club.id(), id));
        assertThat(imports).as("a pending import in some demo club").isNotEmpty();

        List<String> failures = new ArrayList<>();
        Map<String, Integer> opened = new TreeMap<>();
        try {
            for (String pattern : pages()) {
                Map<String, Kind> kinds = variables(pattern);
                boolean perClub = kinds.values().stream().anyMatch(Kind::ofAClub);
                int requests = 0;
                for (ClubView club : perClub ? demo : demo.subList(0, 1)) {
                    for (String url : urls(pattern, kinds, club, imports.get(club.id()))) {
                        requests++;
                        check("demo-admin", url, failures);
                        if (club.id() == boardClub) check("demo-club", url, failures);
                    }
                }
                opened.put(pattern, requests);
            }
        } finally {
            for (long importId : imports.values()) {
                mvc.perform(post("/member-imports/{id}/discard", importId)
                        .with(as("demo-admin"))
                        .with(csrf()));
            }
        }
        opened.forEach((pattern, n) -> assertThat(n)
                .as("%s was opened at least once (its variables have values in the demo)", pattern)
                .isPositive());
        assertThat(failures).as("pages that failed").isEmpty();
    }

    /** A club founded now, with no members, no board, no fund entries and no lending rules. */
    ClubView newClub() {
        return TestClubs.found(accounts, "demo-admin", clubs, "CLB mọi trang", 10, LocalDate.of(2020, 1, 1));
    }

    /** A meeting of the new club (no members, nothing taken), so that the meeting's page has one to show. */
    void meetingOf(ClubView club) throws Exception {
        LocalDate day = club.foundedOn().plusMonths(1);
        MvcResult result = mvc.perform(post("/clubs/{id}/meetings/sheet", club.id())
                        .param("key", "every-page-" + club.id())
                        .param("heldOn", day.toString())
                        .param("place", "Nhà văn hóa")
                        .with(as("demo-admin"))
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/meetings/");
    }

    /** Opens the page as the user, plain and as htmx; records any server error or exception. */
    void check(String username, String url, List<String> failures) {
        for (boolean htmx : new boolean[] {false, true}) {
            try {
                var request = get(url).with(as(username));
                if (htmx) request.header("HX-Request", "true");
                MvcResult result = mvc.perform(request).andReturn();
                int status = result.getResponse().getStatus();
                if (status >= 500) failures.add(username + (htmx ? " htmx " : " ") + url + " → " + status);
                if (status == 403 && username.equals("demo-admin"))
                    failures.add(username + (htmx ? " htmx " : " ") + url + " → 403 for the administrator");
            } catch (Exception e) {
                Throwable root = e;
                while (root.getCause() != null) root = root.getCause();
                failures.add(username + (htmx ? " htmx " : " ") + url + " → " + root);
            }
        }
    }

    /** The page's addresses for this club: every combination of its variables' values (none if one is missing). */
    List<String> urls(String pattern, Map<String, Kind> kinds, ClubView club, Long importId) {
        Endpoints.Values values = new Endpoints.Values(jdbc, FORMATS);
        return Endpoints.urls(pattern, kinds, kind -> values.of(kind, club, importId));
    }

    Optional<Long> pendingImport(long clubId) throws Exception {
        return Endpoints.pendingImport(mvc, accounts, "demo-admin", clubId);
    }
}
