package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ishc.IntegrationTest;
import vn.ishc.shared.Busy;
import vn.ishc.shared.Heavy;

/**
 * Heavy requests ({@link Heavy}: the dashboard, the indicators, the periodic reports) take turns, so a crowd
 * of them cannot take every database connection from the light ones (the soak saw repayments answered 503
 * while dashboards queued for connections); one that cannot start in time is a 503 with {@code Retry-After}
 * in the user's language, and the light requests never wait.
 */
@IntegrationTest
class HeavyRequestGateTest {
    @Autowired
    HeavyRequestGate gate;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static class Handlers {
        @Heavy
        void heavy() {}

        void light() {}
    }

    static HandlerMethod handler(String name) throws NoSuchMethodException {
        return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name));
    }

    @Test
    void aHeavyRequestWaitsForAPlaceTakesItAndGivesItBackWhileLightOnesNeverWait() throws Exception {
        HeavyRequestGate one = new HeavyRequestGate(1, Duration.ofMillis(50));
        MockHttpServletRequest first = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(one.preHandle(first, response, handler("heavy"))).isTrue();
        assertThat(one.free()).isZero();

        assertThatThrownBy(() -> one.preHandle(new MockHttpServletRequest(), response, handler("heavy")))
                .isInstanceOf(Busy.class);
        assertThat(one.preHandle(new MockHttpServletRequest(), response, handler("light")))
                .isTrue();

        // One waiting gets the place as soon as it is given back.
        HeavyRequestGate patient = new HeavyRequestGate(1, Duration.ofMinutes(1));
        MockHttpServletRequest holder = new MockHttpServletRequest();
        patient.preHandle(holder, response, handler("heavy"));
        MockHttpServletRequest waiting = new MockHttpServletRequest();
        CompletableFuture<Boolean> turn = CompletableFuture.supplyAsync(() -> {
            try {
                return patient.preHandle(waiting, response, handler("heavy"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        patient.afterCompletion(holder, response, handler("heavy"), null);
        assertThat(turn.get(1, TimeUnit.MINUTES)).isTrue();
        patient.afterCompletion(waiting, response, handler("heavy"), null);
        assertThat(patient.free()).isOne();

        // Given back once only, also when the request ends twice (an error dispatch).
        one.afterCompletion(first, response, handler("heavy"), null);
        one.afterCompletion(first, response, handler("heavy"), null);
        assertThat(one.free()).isOne();
    }

    @Test
    void theDashboardTheIndicatorsAndThePeriodicReportsAreHeavyAndTheWritesAreNot() {
        List<String> heavy = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            if (HeavyRequestGate.heavy(e.getValue())) heavy.addAll(e.getKey().getPatternValues());
            else
                assertThat(e.getKey().getPatternValues())
                        .as("light")
                        .noneMatch(p -> p.startsWith("/dashboard") || p.equals("/api/v1/indicators"));
        }
        assertThat(heavy)
                .contains(
                        "/dashboard",
                        "/dashboard/list",
                        "/api/v1/indicators",
                        "/reports/periodic/{id}/download.{format}",
                        "/api/v1/reports/periodic/{id:\\d+}.{format}")
                .doesNotContain("/api/v1/loans/{id}/repayments", "/api/v1/clubs/{clubId}/cashbook", "/");
    }

    @Test
    void aHeavyRequestThatFindsNoPlaceInTimeIsA503WithRetryAfterInTheUsersLanguage() throws Exception {
        List<MockHttpServletRequest> held = new ArrayList<>();
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            while (gate.free() > 0) {
                MockHttpServletRequest r = new MockHttpServletRequest();
                gate.preHandle(r, response, handler("heavy"));
                held.add(r);
            }
            var ward = user(accounts.loadUserByUsername("demo-ward"));
            MockHttpServletResponse api = mvc.perform(get("/api/v1/indicators").with(ward))
                    .andReturn()
                    .getResponse();
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getHeader("Retry-After")).isEqualTo(String.valueOf(ApiErrors.RETRY_AFTER_SECONDS));
            assertThat(api.getContentType()).startsWith("application/problem+json");
            assertThat(api.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Hệ thống đang bận");
            MockHttpServletResponse page =
                    mvc.perform(get("/dashboard").with(ward)).andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Hệ thống đang bận", "thử lại sau ít phút")
                    .doesNotContain("Exception");
            // A light request goes through meanwhile.
            assertThat(mvc.perform(get("/").with(ward))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(200);
        } finally {
            for (MockHttpServletRequest r : held) gate.afterCompletion(r, response, handler("heavy"), null);
        }
        assertThat(held).isNotEmpty();
    }
}
