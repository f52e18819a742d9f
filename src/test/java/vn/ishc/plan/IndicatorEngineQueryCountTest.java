package vn.ishc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.IntegrationTest;
import vn.ishc.area.UnitCsvImport;
import vn.ishc.area.UnitDirectory;
import vn.ishc.plan.IndicatorEngine.View;
import vn.ishc.shared.Scope;

/**
 * The dashboard's statements are a fixed number, whatever the number of clubs: the engine is built here
 * over a {@link DataSource} that counts every statement prepared or created, and computes the same view
 * with 10 and with 200 clubs (each with members).
 */
@IntegrationTest
class IndicatorEngineQueryCountTest {
    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitDirectory units;

    @Autowired
    UnitCsvImport csv;

    @Autowired
    Plans plans;

    static DataSource counting(DataSource target, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection c) return countingConnection(c, statements);
                    return result;
                });
    }

    static Connection countingConnection(Connection target, AtomicInteger statements) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement")
                            || name.equals("createStatement")
                            || name.equals("prepareCall")) {
                        statements.incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheNumberOfClubs() {
        PlanFixture f = new PlanFixture(jdbc, units, csv);
        Plan plan = f.plan(plans);
        AtomicInteger statements = new AtomicInteger();
        IndicatorEngine engine = new IndicatorEngine(JdbcClient.create(counting(dataSource, statements)), units);
        String[] communes = {"Xã A", "Xã B", "Xã C", "Xã D", "Xã E"};

        addClubs(f, communes, 0, 10);
        View byPlan = new View(plan, f.unit("Tỉnh KH"), LocalDate.of(2025, 12, 31), Era.PLAN);
        View byNew = new View(plan, f.unit("Tỉnh KH"), LocalDate.of(2025, 12, 31), Era.CURRENT);
        units.find(f.unit("Xã A").id()); // the unit graph is loaded outside the counted statements
        int[] with10 = statementsOf(engine, statements, byPlan, byNew);
        assertThat(engine.compute(byPlan, Scope.everything(false))
                        .result(Indicator.NEW_CLUBS)
                        .total()
                        .numerator())
                .isEqualTo(10);

        addClubs(f, communes, 10, 200);
        int[] with200 = statementsOf(engine, statements, byPlan, byNew);
        assertThat(engine.compute(byPlan, Scope.everything(false))
                        .result(Indicator.NEW_CLUBS)
                        .total()
                        .numerator())
                .isEqualTo(200);

        assertThat(with200).containsExactly(with10);
        long kindsOfRows = java.util.Arrays.stream(Indicator.values())
                .filter(Indicator::computed)
                .map(Indicator::from)
                .distinct()
                .count();
        // One statement for all club indicators (the rules of fully active, well managed, trained and
        // monitored included), one for all member indicators and one for the resources, for either era.
        assertThat(kindsOfRows).isEqualTo(3);
        assertThat(with10[0]).isEqualTo(3);
        assertThat(with10[1]).isEqualTo(3);
        // The lists behind figures: one statement each.
        assertThat(with10[2]).isEqualTo(1);
        assertThat(with10[3]).isEqualTo(1);
        // The yearly trend: one dashboard per plan year (2021–2025).
        assertThat(with10[4]).isEqualTo(5 * 3);
    }

    int[] statementsOf(IndicatorEngine engine, AtomicInteger statements, View byPlan, View byNew) {
        int[] counts = new int[5];
        statements.set(0);
        engine.compute(byPlan, Scope.everything(false));
        counts[0] = statements.getAndSet(0);
        engine.compute(byNew, Scope.everything(false));
        counts[1] = statements.getAndSet(0);
        engine.clubs(byPlan, Scope.everything(false), Indicator.CLUBS_COMPOSITION_OK, null, null);
        counts[2] = statements.getAndSet(0);
        engine.members(byPlan, Scope.everything(false), Indicator.NEW_CLUB_MEMBERS, null);
        counts[3] = statements.getAndSet(0);
        engine.trend(byPlan, Scope.everything(false));
        counts[4] = statements.getAndSet(0);
        return counts;
    }

    /** New clubs numbered {@code from} to {@code to - 1}, spread over the communes, each with three members. */
    static void addClubs(PlanFixture f, String[] communes, int from, int to) {
        for (int n = from; n < to; n++) {
            String commune = communes[n % communes.length];
            LocalDate founded = commune.equals("Xã D") || commune.equals("Xã E")
                    ? LocalDate.of(2025, 7, 1).plusDays(n % 150)
                    : LocalDate.of(2021, 1, 1).plusDays(n * 7L % 1600);
            long club = f.club("CLB " + n, commune, founded);
            for (int m = 0; m < 3; m++) {
                f.member(club, "Người " + n + "-" + m, m == 0 ? "MALE" : "FEMALE", 1940 + (n + m) % 60, founded);
            }
        }
    }
}
