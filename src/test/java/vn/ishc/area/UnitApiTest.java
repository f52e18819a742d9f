package vn.ishc.area;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.ishc.IntegrationTest;

@IntegrationTest
class UnitApiTest {
    @Autowired
    MockMvc mvc;

    @Test
    void childrenOfBuonMaThuotAsOf2024() throws Exception {
        mvc.perform(get("/api/v1/units")
                        .param("asOf", "2024-01-01")
                        .param("parent", "3")
                        .with(httpBasic("demo-viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(21)))
                .andExpect(jsonPath("$[?(@.name == 'Phường Tân Lập')].code").value("24118"))
                .andExpect(jsonPath("$[?(@.name == 'Phường Thắng Lợi')].code")
                        .value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$[0].parentId").value(3))
                .andExpect(jsonPath("$[0].validTo").exists());
    }

    @Test
    void rootsAndTheSixUnitsOf2025() throws Exception {
        mvc.perform(get("/api/v1/units").param("asOf", "2025-08-01").with(httpBasic("demo-club", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("Tỉnh Đắk Lắk"));
        mvc.perform(get("/api/v1/units")
                        .param("asOf", "2025-08-01")
                        .param("parent", "1")
                        .with(httpBasic("demo-club", "demo")))
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[?(@.name == 'Phường Tân Lập')].validFrom")
                        .value(org.hamcrest.Matchers.contains("2025-07-01")));
    }

    @Test
    void oneUnitWithHistoryAndLineage() throws Exception {
        mvc.perform(get("/api/v1/units/40").with(httpBasic("demo-city", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Phường Buôn Ma Thuột"))
                .andExpect(jsonPath("$.code").value("24133"))
                .andExpect(jsonPath("$.type").value("WARD"))
                .andExpect(jsonPath("$.validFrom").value("2025-07-01"))
                .andExpect(jsonPath("$.formedFrom", hasSize(6)))
                .andExpect(jsonPath("$.history[0].legalReference").value("Nghị quyết 1660/NQ-UBTVQH15"));
        mvc.perform(get("/api/v1/units/15/successors")
                        .param("asOf", "2025-08-01")
                        .with(httpBasic("demo-city", "demo")))
                .andExpect(jsonPath("$[0].name").value("Phường Buôn Ma Thuột"));
        mvc.perform(get("/api/v1/units/42/origins").param("asOf", "2021-01-01").with(httpBasic("demo-city", "demo")))
                .andExpect(jsonPath("$", hasSize(3)));
    }

    @Test
    void errorsAreProblemDetailsInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/units/999999").with(httpBasic("demo-city", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Không tìm thấy"));
        mvc.perform(get("/api/v1/units/999999").header("Accept-Language", "en").with(httpBasic("demo-city", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
        mvc.perform(get("/api/v1/units").param("asOf", "01/13/2024").with(httpBasic("demo-city", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tham số “asOf” không hợp lệ."));
        mvc.perform(get("/api/v1/units").param("parent", "999999").with(httpBasic("demo-city", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiNeedsCredentials() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/units").with(httpBasic("nobody", "wrong"))).andExpect(status().isUnauthorized());
    }
}
