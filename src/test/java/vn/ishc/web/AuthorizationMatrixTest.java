package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.web.Endpoints.Endpoint;
import vn.ishc.web.Endpoints.Kind;

/**
 * Who may use what (issue 17): every endpoint Spring MVC maps, pages and API alike, is tried as every demo
 * role, inside its scope (the records of the demo board's club, which is inside every demo scope) and outside
 * it (real records of another club, and a unit above the scope), and must answer as {@link #MATRIX} says. A
 * new endpoint that is not in the matrix fails {@link #everyEndpointIsInTheMatrix()}, naming it.
 *
 * <p>Inside the scope, {@code ok} means the access check let the request through: any answer but 401, 403,
 * 404, 405 or a server error (a write is sent without data, so a 400 or a form with its errors proves the
 * check passed; each write runs in a transaction that is rolled back, so nothing the matrix does stays).
 * Outside the scope, the answer must be exactly that of a record that does not exist (status and body, the
 * address aside), for a read an error (404, or the 400 a request without its required parameters gets), and
 * nothing in the database may change. Access is decided before a write's body is read ({@link RecordWriteGuard}:
 * the record its address names, then a read-only scope), so a write sent without data answers 404 outside the
 * scope and 403 to a role that may not make it, and only then 400 for the missing data: a viewer gets 403 on
 * every write but its own account's, its language and (a health department's viewer) health checks. A list's
 * {@code ?unit=} above the scope answers as a unit that does not exist (404), one rule for every list ({@code
 * ClubDirectory.visibleUnit}). {@link #everyWriteThatNamesARecordIsGuardedBeforeItsBodyIsRead()} fails on a write
 * whose record no module's guard answers for. The comments after a row say where the matrix tries less than it
 * should, and why.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** The demo accounts, one per role (password "demo"); their scopes are in the demo data and the README. */
    enum Role {
        ADMIN("demo-admin"),
        CITY("demo-city"),
        WARD("demo-ward"),
        CLUB("demo-club"),
        VIEWER("demo-viewer");

        final String username;

        Role(String username) {
            this.username = username;
        }
    }

    /**
     * A unit above each scope (reference data of V2): the city (unit 3) is above the ward's and the club's
     * scope, the province (unit 1) above the city's.
     */
    static final Map<Role, Long> UNIT_ABOVE = Map.of(Role.CITY, 1L, Role.VIEWER, 1L, Role.WARD, 3L, Role.CLUB, 3L);

    /**
     * The matrix. Columns: the endpoint; for each role what it gets inside its scope ({@code ok}: let through,
     * {@code 403}: refused, {@code 404}: never visible to that role); and what is tried outside the scope:
     * {@code path} (the path's record ids of another scope's club), {@code unit} ({@code ?unit=} a unit above
     * the scope), {@code club} ({@code ?club=} another scope's club), {@code -} (nothing: open to every
     * logged-in user, the user's own account, or a list that shows only what is in scope).
     */
    static final String MATRIX = """
            # method endpoint                                                 admin city ward club viewer outside
            GET    /                                                          ok    ok   ok   ok   ok     -
            GET    /account/password                                          ok    ok   ok   ok   ok     -
            POST   /account/password                                          ok    ok   ok   ok   ok     -
            GET    /account/tokens                                            ok    ok   ok   ok   ok     -
            POST   /account/tokens                                            ok    ok   ok   ok   ok     -
            POST   /account/tokens/{id}/revoke                                404   404  404  ok   404    -
            GET    /activities                                                ok    ok   ok   ok   ok     unit
            GET    /activities/export.{format}                                ok    ok   ok   ok   ok     unit
            GET    /activities/{id}                                           ok    ok   ok   ok   ok     path
            POST   /activities/{id}/cancel                                    ok    ok   ok   ok   403    path
            POST   /activities/{id}/edit                                      ok    ok   ok   ok   403    path
            GET    /admin/accounts                                            ok    403  403  403  403    -
            GET    /admin/accounts/export.{format}                            ok    403  403  403  403    -
            GET    /admin/accounts/new                                        ok    403  403  403  403    -
            POST   /admin/accounts/new                                        ok    403  403  403  403    -
            POST   /admin/accounts/{id}/health-data                           ok    403  403  403  403    -
            GET    /admin/backup                                              ok    403  403  403  403    -
            POST   /admin/backup/export                                       ok    403  403  403  403    -
            POST   /admin/backup/restore                                      ok    403  403  403  403    -
            GET    /admin/logins                                              ok    403  403  403  403    -
            GET    /admin/unit-changes/{id}                                   ok    403  403  403  403    -
            POST   /admin/unit-changes/{id}                                   ok    403  403  403  403    -
            GET    /admin/units/import                                        ok    403  403  403  403    -
            POST   /admin/units/import                                        ok    403  403  403  403    -
            GET    /api/v1/activities/{id}                                    ok    ok   ok   ok   ok     path
            PUT    /api/v1/activities/{id}                                    ok    ok   ok   ok   403    path
            POST   /api/v1/activities/{id}/cancellation                       ok    ok   ok   ok   403    path
            GET    /api/v1/activity-areas                                     ok    ok   ok   ok   ok     -
            GET    /api/v1/activity-kinds                                     ok    ok   ok   ok   ok     -
            GET    /api/v1/area-calendar                                      ok    ok   ok   ok   ok     unit
            POST   /api/v1/care-pairings/{id}/end                             ok    ok   ok   ok   403    path
            POST   /api/v1/care-recipients/{id}/end                           ok    ok   ok   ok   403    path
            POST   /api/v1/care-volunteers/{id}/end                           ok    ok   ok   ok   403    path
            GET    /api/v1/clubs                                              ok    ok   ok   ok   ok     unit
            POST   /api/v1/clubs                                              ok    ok   ok   ok   403    -
            GET    /api/v1/clubs/{clubId}/activities                          ok    ok   ok   ok   ok     path
            POST   /api/v1/clubs/{clubId}/activities                          ok    ok   ok   ok   403    path
            GET    /api/v1/clubs/{clubId}/area-calendar                       ok    ok   ok   ok   ok     path
            POST   /api/v1/clubs/{clubId}/care-pairings                       ok    ok   ok   ok   403    path
            POST   /api/v1/clubs/{clubId}/care-recipients                     ok    ok   ok   ok   403    path
            POST   /api/v1/clubs/{clubId}/care-visits                         ok    ok   ok   ok   403    path
            POST   /api/v1/clubs/{clubId}/care-volunteers                     ok    ok   ok   ok   403    path
            GET    /api/v1/clubs/{clubId}/cashbook                            ok    ok   ok   ok   ok     path
            POST   /api/v1/clubs/{clubId}/cashbook                            ok    ok   ok   ok   403    path
            GET    /api/v1/clubs/{clubId}/dues                                ok    ok   ok   ok   ok     path
            PUT    /api/v1/clubs/{clubId}/dues                                ok    ok   ok   ok   403    path
            GET    /api/v1/clubs/{clubId}/exercise-groups                     ok    ok   ok   ok   ok     path
            POST   /api/v1/clubs/{clubId}/exercise-groups                     ok    ok   ok   ok   403    path
            GET    /api/v1/clubs/{clubId}/funds/balance                       ok    ok   ok   ok   ok     path
            GET    /api/v1/clubs/{clubId}/health-checks                       ok    ok   ok   ok   ok     path
            POST   /api/v1/clubs/{clubId}/health-checks                       ok    403  403  ok   ok     path
            GET    /api/v1/clubs/{clubId}/help-cases                          ok    ok   ok   ok   ok     path
            POST   /api/v1/clubs/{clubId}/help-cases                          ok    ok   ok   ok   403    path
            GET    /api/v1/clubs/{clubId}/home-care                           ok    ok   ok   ok   ok     path
            GET    /api/v1/clubs/{clubId}/loans                               ok    ok   ok   ok   ok     path
            POST   /api/v1/clubs/{clubId}/loans                               ok    ok   ok   ok   403    path
            GET    /api/v1/clubs/{clubId}/meeting-sheet                       ok    ok   ok   ok   ok     path
            GET    /api/v1/clubs/{clubId}/meetings                            ok    ok   ok   ok   ok     path
            POST   /api/v1/clubs/{clubId}/meetings                            ok    ok   ok   ok   403    path
            GET    /api/v1/clubs/{clubId}/members/{personId}/health-readings  ok    403  403  ok   ok     path
            GET    /api/v1/clubs/{clubId}/reports/{month}                     ok    ok   ok   ok   ok     path
            POST   /api/v1/clubs/{clubId}/reports/{month}/accept              ok    ok   403  403  403    path
            POST   /api/v1/clubs/{clubId}/reports/{month}/approve             ok    403  ok   403  403    path
            POST   /api/v1/clubs/{clubId}/reports/{month}/return              ok    403  ok   403  403    path
            POST   /api/v1/clubs/{clubId}/reports/{month}/submit              ok    403  403  ok   403    path
            POST   /api/v1/clubs/{clubId}/reports/{month}/unlock              ok    ok   403  403  403    path
            GET    /api/v1/clubs/{clubId}/visits                              ok    ok   ok   ok   ok     path
            POST   /api/v1/clubs/{clubId}/visits                              ok    ok   ok   403  403    path
            GET    /api/v1/clubs/{id}                                         ok    ok   ok   ok   ok     path
            PUT    /api/v1/clubs/{id}                                         ok    ok   ok   ok   403    path
            POST   /api/v1/clubs/{id}/status                                  ok    ok   ok   ok   403    path
            POST   /api/v1/exercise-groups/{groupId}/participants             ok    ok   ok   ok   403    path
            GET    /api/v1/health-checks/{checkId}                            ok    403  403  ok   ok     path
            GET    /api/v1/help-cases/{caseId}                                ok    ok   ok   ok   ok     path
            POST   /api/v1/help-cases/{caseId}/close                          ok    ok   ok   ok   403    path
            POST   /api/v1/help-cases/{caseId}/steps                          ok    ok   ok   ok   403    path
            GET    /api/v1/indicators                                         ok    ok   ok   ok   ok     unit
            GET    /api/v1/loans/{id}                                         ok    ok   ok   ok   ok     path
            POST   /api/v1/loans/{id}/approve                                 ok    ok   ok   ok   403    path
            POST   /api/v1/loans/{id}/disburse                                ok    ok   ok   ok   403    path
            POST   /api/v1/loans/{id}/repayments                              ok    ok   ok   ok   403    path
            GET    /api/v1/meetings                                           ok    ok   ok   ok   ok     unit
            GET    /api/v1/meetings/{id}                                      ok    ok   ok   ok   ok     path
            GET    /api/v1/meetings/{id}/attendance                           ok    ok   ok   ok   ok     path
            PUT    /api/v1/meetings/{id}/minutes                              ok    ok   ok   ok   403    path
            POST   /api/v1/meetings/{id}/reversal                             ok    ok   ok   ok   403    path
            GET    /api/v1/members                                            ok    ok   ok   ok   ok     unit,club
            POST   /api/v1/members                                            ok    ok   ok   ok   403    -
            GET    /api/v1/members/{membershipId}                             ok    ok   ok   ok   ok     path
            PUT    /api/v1/members/{membershipId}                             ok    ok   ok   ok   403    path
            GET    /api/v1/plans                                              ok    ok   ok   ok   ok     -
            GET    /api/v1/plans/{id}                                         ok    ok   ok   ok   ok     -
            PUT    /api/v1/plans/{id}/unit-targets                            ok    ok   403  403  403    -
            GET    /api/v1/reports/monthly                                    ok    ok   ok   ok   ok     unit
            GET    /api/v1/reports/periodic                                   ok    ok   ok   ok   ok     -
            POST   /api/v1/reports/periodic                                   ok    ok   ok   ok   403    -
            GET    /api/v1/reports/periodic/{id:\\d+}                          ok    ok   404  404  ok     -  # the city's report: the ward and the board are outside it
            GET    /api/v1/reports/periodic/{id:\\d+}.{format}                 ok    ok   404  404  ok     -  # the city's report: the ward and the board are outside it
            PUT    /api/v1/reports/periodic/{id}/narrative                    ok    ok   404  404  403    -  # the city's report: the ward and the board are outside it
            GET    /api/v1/resources                                          ok    ok   ok   ok   ok     unit
            POST   /api/v1/resources                                          ok    ok   ok   ok   403    -
            GET    /api/v1/resources/totals                                   ok    ok   ok   ok   ok     unit
            GET    /api/v1/resources/{id}                                     ok    ok   ok   404  ok     path
            PUT    /api/v1/resources/{id}                                     ok    ok   ok   404  403    path
            POST   /api/v1/resources/{id}/cancellation                        ok    ok   ok   404  403    path
            GET    /api/v1/tasks                                              ok    ok   ok   ok   ok     -
            POST   /api/v1/tasks/years/{year}                                 ok    ok   403  403  403    -
            GET    /api/v1/tasks/{id}                                         ok    ok   ok   ok   ok     -
            PUT    /api/v1/tasks/{id}                                         ok    ok   ok   403  403    -
            GET    /api/v1/trainings                                          ok    ok   ok   ok   ok     unit
            POST   /api/v1/trainings                                          ok    ok   ok   403  403    -
            GET    /api/v1/trainings/{id}                                     ok    ok   ok   ok   ok     -  # no demo session is outside the ward (sessions of the city have its clubs)
            PUT    /api/v1/trainings/{id}                                     ok    ok   403  403  403    -  # no demo session is outside the ward (sessions of the city have its clubs)
            POST   /api/v1/trainings/{id}/cancel                              ok    ok   403  403  403    -  # no demo session is outside the ward (sessions of the city have its clubs)
            GET    /api/v1/units                                              ok    ok   ok   ok   ok     -
            GET    /api/v1/units/{id}                                         ok    ok   ok   ok   ok     -
            GET    /api/v1/units/{id}/origins                                 ok    ok   ok   ok   ok     -
            GET    /api/v1/units/{id}/successors                              ok    ok   ok   ok   ok     -
            GET    /api/v1/visits/{id}                                        ok    ok   ok   ok   ok     path
            POST   /api/v1/visits/{id}/cancel                                 ok    ok   ok   403  403    path
            POST   /api/v1/visits/{id}/follow-ups/{followUpId}/close          ok    ok   ok   403  403    path
            GET    /audit                                                     ok    ok   403  403  403    -
            GET    /audit/access                                              ok    ok   403  403  403    -
            GET    /audit/access/export.{format}                              ok    ok   403  403  403    -
            GET    /audit/export.{format}                                     ok    ok   403  403  403    -
            GET    /clubs                                                     ok    ok   ok   ok   ok     unit
            GET    /clubs/export.{format}                                     ok    ok   ok   ok   ok     unit
            GET    /clubs/new                                                 ok    ok   ok   403  403    -
            POST   /clubs/new                                                 ok    ok   ok   403  403    -
            GET    /clubs/{clubId}/activities                                 ok    ok   ok   ok   ok     path
            GET    /clubs/{clubId}/activities/export.{format}                 ok    ok   ok   ok   ok     path
            GET    /clubs/{clubId}/activities/new                             ok    ok   ok   ok   403    path
            POST   /clubs/{clubId}/activities/new                             ok    ok   ok   ok   403    path
            GET    /clubs/{clubId}/meetings                                   ok    ok   ok   ok   ok     path
            POST   /clubs/{clubId}/meetings/dues                              ok    ok   ok   ok   403    path
            GET    /clubs/{clubId}/meetings/sheet                             ok    ok   ok   ok   ok     path
            POST   /clubs/{clubId}/meetings/sheet                             ok    ok   ok   ok   403    path
            GET    /clubs/{clubId}/members/import                             ok    ok   ok   ok   403    path
            POST   /clubs/{clubId}/members/import                             ok    ok   ok   ok   403    path
            GET    /clubs/{clubId}/members/new                                ok    ok   ok   ok   403    path
            POST   /clubs/{clubId}/members/new                                ok    ok   ok   ok   403    path
            GET    /clubs/{clubId}/reports/{month}                            ok    ok   ok   ok   ok     path
            GET    /clubs/{clubId}/reports/{month}/download                   ok    ok   ok   ok   ok     path
            POST   /clubs/{clubId}/reports/{month}/{step}                     ok    403  403  ok   403    path
            GET    /clubs/{clubId}/visits                                     ok    ok   ok   ok   ok     path
            POST   /clubs/{clubId}/visits                                     ok    ok   ok   403  403    path
            GET    /clubs/{id}                                                ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/board                                          ok    ok   ok   ok   403    path
            POST   /clubs/{id}/board                                          ok    ok   ok   ok   403    path
            GET    /clubs/{id}/care                                           ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/care/pairings/export.{format}                  ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/care/pairings/new                              ok    ok   ok   ok   403    path
            POST   /clubs/{id}/care/pairings/new                              ok    ok   ok   ok   403    path
            GET    /clubs/{id}/care/recipients/export.{format}                ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/care/recipients/new                            ok    ok   ok   ok   403    path
            POST   /clubs/{id}/care/recipients/new                            ok    ok   ok   ok   403    path
            GET    /clubs/{id}/care/visits/export.{format}                    ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/care/visits/new                                ok    ok   ok   ok   403    path
            POST   /clubs/{id}/care/visits/new                                ok    ok   ok   ok   403    path
            GET    /clubs/{id}/care/volunteers/export.{format}                ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/care/volunteers/new                            ok    ok   ok   ok   403    path
            POST   /clubs/{id}/care/volunteers/new                            ok    ok   ok   ok   403    path
            POST   /clubs/{id}/care/{what}/{recordId}/end                     ok    ok   ok   ok   403    path
            GET    /clubs/{id}/cases                                          ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/cases/export.{format}                          ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/cases/new                                      ok    ok   ok   ok   403    path
            POST   /clubs/{id}/cases/new                                      ok    ok   ok   ok   403    path
            GET    /clubs/{id}/cases/{caseId}                                 ok    ok   ok   ok   ok     path
            POST   /clubs/{id}/cases/{caseId}/close                           ok    ok   ok   ok   403    path
            POST   /clubs/{id}/cases/{caseId}/steps                           ok    ok   ok   ok   403    path
            GET    /clubs/{id}/cashbook                                       ok    ok   ok   ok   ok     path
            POST   /clubs/{id}/cashbook                                       ok    ok   ok   ok   403    path
            GET    /clubs/{id}/cashbook.{format}                              ok    ok   ok   ok   ok     path
            POST   /clubs/{id}/cashbook/approve/{request}                     ok    ok   ok   ok   403    path
            POST   /clubs/{id}/cashbook/reverse                               ok    ok   ok   ok   403    path
            GET    /clubs/{id}/edit                                           ok    ok   ok   ok   403    path
            POST   /clubs/{id}/edit                                           ok    ok   ok   ok   403    path
            GET    /clubs/{id}/funds                                          ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/funds/capital                                  ok    ok   ok   ok   403    path
            POST   /clubs/{id}/funds/capital                                  ok    ok   ok   ok   403    path
            GET    /clubs/{id}/funds/loans.{format}                           ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/funds/opening                                  ok    ok   ok   ok   403    path
            POST   /clubs/{id}/funds/opening                                  ok    ok   ok   ok   403    path
            GET    /clubs/{id}/funds/product                                  ok    ok   ok   ok   ok     path
            POST   /clubs/{id}/funds/product                                  ok    ok   ok   ok   403    path
            GET    /clubs/{id}/funds/statement                                ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/funds/statement.{format}                       ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/funds/transfer                                 ok    ok   ok   ok   403    path
            POST   /clubs/{id}/funds/transfer                                 ok    ok   ok   ok   403    path
            GET    /clubs/{id}/health                                         ok    ok   ok   ok   ok     path
            GET    /clubs/{id}/health/checks/new                              ok    403  403  ok   ok     path
            POST   /clubs/{id}/health/checks/new                              ok    403  403  ok   ok     path
            GET    /clubs/{id}/health/checks/{checkId}                        ok    403  403  ok   ok     path
            GET    /clubs/{id}/health/checks/{checkId}/export.{format}        ok    403  403  ok   ok     path
            GET    /clubs/{id}/health/export.{format}                         ok    ok   ok   ok   ok     path
            POST   /clubs/{id}/health/groups                                  ok    ok   ok   ok   403    path
            GET    /clubs/{id}/health/groups/export.{format}                  ok    ok   ok   ok   ok     path
            POST   /clubs/{id}/health/groups/{groupId}/join                   ok    ok   ok   ok   403    path
            GET    /clubs/{id}/health/person/{personId}                       ok    403  403  ok   ok     path
            GET    /clubs/{id}/health/person/{personId}/export.{format}       ok    403  403  ok   ok     path
            GET    /clubs/{id}/loans/new                                      ok    ok   ok   ok   403    path
            POST   /clubs/{id}/loans/new                                      ok    ok   ok   ok   403    path
            GET    /clubs/{id}/status                                         ok    ok   ok   ok   403    path
            POST   /clubs/{id}/status                                         ok    ok   ok   ok   403    path
            GET    /compositions                                              ok    ok   ok   ok   ok     unit
            GET    /compositions/export.{format}                              ok    ok   ok   ok   ok     unit
            GET    /dashboard                                                 ok    ok   ok   ok   ok     unit
            GET    /dashboard/list                                            ok    ok   ok   ok   ok     unit
            GET    /dashboard/list/export.{format}                            ok    ok   ok   ok   ok     unit
            GET    /dashboard/trend                                           ok    ok   ok   ok   ok     unit
            GET    /funds                                                     ok    ok   ok   ok   ok     -
            GET    /funds/export.{format}                                     ok    ok   ok   ok   ok     -
            POST   /language                                                  ok    ok   ok   ok   ok     -
            GET    /loans/{id}                                                ok    ok   ok   ok   ok     path
            POST   /loans/{id}/approve                                        ok    ok   ok   ok   403    path
            POST   /loans/{id}/disburse                                       ok    ok   ok   ok   403    path
            POST   /loans/{id}/refund                                         ok    ok   ok   ok   403    path
            GET    /loans/{id}/repay                                          ok    ok   ok   ok   403    path
            POST   /loans/{id}/repay                                          ok    ok   ok   ok   403    path
            POST   /loans/{id}/reschedule                                     ok    ok   ok   ok   403    path
            POST   /loans/{id}/reverse                                        ok    ok   ok   ok   403    path
            POST   /loans/{id}/write-off                                      ok    ok   ok   ok   403    path
            GET    /login                                                     ok    ok   ok   ok   ok     -
            GET    /favicon.ico                                               ok    ok   ok   ok   ok     -
            GET    /manifest.webmanifest                                      ok    ok   ok   ok   ok     -
            GET    /meetings                                                  ok    ok   ok   ok   ok     unit
            GET    /meetings/{id}                                             ok    ok   ok   ok   ok     path
            POST   /meetings/{id}/minutes                                     ok    ok   ok   ok   403    path
            POST   /meetings/{id}/reversal                                    ok    ok   ok   ok   403    path
            GET    /member-imports/{importId}                                 ok    ok   ok   ok   404    path
            POST   /member-imports/{importId}/commit                          ok    ok   ok   ok   404    path
            POST   /member-imports/{importId}/discard                         ok    ok   ok   ok   404    path
            GET    /member-imports/{importId}/rows/{rowNumber}                ok    ok   ok   ok   ok     -  # without htmx redirects to the import, which is checked
            GET    /member-imports/{importId}/rows/{rowNumber}/edit           ok    ok   ok   ok   404    path
            POST   /member-imports/{importId}/rows/{rowNumber}/edit           ok    ok   ok   ok   404    path
            POST   /member-imports/{importId}/rows/{rowNumber}/skip           ok    ok   ok   ok   404    path
            GET    /members                                                   ok    ok   ok   ok   ok     unit,club
            GET    /members/export.{format}                                   ok    ok   ok   ok   ok     unit,club
            GET    /members/import-template.xlsx                              ok    ok   ok   ok   ok     -
            GET    /members/person/{personId}                                 ok    ok   ok   ok   ok     path
            GET    /members/person/{personId}/erase                           ok    403  403  403  403    path
            POST   /members/person/{personId}/erase                           ok    403  403  403  403    path
            GET    /members/person/{personId}/personal-data.xlsx              ok    ok   ok   403  403    path
            GET    /members/{membershipId}                                    ok    ok   ok   ok   ok     path
            GET    /members/{membershipId}/edit                               ok    ok   ok   ok   403    path
            POST   /members/{membershipId}/edit                               ok    ok   ok   ok   403    path
            GET    /members/{membershipId}/leave                              ok    ok   ok   ok   403    path
            POST   /members/{membershipId}/leave                              ok    ok   ok   ok   403    path
            POST   /members/{membershipId}/merge                              ok    ok   ok   ok   403    path
            GET    /members/{membershipId}/move                               ok    ok   ok   ok   403    path
            POST   /members/{membershipId}/move                               ok    ok   ok   ok   403    path
            GET    /members/{membershipId}/passbook                           ok    ok   ok   ok   ok     path
            GET    /members/{membershipId}/passbook.{format}                  ok    ok   ok   ok   ok     path
            GET    /plans                                                     ok    ok   ok   ok   ok     -
            GET    /plans/new                                                 ok    ok   403  403  403    -
            POST   /plans/new                                                 ok    ok   403  403  403    -
            GET    /plans/{id}                                                ok    ok   ok   ok   ok     -
            GET    /plans/{id}/checklist                                      ok    ok   ok   ok   ok     -
            POST   /plans/{id}/checklist                                      ok    ok   403  403  403    -
            GET    /plans/{id}/edit                                           ok    ok   403  403  403    -
            POST   /plans/{id}/edit                                           ok    ok   403  403  403    -
            POST   /plans/{id}/lock                                           ok    ok   403  403  403    -
            GET    /plans/{id}/roadmap                                        ok    ok   403  403  403    -
            GET    /plans/{id}/unit-targets                                   ok    ok   403  403  403    -
            POST   /plans/{id}/unit-targets                                   ok    ok   403  403  403    -
            POST   /plans/{id}/roadmap                                        ok    ok   403  403  403    -
            POST   /plans/{id}/unlock                                         ok    ok   403  403  403    -
            GET    /reports/monthly                                           ok    ok   ok   ok   ok     unit
            GET    /reports/periodic                                          ok    ok   ok   ok   ok     -
            POST   /reports/periodic                                          ok    ok   ok   403  403    -
            GET    /reports/periodic/{id}                                     ok    ok   404  404  ok     -  # the city's report: the ward and the board are outside it
            GET    /reports/periodic/{id}/download.{format}                   ok    ok   404  404  ok     -  # the city's report: the ward and the board are outside it
            POST   /reports/periodic/{id}/narrative                           ok    ok   404  404  403    -  # the city's report: the ward and the board are outside it
            GET    /reports/periodic/{id}/sections                            ok    ok   404  404  ok     -  # the city's report: the ward and the board are outside it
            GET    /resources                                                 ok    ok   ok   ok   ok     unit
            GET    /resources/export.{format}                                 ok    ok   ok   ok   ok     unit
            GET    /resources/new                                             ok    ok   ok   403  403    -
            POST   /resources/new                                             ok    ok   ok   403  403    -
            GET    /resources/{id}                                            ok    ok   ok   404  ok     path
            POST   /resources/{id}                                            ok    ok   ok   404  403    path
            POST   /resources/{id}/cancel                                     ok    ok   ok   404  403    path
            GET    /sw.js                                                     ok    ok   ok   ok   ok     -
            GET    /tasks                                                     ok    ok   ok   ok   ok     -
            POST   /tasks/create                                              ok    ok   ok   ok   403    -
            GET    /tasks/{id}                                                ok    ok   ok   ok   ok     -
            POST   /tasks/{id}                                                ok    ok   ok   403  403    -
            GET    /trainings                                                 ok    ok   ok   ok   ok     unit
            GET    /trainings/export.{format}                                 ok    ok   ok   ok   ok     unit
            GET    /trainings/new                                             ok    ok   ok   403  403    -
            POST   /trainings/new                                             ok    ok   ok   403  403    -
            GET    /trainings/{id}                                            ok    ok   ok   ok   ok     -  # no demo session is outside the ward (sessions of the city have its clubs)
            POST   /trainings/{id}/cancel                                     ok    ok   403  403  403    -  # no demo session is outside the ward (sessions of the city have its clubs)
            GET    /trainings/{id}/edit                                       ok    ok   403  403  403    -  # no demo session is outside the ward (sessions of the city have its clubs)
            POST   /trainings/{id}/edit                                       ok    ok   403  403  403    -  # no demo session is outside the ward (sessions of the city have its clubs)
            GET    /units                                                     ok    ok   ok   ok   ok     -
            GET    /units/export.{format}                                     ok    ok   ok   ok   ok     -
            GET    /units/{id}                                                ok    ok   ok   ok   ok     -
            GET    /visits                                                    ok    ok   ok   ok   ok     unit
            GET    /visits/export.{format}                                    ok    ok   ok   ok   ok     unit
            GET    /visits/overdue                                            ok    ok   ok   ok   ok     -
            GET    /visits/{id}                                               ok    ok   ok   ok   ok     path
            POST   /visits/{id}/cancel                                        ok    ok   ok   403  403    path
            POST   /visits/{id}/follow-ups/{followUpId}/close                 ok    ok   ok   403  403    path
            GET    /api/v1/**                                                 404   404  404  404  404    -  # nothing else maps the address
            """;

    static final Set<String> OUTSIDE_KINDS = Set.of("path", "unit", "club", "-");
    static final long MISSING = 987_654_321L;

    record Row(Endpoint endpoint, Map<Role, String> inside, Set<String> outside) {}

    static Map<Endpoint, Row> matrix() {
        Map<Endpoint, Row> rows = new LinkedHashMap<>();
        for (String line : MATRIX.lines().toList()) {
            String text = line.replaceAll("#.*", "").strip();
            if (text.isEmpty() || text.startsWith("#")) continue;
            String[] cells = text.split("\\s+");
            assertThat(cells).as("matrix row %s has 8 columns", text).hasSize(8);
            Endpoint endpoint = new Endpoint(cells[0], cells[1]);
            Map<Role, String> inside = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                String cell = cells[2 + role.ordinal()];
                assertThat(cell).as("%s for %s", endpoint, role).isIn("ok", "403", "404");
                inside.put(role, cell);
            }
            Set<String> outside = Set.of(cells[7].split(","));
            assertThat(OUTSIDE_KINDS).as("outside of %s", endpoint).containsAll(outside);
            assertThat(rows.put(endpoint, new Row(endpoint, inside, outside)))
                    .as("%s appears once in the matrix", endpoint)
                    .isNull();
        }
        return rows;
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ClubDirectory clubs;

    Endpoints.Values values;
    /** The demo board's club: inside every demo role's scope. */
    ClubView inside;
    /** For the ward and the club's board, a demo club outside their scope, with records of every kind. */
    Map<Role, ClubView> outside = new EnumMap<>(Role.class);

    Map<Long, Long> imports = new TreeMap<>();

    @BeforeAll
    void clubsInsideAndOutside() throws Exception {
        values = new Endpoints.Values(jdbc, List.of("xlsx"));
        List<ClubView> demo = clubs.allForAdministration().stream()
                .filter(c -> DemoClubs.names().contains(c.name()))
                .toList();
        inside = demo.stream()
                .filter(c -> c.name().equals(DemoClubs.DEMO_BOARD_CLUB))
                .findFirst()
                .orElseThrow();
        Set<Long> wards = TestClubs.as(
                accounts,
                Role.WARD.username,
                () -> clubs.visible().stream().map(ClubView::id).collect(Collectors.toSet()));
        Comparator<ClubView> richest = Comparator.comparingLong(this::kindsWithRecords);
        outside.put(
                Role.WARD,
                demo.stream().filter(c -> !wards.contains(c.id())).max(richest).orElseThrow());
        outside.put(
                Role.CLUB,
                demo.stream()
                        .filter(c -> wards.contains(c.id()) && c.id() != inside.id())
                        .max(richest)
                        .orElseThrow());
        mvc.perform(post("/account/tokens")
                .param("name", "matrix")
                .with(user(accounts.loadUserByUsername(Role.CLUB.username)))
                .with(csrf()));
        for (ClubView club : List.of(inside, outside.get(Role.WARD), outside.get(Role.CLUB))) {
            Endpoints.pendingImport(mvc, accounts, Role.ADMIN.username, club.id())
                    .ifPresent(id -> imports.put(club.id(), id));
            // An expense above the activity fund's balance waits for a second board member's approval: a
            // pending request, so the approval endpoint has a real record to be tried on.
            mvc.perform(post("/api/v1/clubs/{id}/cashbook", club.id())
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content("{\"kind\":\"OTHER_EXPENSE\",\"amount\":900000000,\"date\":\""
                            + java.time.LocalDate.now(clock) + "\",\"note\":\"matrix\"}")
                    .with(user(accounts.loadUserByUsername(Role.ADMIN.username)))
                    .with(csrf().asHeader()));
        }
    }

    @AfterAll
    void discardTheImports() throws Exception {
        jdbc.sql("delete from fund_expense_request where note = 'matrix' and status = 'PENDING'")
                .update();
        for (long importId : imports.values()) {
            mvc.perform(post("/member-imports/{id}/discard", importId)
                    .with(user(accounts.loadUserByUsername(Role.ADMIN.username)))
                    .with(csrf()));
        }
    }

    long kindsWithRecords(ClubView club) {
        return java.util.Arrays.stream(Kind.values())
                .filter(k -> k.ofAClub() && k != Kind.IMPORT)
                .filter(k -> !values.of(k, club, null).isEmpty())
                .count();
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<Endpoint> mapped = new TreeSet<>(Endpoints.all(mappings));
        Set<Endpoint> declared = new TreeSet<>(matrix().keySet());
        Set<Endpoint> missing = new TreeSet<>(mapped);
        missing.removeAll(declared);
        Set<Endpoint> stale = new TreeSet<>(declared);
        stale.removeAll(mapped);
        assertThat(missing)
                .as("endpoints not in AuthorizationMatrixTest.MATRIX: add a row saying which roles may use each")
                .isEmpty();
        assertThat(stale)
                .as("rows of AuthorizationMatrixTest.MATRIX with no such endpoint")
                .isEmpty();
    }

    @Autowired
    RecordWriteGuard recordWriteGuard;

    /**
     * Every write whose address names a record (its first path variable that names one, as {@link Endpoints}
     * knows them) is guarded before its body is read: some module's {@link vn.ishc.shared.WriteGuard} answers for
     * the segment before that variable. The administration's addresses are the administrator's alone.
     */
    @Test
    void everyWriteThatNamesARecordIsGuardedBeforeItsBodyIsRead() {
        List<String> unguarded = new ArrayList<>();
        for (Endpoint endpoint : Endpoints.all(mappings)) {
            if (endpoint.isRead() || endpoint.pattern().startsWith("/admin/")) continue;
            String first = Endpoints.variables(endpoint.pattern()).entrySet().stream()
                    .filter(v -> isRecord(v.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (first == null) continue;
            String guarded = RecordWriteGuard.recordOf(endpoint.pattern(), recordWriteGuard.collections())
                    .map(RecordWriteGuard.Named::variable)
                    .orElse(null);
            if (!first.equals(guarded)) unguarded.add(endpoint + " {" + first + "}");
        }
        assertThat(unguarded)
                .as("writes naming a record that no module's WriteGuard answers for (implement one for its segment)")
                .isEmpty();
    }

    @Test
    void everyRoleInsideItsScopeGetsWhatTheMatrixSays() {
        Map<Endpoint, Row> matrix = matrix();
        List<String> failures = new ArrayList<>();
        Map<Endpoint, Map<Role, String>> observed = new TreeMap<>();
        for (Endpoint endpoint : Endpoints.all(mappings)) {
            Row row = matrix.get(endpoint);
            String url;
            try {
                url = url(endpoint, kind -> values.of(kind, inside, imports.get(inside.id())));
            } catch (AssertionError e) {
                failures.add(e.getMessage());
                continue;
            }
            for (Role role : Role.values()) {
                int status;
                try {
                    status = rolledBack(() -> perform(endpoint, url, role))
                            .getResponse()
                            .getStatus();
                } catch (AssertionError | RuntimeException e) {
                    status = 599; // an exception escaped the application: a server error
                }
                String seen = classify(status);
                observed.computeIfAbsent(endpoint, e -> new EnumMap<>(Role.class))
                        .put(role, seen);
                if (row != null && !row.inside().get(role).equals(seen))
                    failures.add("%s %s as %s: %d, the matrix says %s"
                            .formatted(
                                    endpoint.method(),
                                    url,
                                    role,
                                    status,
                                    row.inside().get(role)));
            }
        }
        if (!failures.isEmpty()) {
            System.out.println("Observed (admin city ward club viewer):");
            observed.forEach((e, roles) -> System.out.printf(
                    "%-6s %-58s %s%n",
                    e.method(),
                    e.pattern(),
                    roles.values().stream().map(s -> "%-4s".formatted(s)).collect(Collectors.joining(" "))));
        }
        assertThat(failures).as("answers that differ from the matrix").isEmpty();
    }

    /** {@code ok} when the access check let the request through, else the refusing status (or what went wrong). */
    static String classify(int status) {
        if (status == 403 || status == 404) return String.valueOf(status);
        if (status == 401 || status == 405 || status >= 500) return "!" + status;
        return "ok";
    }

    @Test
    void outsideItsScopeEveryRoleGetsNotFoundAndChangesNothing() throws Exception {
        Map<Endpoint, Row> matrix = matrix();
        Map<String, Long> before = fingerprint();
        List<String> failures = new ArrayList<>();
        Map<Endpoint, Integer> tried = new TreeMap<>();
        Map<Endpoint, Set<String>> params = Endpoints.requestParameters(mappings);
        List<String> seen = new ArrayList<>();
        for (Endpoint endpoint : Endpoints.all(mappings)) {
            Row row = matrix.get(endpoint);
            if (row == null) {
                // Not in the matrix (everyEndpointIsInTheMatrix names it): show what it answers outside.
                Set<String> possible = new TreeSet<>();
                if (Endpoints.variables(endpoint.pattern()).values().stream()
                        .anyMatch(AuthorizationMatrixTest::isRecord)) possible.add("path");
                if (params.getOrDefault(endpoint, Set.of()).contains("unit")) possible.add("unit");
                if (params.getOrDefault(endpoint, Set.of()).contains("club")) possible.add("club");
                Map<Role, String> any = new EnumMap<>(Role.class);
                for (Role r : Role.values()) any.put(r, "ok");
                row = new Row(endpoint, any, possible);
            }
            for (Role role : Role.values()) {
                if (role == Role.ADMIN) continue;
                for (String how : row.outside()) {
                    String[] urls = outsideAndMissing(endpoint, how, role);
                    if (urls == null) continue;
                    tried.merge(endpoint, 1, Integer::sum);
                    MvcResult out;
                    MvcResult missing;
                    try {
                        out = perform(endpoint, urls[0], role);
                        missing = perform(endpoint, urls[1], role);
                    } catch (AssertionError e) {
                        failures.add(e.getMessage() + ": " + e.getCause());
                        continue;
                    }
                    int status = out.getResponse().getStatus();
                    boolean same = status == missing.getResponse().getStatus()
                            && body(out, urls[0]).equals(body(missing, urls[1]));
                    seen.add("OUT %s %s %s %s %d %s"
                            .formatted(
                                    endpoint.method(),
                                    endpoint.pattern(),
                                    role,
                                    how,
                                    status,
                                    same
                                            ? "same"
                                            : "differs:" + missing.getResponse().getStatus()));
                    String what = "%s %s as %s (outside: %s)".formatted(endpoint.method(), urls[0], role, how);
                    if (!same)
                        failures.add(what + ": " + status + ", not the same answer as " + urls[1] + " ("
                                + missing.getResponse().getStatus() + ")");
                    else if (endpoint.isRead() && status < 400)
                        failures.add(what + ": " + status + ", and so is a missing record's");
                }
            }
        }
        if (!failures.isEmpty()) seen.forEach(System.out::println);
        assertThat(failures).as("answers outside the scope").isEmpty();
        matrix.values().stream()
                .filter(r -> !r.outside().contains("-"))
                .forEach(r -> assertThat(tried.getOrDefault(r.endpoint(), 0))
                        .as("%s was tried outside some role's scope (its records exist outside)", r.endpoint())
                        .isPositive());
        assertThat(fingerprint())
                .as("the database after the requests outside the scopes")
                .isEqualTo(before);
    }

    /** The outside address and the same with the outside ids replaced by a missing one; null if none exists. */
    String[] outsideAndMissing(Endpoint endpoint, String how, Role role) {
        String pattern = endpoint.pattern();
        switch (how) {
            case "unit" -> {
                String in = url(endpoint, kind -> values.of(kind, inside, imports.get(inside.id())));
                return new String[] {withParam(in, "unit", UNIT_ABOVE.get(role)), withParam(in, "unit", MISSING)};
            }
            case "club" -> {
                ClubView club = outside.get(role);
                if (club == null) return null;
                String in = url(endpoint, kind -> values.of(kind, inside, imports.get(inside.id())));
                return new String[] {withParam(in, "club", club.id()), withParam(in, "club", MISSING)};
            }
            case "path" -> {
                ClubView club = outside.get(role);
                if (club == null) return null;
                Map<String, Kind> kinds = Endpoints.variables(pattern);
                String out = pattern;
                String missing = pattern;
                for (Map.Entry<String, Kind> v : kinds.entrySet()) {
                    List<String> found = isRecord(v.getValue())
                            ? values.of(v.getValue(), club, imports.get(club.id()))
                            : values.of(v.getValue(), inside, imports.get(inside.id()));
                    if (found.isEmpty()) return null;
                    out = Endpoints.fill(out, v.getKey(), found.get(0));
                    missing = Endpoints.fill(
                            missing, v.getKey(), isRecord(v.getValue()) ? String.valueOf(MISSING) : found.get(0));
                }
                return new String[] {out, missing};
            }
            default -> {
                return null;
            }
        }
    }

    static boolean isRecord(Kind kind) {
        return switch (kind) {
            case FORMAT, ROW, REPORT_MONTH, REPORT_STEP, CARE_KIND, TASK_YEAR -> false;
            default -> true;
        };
    }

    static String withParam(String url, String name, long value) {
        return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
    }

    /** The endpoint's address with the first value of each variable; fails if a variable has none. */
    String url(Endpoint endpoint, Function<Kind, List<String>> valuesOf) {
        String url = endpoint.pattern();
        for (Map.Entry<String, Kind> v : Endpoints.variables(url).entrySet()) {
            List<String> found = valuesOf.apply(v.getValue());
            assertThat(found)
                    .as("a value for {%s} of %s in the demo board's club", v.getKey(), endpoint)
                    .isNotEmpty();
            url = Endpoints.fill(url, v.getKey(), found.get(0));
        }
        return url;
    }

    /** The body, with the request's own address and per-request tokens (CSRF) taken out. */
    static String body(MvcResult result, String url) throws Exception {
        return result.getResponse()
                .getContentAsString()
                .replace(url, "{url}")
                .replaceAll("[A-Za-z0-9_-]{32,}", "{token}");
    }

    MvcResult perform(Endpoint endpoint, String url, Role role) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), url);
        if (endpoint.isApi()) {
            request.with(httpBasic(role.username, "demo"));
            if (!endpoint.isRead())
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
        } else {
            request.with(user(accounts.loadUserByUsername(role.username)));
            if (!endpoint.isRead()) request.with(csrf());
        }
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new AssertionError(endpoint.method() + " " + url + " as " + role + " failed", e);
        }
    }

    /** Runs the request in a transaction that is rolled back, so that what a write changes does not stay. */
    MvcResult rolledBack(java.util.function.Supplier<MvcResult> request) {
        return new TransactionTemplate(transactions).execute(tx -> {
            tx.setRollbackOnly();
            return request.get();
        });
    }

    /**
     * Every application table's row count and, where rows carry a version, the sum of the versions; the
     * audit trail's tables record every audited change (sessions and the event registry are left out).
     */
    Map<String, Long> fingerprint() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        Map<String, Long> fingerprint = new TreeMap<>();
        for (String table : tables) {
            if (table.startsWith("spring_session")
                    || table.startsWith("event_publication")
                    || table.startsWith("flyway")) continue;
            fingerprint.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
            boolean versioned = jdbc.sql("select count(*) from information_schema.columns where lower(table_name) = ?"
                                    + " and lower(column_name) = 'version'")
                            .param(table)
                            .query(Long.class)
                            .single()
                    > 0;
            if (versioned)
                fingerprint.put(
                        table + ".version",
                        jdbc.sql("select coalesce(sum(version), 0) from " + table)
                                .query(Long.class)
                                .single());
        }
        return fingerprint;
    }

    @Test
    void anUnknownApiPathIsAProblemInTheUsersLanguage() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/no-such-thing")
                        .with(httpBasic(Role.CITY.username, "demo"))
                        .header("Accept-Language", "en"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(result.getResponse().getContentAsString())
                .contains("\"status\":404")
                .contains("\"title\":\"Not found\"");
    }
}
