package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ishc.IntegrationTest;

/**
 * An API write sent without an {@code Idempotency-Key} still runs in one transaction with the making of its
 * answer, committed before the answer leaves ({@link Idempotency}). The soak found the defect this holds off:
 * a repayment was committed, then reading the loan for the answer could not get a connection (the pool
 * exhausted under load), so the client got a 503 for a repayment that had gone through, and a retry would
 * have taken it twice. The filter is called as the servlet container calls it; the "write" is a row of its
 * own table, so no other test's data is touched.
 */
@IntegrationTest
class ApiWriteTransactionTest {
    @Autowired
    Idempotency filter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    final String probe = "probe-" + UUID.randomUUID();

    @BeforeEach
    void logIn() {
        UserDetails admin = accounts.loadUserByUsername("demo-admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    MockHttpServletRequest write(String method) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/v1/probe");
        request.setContentType("application/json");
        request.setContent("{}".getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** The write: a row only this test writes, in whatever transaction is open. */
    void insertProbe() {
        jdbc.sql("insert into web_idempotency_key (user_name, idem_key, request_hash, created_at, status)"
                        + " values ('api-write-test', :key, 'x', :at, 0)")
                .param("key", probe)
                .param("at", LocalDateTime.of(2000, 1, 1, 0, 0))
                .update();
    }

    long probes() {
        return jdbc.sql("select count(*) from web_idempotency_key where idem_key = ?")
                .param(probe)
                .query(Long.class)
                .single();
    }

    @Test
    void aWriteWhoseAnswerCannotBeMadeIsRolledBackNotAnsweredAsAFailureAfterItsCommit() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(write("POST"), response, (req, res) -> {
                    insertProbe();
                    throw new CannotGetJdbcConnectionException("the pool is exhausted");
                }))
                .isInstanceOf(CannotGetJdbcConnectionException.class);
        assertThat(probes()).isZero();
        assertThat(response.isCommitted()).isFalse();
    }

    @Test
    void aSuccessfulWriteIsCommittedBeforeAnyOfItsAnswerLeaves() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(write("PUT"), response, (req, res) -> {
            insertProbe();
            var answer = (jakarta.servlet.http.HttpServletResponse) res;
            answer.setStatus(201);
            answer.setContentType("application/json");
            answer.getWriter().write("{\"ok\":true}");
            answer.flushBuffer();
            assertThat(response.isCommitted()).as("sent before the commit").isFalse();
        });
        assertThat(probes()).isOne();
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).isEqualTo("{\"ok\":true}");
        jdbc.sql("delete from web_idempotency_key where idem_key = ?")
                .param(probe)
                .update();
    }

    @Test
    void aRefusedWriteChangesNothingEvenIfSomethingWasWrittenBeforeTheRefusal() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(write("DELETE"), response, (req, res) -> {
            insertProbe();
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(409);
        });
        assertThat(probes()).isZero();
        assertThat(response.getStatus()).isEqualTo(409);
    }
}
