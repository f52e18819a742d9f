package vn.ishc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.ishc.AuditedChanges;
import vn.ishc.IntegrationTest;

@IntegrationTest
class ApiTokenTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService service;

    @Autowired
    AccountUserDetailsService details;

    @Autowired
    JdbcClient jdbc;

    /** A new ward officer (unit 42), for tests of their own tokens. */
    String newWardOfficer() {
        String name = "tok-" + UUID.randomUUID().toString().substring(0, 8);
        service.open(new OpenAccount(name, "Token officer", "token-secret", Role.WARD_OFFICER, 42L, null));
        return name;
    }

    String createToken(String username, String name) throws Exception {
        MvcResult created = mvc.perform(post("/account/tokens")
                        .with(user(details.loadUserByUsername(username)))
                        .with(csrf())
                        .param("name", name))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return (String) created.getFlashMap().get("newToken");
    }

    long tokenId(String secret) {
        return jdbc.sql("select id from api_token where token_hash = ?")
                .param(ApiTokens.digest(secret))
                .query(Long.class)
                .single();
    }

    @Test
    void aTokenActsAsItsOwnerWithTheOwnersScope() throws Exception {
        String officer = "demo-ward";
        String token = createToken(officer, "Bảng tính của phường");
        assertThat(token).startsWith("ishc_").hasSizeGreaterThan(40);

        String byPassword = mvc.perform(get("/api/v1/clubs").with(httpBasic(officer, "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String byToken = mvc.perform(get("/api/v1/clubs").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(byToken).isEqualTo(byPassword).contains("\"id\"");
        // A club of another ward answers as it does to the officer's password: not found.
        long elsewhere = jdbc.sql("select min(c.id) from club c where c.name not like '%Tân Lập%'"
                        + " and c.name not like '%Tân Hòa%' and c.name not like '%Hòa Thắng%'")
                .query(Long.class)
                .single();
        int basicStatus = mvc.perform(get("/api/v1/clubs/" + elsewhere).with(httpBasic(officer, "demo")))
                .andReturn()
                .getResponse()
                .getStatus();
        mvc.perform(get("/api/v1/clubs/" + elsewhere).header("Authorization", "Bearer " + token))
                .andExpect(status().is(basicStatus));

        mvc.perform(get("/account/tokens").with(user(details.loadUserByUsername(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bảng tính của phường")))
                .andExpect(content().string(containsString(token.substring(0, 12))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));
        assertThat(AuditedChanges.latest(jdbc, "account", accountId(officer), "ApiTokenCreated")
                        .changes())
                .containsKey("apiToken");
    }

    long accountId(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    @Test
    void onlyTheTokensDigestIsStored() throws Exception {
        String officer = newWardOfficer();
        String token = createToken(officer, "kiểm tra");
        long id = tokenId(token);
        String stored = jdbc.sql("select token_hash from api_token where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(stored).hasSize(64).isNotEqualTo(token).doesNotContain(token.substring(5));
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or prefix = ? or name = ?")
                        .param(token)
                        .param(token)
                        .param(token)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRevokedOrUnknownTokenIsRefusedAsProblemJson() throws Exception {
        String officer = newWardOfficer();
        String token = createToken(officer, "sẽ thu hồi");
        mvc.perform(post("/account/tokens/" + tokenId(token) + "/revoke")
                        .with(user(details.loadUserByUsername(officer)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/clubs").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/clubs").header("Authorization", "Bearer ishc_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/clubs").header("Authorization", "Bearer not-even-a-token"))
                .andExpect(status().isUnauthorized());
        assertThat(AuditedChanges.latest(jdbc, "account", accountId(officer), "ApiTokenRevoked")
                        .changes())
                .containsKey("apiToken");
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        String owner = newWardOfficer();
        String token = createToken(owner, "của tôi");
        String other = newWardOfficer();
        mvc.perform(post("/account/tokens/" + tokenId(token) + "/revoke")
                        .with(user(details.loadUserByUsername(other)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clubs").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenNeedsANameAndNothingIsStoredWithout() throws Exception {
        String officer = newWardOfficer();
        long before =
                jdbc.sql("select count(*) from api_token").query(Long.class).single();
        mvc.perform(post("/account/tokens")
                        .with(user(details.loadUserByUsername(officer)))
                        .with(csrf())
                        .param("name", "   "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy đặt tên gợi nhớ cho mã.")));
        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single())
                .isEqualTo(before);
    }
}
