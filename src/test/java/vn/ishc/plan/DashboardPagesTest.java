package vn.ishc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;

/** The dashboard, the lists behind its figures and the indicator API, on the demo data of Buôn Ma Thuột. */
@IntegrationTest
class DashboardPagesTest {
    /** The seeded Buôn Ma Thuột plan and the city it covers (V2, V20). */
    static final long BMT_PLAN = 1;

    static final long BMT_CITY = 3;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void theCityOfficerSeesEveryIndicatorWithTargetsAndNoMadeUpFigures() throws Exception {
        mvc.perform(get("/dashboard").with(as("demo-city")).param("asOf", "2023-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"card-UNITS_WITH_CLUB\"")))
                .andExpect(content().string(containsString("id=\"card-RESOURCES_MOBILISED\"")))
                .andExpect(content().string(not(containsString("Chưa có dữ liệu"))))
                .andExpect(content().string(containsString("id=\"fraction-CLUBS_TRAINED_MONITORED\"")))
                .andExpect(content().string(containsString("Chỉ tiêu: 19")))
                .andExpect(content().string(containsString("Thành phố Buôn Ma Thuột, tính đến ngày 31/12/2023")))
                .andExpect(content().string(containsString("/assets/js/dashboard-charts.js")))
                .andExpect(content().string(containsString("id=\"wards-table\"")));
    }

    @Test
    void theListsBehindTheFiguresCarryTheView() throws Exception {
        for (String indicator : List.of(
                "UNITS_WITH_CLUB",
                "NEW_CLUBS",
                "NEW_CLUBS_YEAR",
                "NEW_CLUB_MEMBERS",
                "NEW_CLUB_OLDER_MEMBERS",
                "OLD_CLUBS_MAINTAINED",
                "CLUBS_COMPOSITION_OK",
                "DISADVANTAGED_MEMBERS")) {
            for (String era : List.of("plan", "current")) {
                mvc.perform(get("/dashboard/list")
                                .with(as("demo-city"))
                                .param("indicator", indicator)
                                .param("asOf", "2025-12-31")
                                .param("units", era))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("id=\"list-title\"")))
                        .andExpect(content().string(containsString("asOf=2025-12-31")));
            }
        }
        // The composition list names the rule a failing club breaks.
        mvc.perform(get("/dashboard/list")
                        .with(as("demo-city"))
                        .param("indicator", "CLUBS_COMPOSITION_OK")
                        .param("asOf", "2025-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"drill-list\"")));
    }

    @Test
    void theListsDownloadAsExcelAndCsv() throws Exception {
        String csv = mvc.perform(get("/dashboard/list/export.csv")
                        .with(as("demo-city"))
                        .param("indicator", "CLUBS_COMPOSITION_OK")
                        .param("asOf", "2025-12-31")
                        .param("units", "plan"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Tên câu lạc bộ", "Chưa đạt", "CLB Liên thế hệ tự giúp nhau");
        mvc.perform(get("/dashboard/list/export.xlsx")
                        .with(as("demo-city"))
                        .param("indicator", "NEW_CLUB_MEMBERS")
                        .param("asOf", "2025-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(vn.ishc.shared.TableExport.XLSX_MEDIA_TYPE));
        mvc.perform(get("/dashboard/list/export.csv")
                        .with(as("demo-city"))
                        .param("indicator", "UNITS_WITH_CLUB")
                        .param("asOf", "2023-12-31")
                        .param("units", "plan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Thắng Lợi")));
        mvc.perform(get("/dashboard/list/export.pdf").with(as("demo-city")).param("indicator", "NEW_CLUBS"))
                .andExpect(status().isNotFound());
    }

    @Test
    void badParametersAreA400WithAMessage() throws Exception {
        mvc.perform(get("/dashboard").with(as("demo-city")).param("asOf", "31-12-2023"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard").with(as("demo-city")).param("units", "old"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("units")));
        mvc.perform(get("/dashboard/list").with(as("demo-city")).param("indicator", "NOPE"))
                .andExpect(status().isBadRequest());
        // The last three indicators have their lists: the clubs, and the resource entries.
        mvc.perform(get("/dashboard/list").with(as("demo-city")).param("indicator", "CLUBS_TRAINED_MONITORED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"drill-list\"")));
        mvc.perform(get("/dashboard/list").with(as("demo-city")).param("indicator", "RESOURCES_MOBILISED"))
                .andExpect(status().isOk());
        mvc.perform(get("/dashboard/list/export.csv").with(as("demo-city")).param("indicator", "RESOURCES_MOBILISED"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/indicators")
                        .with(httpBasic("demo-city", "demo"))
                        .param("units", "old"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("\"plan\"")));
        mvc.perform(get("/api/v1/indicators")
                        .with(httpBasic("demo-city", "demo"))
                        .param("asOf", "2023-13-01"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/indicators")
                        .with(httpBasic("demo-city", "demo"))
                        .param("plan", "999999"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aUnitOutsideTheScopeIsNotFound() throws Exception {
        // The ward officer of the 2025 Phường Tân Lập does not see the city as a whole.
        mvc.perform(get("/api/v1/indicators")
                        .with(httpBasic("demo-ward", "demo"))
                        .param("unit", String.valueOf(BMT_CITY)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard").with(as("demo-ward")).param("unit", String.valueOf(BMT_CITY)))
                .andExpect(status().isNotFound());
        // Their own ward, by the plan's units: Tân Lập, Tân Hòa and Hòa Thắng of 2021.
        mvc.perform(get("/api/v1/indicators")
                        .with(httpBasic("demo-ward", "demo"))
                        .param("asOf", "2023-12-31")
                        .param("units", "plan"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").value(BMT_PLAN))
                .andExpect(jsonPath("$.rows[?(@.formedFromSeveral == false)]", hasSize(3)));
    }

    @Test
    void theApiDefaultsToTheCallersScopeAndThePlanInForce() throws Exception {
        mvc.perform(get("/api/v1/indicators")
                        .with(httpBasic("demo-city", "demo"))
                        .param("asOf", "2023-12-31")
                        .param("units", "plan")
                        .param("trend", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").value(BMT_PLAN))
                .andExpect(jsonPath("$.unitId").value(BMT_CITY))
                .andExpect(jsonPath("$.rows[?(@.formedFromSeveral == false)]", hasSize(21)))
                .andExpect(jsonPath("$.indicators", hasSize(Indicator.values().length)))
                .andExpect(jsonPath("$.indicators[0].code").value("UNITS_WITH_CLUB"))
                .andExpect(jsonPath("$.indicators[0].target").value(100))
                .andExpect(jsonPath("$.indicators[0].denominator").value(21))
                .andExpect(jsonPath("$.indicators[?(@.status == 'NO_DATA')]", hasSize(0)))
                .andExpect(jsonPath("$.indicators[?(@.code == 'RESOURCES_MOBILISED')].bySource")
                        .isNotEmpty())
                .andExpect(jsonPath("$.indicators[?(@.code == 'CLUBS_TRAINED_MONITORED')].trend")
                        .isNotEmpty())
                // The demo clubs' loans (fund module) are counted: some members have borrowed.
                .andExpect(jsonPath("$.indicators[?(@.code == 'MEMBERS_WITH_LOANS')].status")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.contains("NO_DATA"))))
                .andExpect(jsonPath("$.indicators[?(@.code == 'MEMBERS_WITH_LOANS')].numerator")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.greaterThan(0))));
        mvc.perform(get("/api/v1/plans").with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 1)].targets[?(@.code == 'NEW_CLUBS')].target")
                        .value(org.hamcrest.Matchers.contains(19)))
                .andExpect(jsonPath("$[?(@.id == 1)].unitIds[*]", hasSize(21)));
    }

    @Test
    void theTrendIsComputedOnlyWhenAskedFor() throws Exception {
        // The API leaves it out unless trend=true; the page loads it by its own request.
        mvc.perform(get("/api/v1/indicators")
                        .with(httpBasic("demo-city", "demo"))
                        .param("asOf", "2023-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[?(@.code == 'NEW_CLUBS')].trend")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
        mvc.perform(get("/dashboard").with(as("demo-city")).param("asOf", "2023-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"trend-progress\"")))
                .andExpect(content().string(not(containsString("id=\"trend-table\""))));
        mvc.perform(get("/dashboard/trend")
                        .with(as("demo-city"))
                        .param("asOf", "2023-12-31")
                        .param("units", "plan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"trend-table\"")))
                .andExpect(content().string(containsString("id=\"trend-NEW_CLUBS\"")))
                .andExpect(content().string(containsString("<th scope=\"col\">2021</th>")))
                .andExpect(content().string(containsString("<th scope=\"col\">2023</th>")))
                .andExpect(content().string(not(containsString("<th scope=\"col\">2024</th>"))));
    }

    @Test
    void aClubBoardSeesItsClubUnderTheWardItBelongsToTodayWithTheWardOfficersFiguresForIt() throws Exception {
        // The demo club was founded in 2018 under the former Phường Tân Lập; today it belongs to the Phường
        // Tân Lập of 1 July 2025, the ward officer's ward.
        Map<String, Object> board = api("demo-club");
        Map<String, Object> ward = api("demo-ward");
        assertThat(JsonPath.<Integer>read(board, "$.unitId")).isEqualTo(JsonPath.<Integer>read(ward, "$.unitId"));
        assertThat(JsonPath.<String>read(board, "$.unitName")).isEqualTo("Phường Tân Lập");
        String club = vn.ishc.club.DemoClubs.DEMO_BOARD_CLUB;
        // Its member figures are the ward officer's lists of the same figures, for its club.
        for (String code : List.of("DISADVANTAGED_MEMBERS", "MEMBERS_WITH_LOANS")) {
            long inWardList =
                    csv("demo-ward", code).lines().filter(l -> l.contains(club)).count();
            assertThat(inWardList).as(code).isPositive();
            assertThat(JsonPath.<List<Integer>>read(board, "$.indicators[?(@.code == '" + code + "')].numerator"))
                    .as(code)
                    .containsExactly((int) inWardList);
        }
        // Its club figures: the club counts as the ward officer's list says.
        for (String code : List.of("OLD_CLUBS_MAINTAINED", "CLUBS_COMPOSITION_OK", "CLUBS_WITH_BOTH_FUNDS")) {
            String line = csv("demo-ward", code)
                    .lines()
                    .filter(l -> l.startsWith(club) || l.startsWith("\"" + club))
                    .findFirst()
                    .orElseThrow();
            int counted = line.contains(",Có,") || line.endsWith(",Có") ? 1 : 0;
            assertThat(JsonPath.<List<Integer>>read(board, "$.indicators[?(@.code == '" + code + "')].numerator"))
                    .as(code)
                    .containsExactly(counted);
            assertThat(JsonPath.<List<Integer>>read(board, "$.indicators[?(@.code == '" + code + "')].denominator"))
                    .as(code)
                    .containsExactly(1);
        }
    }

    @Test
    void aWardIsJudgedAgainstItsShareOfTheCountTargetsNeverTheCitys() throws Exception {
        // The ward officer's Phường Tân Lập, by the plan's units it was formed from.
        String json = mvc.perform(get("/api/v1/indicators")
                        .with(httpBasic("demo-ward", "demo"))
                        .param("plan", String.valueOf(BMT_PLAN))
                        .param("units", "plan"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> ward = JsonPath.parse(json).read("$");
        List<Integer> planUnits = JsonPath.read(ward, "$.rows[?(@.formedFromSeveral == false)].unitIds[0]");
        assertThat(planUnits).hasSize(3);
        String plansJson = mvc.perform(get("/api/v1/plans").with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> roadmap = JsonPath.read(plansJson, "$[?(@.id == 1)].roadmap[*]");
        int clubs = roadmap.stream()
                .filter(r -> planUnits.contains(((Number) r.get("unitId")).intValue()))
                .mapToInt(r -> ((Number) r.get("newClubs")).intValue())
                .sum();
        assertThat(clubs).isPositive();
        assertThat(JsonPath.<List<Integer>>read(ward, "$.indicators[?(@.code == 'NEW_CLUBS')].target"))
                .containsExactly(clubs);
        List<Map<String, Object>> shares = JsonPath.read(plansJson, "$[?(@.id == 1)].unitTargets[*]");
        for (String code : List.of("NEW_CLUB_MEMBERS", "NEW_CLUB_OLDER_MEMBERS")) {
            List<Integer> own = shares.stream()
                    .filter(t -> code.equals(t.get("code")))
                    .filter(t -> planUnits.contains(((Number) t.get("unitId")).intValue()))
                    .map(t -> ((Number) t.get("target")).intValue())
                    .toList();
            List<Object> target = JsonPath.read(ward, "$.indicators[?(@.code == '" + code + "')].target");
            List<String> basis = JsonPath.read(ward, "$.indicators[?(@.code == '" + code + "')].targetBasis");
            if (own.size() == planUnits.size()) {
                assertThat(target)
                        .as(code)
                        .containsExactly(
                                own.stream().mapToInt(Integer::intValue).sum());
                assertThat(basis).as(code).containsExactly("UNIT_SHARE");
            } else {
                assertThat(target).as(code).containsExactly((Object) null);
                assertThat(basis).as(code).containsExactly("NOT_SET");
            }
        }
        // The page says the ward's share, never the city's 19.
        mvc.perform(get("/dashboard").with(as("demo-ward")).param("plan", String.valueOf(BMT_PLAN)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Chỉ tiêu: 19<"))))
                .andExpect(content().string(containsString("id=\"target-NEW_CLUBS\"")));
    }

    private Map<String, Object> api(String account) throws Exception {
        String json = mvc.perform(get("/api/v1/indicators").with(httpBasic(account, "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.parse(json).read("$");
    }

    private String csv(String account, String indicator) throws Exception {
        return mvc.perform(get("/dashboard/list/export.csv").with(as(account)).param("indicator", indicator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aClubBoardSeesItsOwnClubAndTheApiIsDocumented() throws Exception {
        mvc.perform(get("/api/v1/indicators")
                        .with(httpBasic("demo-club", "demo"))
                        .param("asOf", "2024-06-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[?(@.code == 'UNITS_WITH_CLUB')].numerator")
                        .value(org.hamcrest.Matchers.contains(1)));
        mvc.perform(get("/dashboard").with(as("demo-club"))).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").with(as("demo-city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/indicators")))
                .andExpect(content().string(containsString("/api/v1/plans")));
    }

    @Test
    void theSameClubsGiveConsistentTotalsByThePlans21UnitsAndByThe6UnitsOf2025() throws Exception {
        Map<String, Object> byPlan = indicators("plan");
        Map<String, Object> byNew = indicators("current");
        assertThat(JsonPath.<List<Object>>read(byPlan, "$.rows[?(@.formedFromSeveral == false)]"))
                .hasSize(21);
        assertThat(JsonPath.<List<Object>>read(byNew, "$.rows")).hasSize(6);
        for (String code : List.of(
                "NEW_CLUBS",
                "NEW_CLUB_MEMBERS",
                "NEW_CLUB_OLDER_MEMBERS",
                "OLD_CLUBS_MAINTAINED",
                "CLUBS_COMPOSITION_OK",
                "DISADVANTAGED_MEMBERS")) {
            String path = "$.indicators[?(@.code == '" + code + "')]";
            assertThat(JsonPath.<List<Object>>read(byNew, path + ".numerator"))
                    .as(code)
                    .isEqualTo(JsonPath.read(byPlan, path + ".numerator"));
            assertThat(JsonPath.<List<Object>>read(byNew, path + ".denominator"))
                    .as(code)
                    .isEqualTo(JsonPath.read(byPlan, path + ".denominator"));
        }
        // Demo data has clubs founded after 1 July 2025 under the new units: by the plan's units they form
        // "formed from" rows, counted in the total but not as one of the 21.
        assertThat(JsonPath.<List<Object>>read(byPlan, "$.rows[?(@.formedFromSeveral == true)]"))
                .isNotEmpty();
    }

    Map<String, Object> indicators(String era) throws Exception {
        String json = mvc.perform(get("/api/v1/indicators")
                        .with(httpBasic("demo-city", "demo"))
                        .param("plan", String.valueOf(BMT_PLAN))
                        .param("asOf", "2025-12-31")
                        .param("units", era))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.parse(json).read("$");
    }
}
