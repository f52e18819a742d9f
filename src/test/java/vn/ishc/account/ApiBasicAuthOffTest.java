package vn.ishc.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import vn.ishc.TestDatabase;

/**
 * With {@code ishc.security.api-basic-auth=false} (production, once clients use tokens) the password no
 * longer opens the API; personal API tokens do. A context of its own (the setting is read at start-up),
 * on the same test database as the others.
 *
 * <p>Tagged {@code database-independent}: it runs in the default (H2) execution only, not again on
 * PostgreSQL. What it checks is the security configuration read at start-up (whether the API's filter chain
 * has HTTP Basic), which no database changes; the token's own SQL is checked on both databases by
 * {@link ApiTokenTest}. A second application context, with the demo data checked again, costs more on the
 * PostgreSQL run than everything else it would check there.
 */
@Tag("integration")
@Tag("database-independent")
@ExtendWith(TestDatabase.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"ishc.demo=true", "ishc.admin-password=first-admin-secret", "ishc.security.api-basic-auth=false"})
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class ApiBasicAuthOffTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    AccountUserDetailsService details;

    @Test
    void thePasswordNoLongerOpensTheApiButATokenDoes() throws Exception {
        mvc.perform(get("/api/v1/clubs").with(httpBasic("demo-ward", "demo")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
        String token = (String) mvc.perform(post("/account/tokens")
                        .with(user(details.loadUserByUsername("demo-ward")))
                        .with(csrf())
                        .param("name", "không mật khẩu"))
                .andReturn()
                .getFlashMap()
                .get("newToken");
        mvc.perform(get("/api/v1/clubs").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }
}
