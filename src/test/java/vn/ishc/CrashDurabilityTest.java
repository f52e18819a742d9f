package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ishc.ChildApplication.OwnDatabase;
import vn.ishc.ChildApplication.WebSession;

/**
 * A write the application has confirmed survives the application being killed (issue 11 item 5, issue 17
 * item 5). The real application runs as a child JVM with demo data ({@link ChildApplication}); as the demo
 * club board it sends at once the confirm of a member import of {@value #IMPORT_ROWS} rows (the Excel
 * import's save step, a web form), {@value #BURST} loan repayments on one loan and {@value #BURST} cash-book
 * receipts; the child is killed with SIGKILL as soon as a few repayments and receipts have been answered
 * 2xx, while the rest (and usually the import) are in flight; the application is started again on the same
 * database, and then:
 *
 * <ul>
 *   <li>every receipt answered 2xx is in the club's cash book, once and whole;
 *   <li>every repayment answered 2xx is on the loan once, its entries adding up to the amount paid, and the
 *       loan's balance is the balance before the burst less the principal of the repayments present;
 *   <li>the import is there whole or not at all, and whole if its confirm was answered (a redirect).
 * </ul>
 *
 * <p>On H2 the child runs in a temporary directory with the application's default database URL, so the
 * test covers exactly what a default installation does. On PostgreSQL it uses a database of its own,
 * created and dropped here, so the shared {@code test} database is left alone; without PostgreSQL that half
 * is skipped with a warning (it fails in CI, as {@link TestDatabase} does). The application started again
 * on PostgreSQL then serves as the first of the {@link TwoInstances} check, which a second instance joins:
 * one child start with the demo data fewer than two separate tests would need.
 *
 * <p>Tagged {@code crash}, not {@code integration}: it handles both databases itself, so it runs once, in
 * the default Surefire execution, and not again in the {@code postgresql} one.
 */
@Tag("crash")
class CrashDurabilityTest {

    static final int BURST = 40;
    static final int KILL_AFTER = 5;
    static final int IMPORT_ROWS = 1500;
    static final long REPAYMENT = 1000;
    static final String IMPORTED = "Sapnguon";

    @Test
    void everyWriteAnsweredBeforeTheKillIsInTheH2FileAfterRestart() throws Exception {
        Path dir = Files.createTempDirectory("ishc-crash-h2");
        try {
            // No ISHC_DB_URL: the application's default URL, whose ./data/ishc lands in the child's directory.
            List<ChildApplication> started = crashAndRestart("H2", dir, new HashMap<>(), new String[0], null);
            assertThat(started.get(0).log())
                    .as("the default H2 URL is durable by itself, not by DatabaseConfig's correction")
                    .doesNotContain("does not say WRITE_DELAY");
            assertThat(dir.resolve("data/ishc.mv.db")).exists();
        } finally {
            ChildApplication.deleteRecursively(dir);
        }
    }

    /**
     * The same on a PostgreSQL database of the test's own; then the application started again there is
     * instance A of {@link TwoInstances}: a second instance joins it on the same database.
     */
    @Test
    void everyWriteAnsweredBeforeTheKillIsInPostgresqlAfterRestartAndTwoInstancesShareIt() throws Exception {
        TestDatabase.assumeReachable("the PostgreSQL half of CrashDurabilityTest (and TwoInstances) is");
        Path dir = Files.createTempDirectory("ishc-crash-pg");
        try (OwnDatabase db = OwnDatabase.create("ishc_crash")) {
            Map<String, String> env = ChildApplication.postgresEnv(db.url());
            crashAndRestart(
                    "PostgreSQL",
                    dir,
                    env,
                    TwoInstances.JOBS_EVERY_PERIOD,
                    (again, children) -> TwoInstances.check(again, dir, env, children));
        } finally {
            ChildApplication.deleteRecursively(dir);
        }
    }

    /** What runs on the application started again, after the checks and before it stops. */
    interface AfterRestart {
        void on(ChildApplication again, List<ChildApplication> children) throws Exception;
    }

    /**
     * Start, prepare, burst, SIGKILL, start again (with {@code againArgs}), check, then {@code thenOnIt} if any;
     * returns the children (all stopped by then).
     */
    List<ChildApplication> crashAndRestart(
            String database, Path dir, Map<String, String> env, String[] againArgs, AfterRestart thenOnIt)
            throws Exception {
        List<ChildApplication> children = new ArrayList<>();
        try {
            ChildApplication first = ChildApplication.start(dir, env, 1);
            children.add(first);
            first.awaitReady();
            Club club = club(first);
            Loan loan = loan(first, club);

            // The import waits at its preview, uploaded before the burst; its confirm goes first.
            WebSession board = WebSession.login(first, ChildApplication.DEMO_BOARD, ChildApplication.DEMO_PASSWORD);
            board.get(first, "/clubs/" + club.id() + "/members/import");
            HttpResponse<String> uploaded = board.upload(
                    first, "/clubs/" + club.id() + "/members/import", "file", "danh-sach.xlsx", workbook());
            String preview = uploaded.headers().firstValue("Location").orElse("");
            assertThat(preview).as("the upload's answer: %s", uploaded.body()).contains("/member-imports/");
            String importPath = preview.substring(preview.indexOf("/member-imports/"));
            board.get(first, importPath);
            assertThat(imported(first, club)).isZero();

            AtomicReference<String> importOutcome = new AtomicReference<>("not answered");
            CompletableFuture<?> commit = CompletableFuture.runAsync(() -> {
                try {
                    HttpResponse<String> r = board.postForm(first, importPath + "/commit", Map.of());
                    importOutcome.set(r.statusCode() + " "
                            + r.headers().firstValue("Location").orElse(""));
                } catch (Exception e) {
                    importOutcome.set(e.getClass().getSimpleName());
                }
            });

            Burst cash = new Burst();
            Burst repayments = new Burst();
            Runnable killWhenBothAnswered = () -> {
                if (cash.ok.get() >= KILL_AFTER && repayments.ok.get() >= KILL_AFTER) first.kill();
            };
            List<CompletableFuture<?>> requests = new ArrayList<>();
            requests.add(commit);
            for (int n = 1; n <= BURST; n++) {
                requests.add(cash.send(
                        first,
                        "KILL-" + n,
                        "/api/v1/clubs/" + club.id() + "/cashbook",
                        """
                        {"kind":"MEMBERSHIP_FEE","amount":1000,"date":"%s","documentNo":"KILL-%d","note":"crash test"}""".formatted(club.foundedOn(), n),
                        killWhenBothAnswered));
                requests.add(repayments.send(
                        first,
                        "REPAY-" + n,
                        "/api/v1/loans/" + loan.id() + "/repayments",
                        """
                        {"amount":%d,"date":"%s","documentNo":"REPAY-%d","note":"crash test"}""".formatted(REPAYMENT, loan.lastEntryOn(), n),
                        killWhenBothAnswered));
            }
            try {
                CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new))
                        .exceptionally(e -> null)
                        .get(300, TimeUnit.SECONDS);
            } finally {
                first.kill();
            }
            assertThat(first.process.exitValue())
                    .as("the first application was killed with SIGKILL (exit 128 + 9)")
                    .isEqualTo(137);
            assertThat(cash.answered)
                    .as("receipts answered 2xx before the kill; every outcome: %s", cash.outcomes)
                    .hasSizeGreaterThanOrEqualTo(KILL_AFTER);
            assertThat(repayments.answered)
                    .as("repayments answered 2xx before the kill; every outcome: %s", repayments.outcomes)
                    .hasSizeGreaterThanOrEqualTo(KILL_AFTER);
            boolean importConfirmed = importOutcome.get().startsWith("302")
                    && !importOutcome.get().contains("/member-imports/");

            ChildApplication second = ChildApplication.start(dir, env, 2, againArgs);
            children.add(second);
            second.awaitReady();

            // The cash book: every receipt answered 2xx, once, whole.
            String cashbook = second.get("/api/v1/clubs/" + club.id() + "/cashbook");
            List<String> docs = JsonPath.read(cashbook, "$[?(@.documentNo =~ /KILL-.*/)].documentNo");
            List<Object> amounts = JsonPath.read(cashbook, "$[?(@.documentNo =~ /KILL-.*/)].amount");
            assertThat(docs)
                    .as("every receipt answered 2xx before the kill is in the cash book after the restart")
                    .containsAll(cash.answered)
                    .doesNotHaveDuplicates();
            assertThat(amounts)
                    .as("nothing half-written")
                    .allSatisfy(a -> assertThat(((Number) a).longValue()).isEqualTo(1000));

            // The loan: every repayment answered 2xx, once, whole, and the balance that follows from them.
            String after = second.get("/api/v1/loans/" + loan.id());
            List<Map<String, Object>> entries = JsonPath.read(after, "$.entries[?(@.documentNo =~ /REPAY-.*/)]");
            Map<String, Long> paidByDocument = entries.stream()
                    .collect(Collectors.groupingBy(
                            e -> (String) e.get("documentNo"),
                            Collectors.summingLong(e -> ((Number) e.get("amount")).longValue())));
            assertThat(paidByDocument.keySet())
                    .as("every repayment answered 2xx before the kill is on the loan after the restart")
                    .containsAll(repayments.answered);
            assertThat(paidByDocument.values())
                    .as("each repayment present once and whole (its fee, principal and credit entries): %s", entries)
                    .allSatisfy(paid -> assertThat(paid).isEqualTo(REPAYMENT));
            long principal = sum(entries, "PRINCIPAL_REPAID");
            long fees = sum(entries, "FEE_RECEIVED");
            assertThat(((Number) JsonPath.read(after, "$.outstanding")).longValue())
                    .as("the balance: before the burst less the principal of the repayments present")
                    .isEqualTo(loan.outstanding() - principal);
            assertThat(((Number) JsonPath.read(after, "$.feesPaid")).longValue())
                    .as("the fees paid: before the burst and the fees of the repayments present")
                    .isEqualTo(loan.feesPaid() + fees);

            // The import: all of it or none of it, and all of it when its confirm was answered.
            long members = imported(second, club);
            assertThat(members)
                    .as("the import's members after the restart (confirm answered: %s)", importOutcome.get())
                    .isIn(0L, (long) IMPORT_ROWS);
            if (importConfirmed) assertThat(members).isEqualTo(IMPORT_ROWS);

            System.out.printf(
                    "CrashDurabilityTest on %s: %d of %d receipts and %d of %d repayments answered 2xx before"
                            + " SIGKILL; the import's confirm: %s, %d of its %d members present after restart%n",
                    database,
                    cash.answered.size(),
                    BURST,
                    repayments.answered.size(),
                    BURST,
                    importOutcome.get(),
                    members,
                    IMPORT_ROWS);
            if (thenOnIt != null) thenOnIt.on(second, children);
            second.stop();
            return children;
        } catch (Throwable t) {
            ChildApplication.printLogs(children);
            throw t;
        } finally {
            for (ChildApplication c : children) c.kill();
        }
    }

    /** Requests sent at once, with what each was answered. */
    static final class Burst {
        final Set<String> answered = ConcurrentHashMap.newKeySet();
        final Map<String, String> outcomes = new ConcurrentHashMap<>();
        final AtomicInteger ok = new AtomicInteger();

        CompletableFuture<?> send(ChildApplication child, String doc, String path, String body, Runnable onOk) {
            return child.http
                    .sendAsync(
                            child.api(path)
                                    .header("Content-Type", "application/json")
                                    .POST(ChildApplication.json(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        if (response != null && response.statusCode() / 100 == 2) {
                            answered.add(doc);
                            ok.incrementAndGet();
                            onOk.run();
                        }
                        outcomes.put(
                                doc,
                                response != null
                                        ? response.statusCode() + " " + ChildApplication.abbreviate(response.body())
                                        : failure.getClass().getSimpleName());
                    });
        }
    }

    static long sum(List<Map<String, Object>> entries, String kind) {
        return entries.stream()
                .filter(e -> kind.equals(e.get("kind")))
                .mapToLong(e -> ((Number) e.get("amount")).longValue())
                .sum();
    }

    record Club(long id, String foundedOn) {}

    static Club club(ChildApplication child) throws Exception {
        String page = child.get("/api/v1/clubs?size=100");
        String filter = "$.content[?(@.name == '" + ChildApplication.DEMO_CLUB + "')]";
        List<Number> ids = JsonPath.read(page, filter + ".id");
        List<String> founded = JsonPath.read(page, filter + ".foundedOn");
        assertThat(ids).as("the demo club board's club in %s", page).hasSize(1);
        return new Club(ids.get(0).longValue(), founded.get(0));
    }

    record Loan(long id, long outstanding, long feesPaid, String lastEntryOn) {}

    /** The demo club's running loan with the most still owed, and the date of its last entry. */
    static Loan loan(ChildApplication child, Club club) throws Exception {
        String loans = child.get("/api/v1/clubs/" + club.id() + "/loans");
        List<Map<String, Object>> active = JsonPath.read(loans, "$[?(@.status == 'ACTIVE')]");
        Map<String, Object> most = active.stream()
                .max((a, b) -> Long.compare(
                        ((Number) a.get("outstanding")).longValue(), ((Number) b.get("outstanding")).longValue()))
                .orElseThrow(() -> new AssertionError("no running loan in the demo club: " + loans));
        long outstanding = ((Number) most.get("outstanding")).longValue();
        assertThat(outstanding).as("room for the burst").isGreaterThan(BURST * REPAYMENT * 2);
        long id = ((Number) most.get("id")).longValue();
        List<String> dates = JsonPath.read(child.get("/api/v1/loans/" + id), "$.entries[*].date");
        String last = dates.stream().max(String::compareTo).orElseThrow();
        return new Loan(id, outstanding, ((Number) most.get("feesPaid")).longValue(), last);
    }

    /** How many of the import's people are members of the club. */
    static long imported(ChildApplication child, Club club) throws Exception {
        String page = child.get("/api/v1/members?club=" + club.id() + "&q=" + IMPORTED + "&size=1");
        return ((Number) JsonPath.read(page, "$.total")).longValue();
    }

    /** A member list of {@value #IMPORT_ROWS} new people, in the template's first three columns. */
    static byte[] workbook() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Danh sách");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Giới tính");
            header.createCell(2).setCellValue("Năm sinh");
            for (int r = 1; r <= IMPORT_ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Nguyễn Thị " + IMPORTED + " " + r);
                row.createCell(1).setCellValue(r % 2 == 0 ? "Nữ" : "Nam");
                row.createCell(2).setCellValue(1940 + r % 20);
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
