package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.BrowserSession;
import vn.ishc.Chromium;
import vn.ishc.IntegrationTest;

/**
 * Text that is legitimately accepted may hold anything a person can type, HTML and script included:
 * a club and a member are registered through the API with names carrying a {@code <script>} element, an
 * {@code <img onerror>}, SQL metacharacters, an emoji, right-to-left text and a combining mark. The API
 * gives the names back exactly, and in the real Chromium every page that shows them shows them as text:
 * no script runs, no dialog opens, the image is never requested.
 */
@IntegrationTest
@Tag("browser")
class ScriptInTextTest extends BrowserSession {
    static final String HOSTILE = "<script>window.__xss='script';alert(1)</script>"
            + "<img src=x onerror=\"window.__xss='img'\"> O'Brien\"; DROP TABLE club;-- 🙂 שלום Nguye\u0302\u0303n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    JsonNode send(String method, String url, Map<String, Object> body) throws Exception {
        var request = "POST".equals(method) ? post(url) : get(url);
        if (body != null) request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        var response = mvc.perform(request.with(httpBasic("demo-admin", "demo")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus())
                .as(method + " " + url + ": " + response.getContentAsString())
                .isLessThan(300);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void scriptInNamesIsShownAsTextAndNeverRuns() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String clubName = "CLB " + tag + " " + HOSTILE;
        String memberName = "Bà " + tag + " " + HOSTILE;
        long unitId = jdbc.sql("select unit_id from club order by id limit 1")
                .query(Long.class)
                .single();

        JsonNode club =
                send("POST", "/api/v1/clubs", Map.of("name", clubName, "unitId", unitId, "foundedOn", "2024-03-01"));
        long clubId = club.get("id").asLong();
        JsonNode saved = send(
                "POST",
                "/api/v1/members",
                Map.of(
                        "clubId",
                        clubId,
                        "joinedOn",
                        "2024-04-01",
                        "person",
                        Map.of(
                                "fullName",
                                memberName,
                                "sex",
                                "FEMALE",
                                "birthYear",
                                1950,
                                "ethnicity",
                                "Kinh",
                                "householdStatus",
                                "NONE")));
        long membershipId = saved.get("member").get("membershipId").asLong();

        // Stored exactly as sent, on H2 and PostgreSQL alike.
        assertThat(send("GET", "/api/v1/clubs/" + clubId, null).get("name").asString())
                .isEqualTo(clubName);
        assertThat(send("GET", "/api/v1/members/" + membershipId, null)
                        .get("person")
                        .get("fullName")
                        .asString())
                .isEqualTo(memberName);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            List<String> dialogs = new ArrayList<>();
            List<String> imageRequests = new ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            page.onRequest(r -> {
                if (r.url().endsWith("/x")) imageRequests.add(r.url());
            });
            Chromium.logIn(page, url(""), "demo-admin");

            for (String[] shown : new String[][] {
                {"/clubs?q=" + tag, clubName},
                {"/clubs/" + clubId, clubName},
                {"/members?club=" + clubId, memberName},
                {"/members/" + membershipId, memberName}
            }) {
                page.navigate(url(shown[0]));
                page.waitForLoadState();
                boolean asText = (Boolean) page.evaluate(
                        "name => document.body.innerText.includes(name)"
                                + " || [...document.querySelectorAll('input, textarea')].some(e => e.value === name)",
                        shown[1]);
                assertThat(asText).as("the name shown as text on %s", shown[0]).isTrue();
                assertThat(page.evaluate("() => window.__xss === undefined"))
                        .as("no script ran on %s", shown[0])
                        .isEqualTo(true);
                assertThat(page.locator("main script, main img[src='x']").count())
                        .as("no element made of the name on %s", shown[0])
                        .isZero();
            }
            assertThat(dialogs).isEmpty();
            assertThat(imageRequests).isEmpty();
        }
    }
}
