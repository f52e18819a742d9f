package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.ishc.IntegrationTest;
import vn.ishc.TestClubs;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.DemoClubs;
import vn.ishc.shared.SpreadsheetReader;

/**
 * The Excel import of member lists over HTTP, on H2 and PostgreSQL: good files (typed loosely, or saved
 * by LibreOffice) import every row; every kind of bad file is refused with a message and changes
 * nothing; bad rows block the commit until corrected or dropped; scopes apply. Each test imports into a
 * club of its own, founded in the ward officer's territory, so the demo clubs keep their members.
 */
@IntegrationTest
class MemberImportTest {
    static final List<String> HEADERS = List.of(
            "Họ và tên",
            "Giới tính",
            "Ngày sinh",
            "Dân tộc",
            "Hoàn cảnh hộ",
            "Năm xét hộ",
            "Khuyết tật",
            "Sống một mình",
            "Khó khăn khác",
            "Số CCCD",
            "Điện thoại",
            "Tổ dân phố/Thôn/Buôn",
            "Ngày tham gia");
    static final Path LIBREOFFICE_FIXTURE = Path.of("src/test/resources/spreadsheets/members-libreoffice.xlsx");
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final AtomicLong NATIONAL_IDS = new AtomicLong(700_000_000_000L + System.nanoTime() % 10_000_000 * 1000);
    static final Pattern ROW = Pattern.compile("<tr[^>]*class=\"import-row[\" ]");
    static final Pattern IMPORT_URL = Pattern.compile("/member-imports/(\\d+)");

    /** The 100,000-row workbook, written once per test run. */
    private static Path hugeWorkbook;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ClubDirectory clubs;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    // ---- helpers ----

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** A new club in the former Phường Tân Lập (unit 10), in demo-ward's territory. */
    long newClub() {
        return TestClubs.found(accounts, "demo-ward", clubs, "CLB nhập thử", 10, LocalDate.of(2018, 1, 1))
                .id();
    }

    long clubNamed(String name) {
        return jdbc.sql("select id from club where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    static String nationalId() {
        return String.valueOf(NATIONAL_IDS.incrementAndGet());
    }

    static String name(String given) {
        return "Nguyễn Thị " + given + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** Counts of every table an import may write to. */
    Map<String, Long> counts() {
        return Map.of(
                "member_import", count("member_import"),
                "member_import rows", storedRows(),
                "person", count("person"),
                "membership", count("membership"));
    }

    /** The sheet rows held by imports (of every club), as stored in {@code member_import.row_data}. */
    long storedRows() {
        return jdbc
                .sql("select row_data from member_import where row_data is not null")
                .query((rs, n) -> MemberImportRows.read(rs.getBytes("row_data")).size())
                .list()
                .stream()
                .mapToLong(Integer::longValue)
                .sum();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long members(long clubId) {
        return jdbc.sql("select count(*) from membership where club_id = ? and left_on is null")
                .param(clubId)
                .query(Long.class)
                .single();
    }

    String importStatus(long importId) {
        return jdbc.sql("select status from member_import where id = ?")
                .param(importId)
                .query(String.class)
                .single();
    }

    /**
     * A workbook with the template's headers and the given rows: a null row stays blank; cell values are
     * text, numbers or dates (as Excel date cells).
     */
    static byte[] workbook(List<String> headers, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = book.createSheet("Danh sách");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) header.createCell(c).setCellValue(headers.get(c));
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) == null) continue;
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) continue;
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] workbook(List<List<Object>> rows) throws IOException {
        return workbook(HEADERS, rows);
    }

    /** A row of the 13 template columns: name, sex, birth, then the rest (missing ones blank). */
    static List<Object> person(Object... cells) {
        List<Object> row = new ArrayList<>(Arrays.asList(cells));
        while (row.size() < HEADERS.size()) row.add(null);
        return row;
    }

    /** A row with only the national ID column besides name, sex and birth. */
    static List<Object> withId(String name, String sex, Object birth, Object nationalId) {
        List<Object> row = person(name, sex, birth);
        row.set(9, nationalId);
        return row;
    }

    MvcResult upload(long clubId, String user, String fileName, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/clubs/{id}/members/import", clubId)
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
                        .with(as(user))
                        .with(csrf()))
                .andReturn();
    }

    /** Uploads a good file and returns the new import's id. */
    long uploaded(long clubId, String user, byte[] bytes) throws Exception {
        MvcResult result = upload(clubId, user, "danh-sach.xlsx", bytes);
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        Matcher m = IMPORT_URL.matcher(result.getResponse().getRedirectedUrl());
        assertThat(m.matches()).isTrue();
        return Long.parseLong(m.group(1));
    }

    String page(String url, String user) throws Exception {
        MvcResult result =
                mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String preview(long importId, String user) throws Exception {
        return page("/member-imports/" + importId, user);
    }

    static int rowsShown(String html) {
        Matcher m = ROW.matcher(html);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    static int occurrences(String html, String text) {
        int n = 0;
        for (int i = html.indexOf(text); i >= 0; i = html.indexOf(text, i + 1)) n++;
        return n;
    }

    /** The Vietnamese message as the page shows it (HTML-escaped). */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE)
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    MvcResult commit(long importId, String user) throws Exception {
        return mvc.perform(post("/member-imports/{id}/commit", importId)
                        .with(as(user))
                        .with(csrf()))
                .andReturn();
    }

    // ---- good files ----

    @Test
    void aLooselyTypedFileImportsEveryRowAndOnlyThoseRows() throws Exception {
        long club = newClub();
        String idAsNumber = nationalId();
        String womanBornOnADateCell = name("Ba");
        String yearOnly = name("Bốn");
        byte[] file = workbook(Arrays.asList(
                person(
                        name("Một") + "   ",
                        "nu",
                        "12/03/1955",
                        "ede",
                        "Nghèo",
                        "2024",
                        "x",
                        "",
                        "",
                        "",
                        "",
                        "Buôn Ako"),
                null,
                withId(name("Hai"), "NAM", "5/3/1960", Long.parseLong(idAsNumber)),
                person(womanBornOnADateCell, "Nữ", LocalDate.of(1950, 6, 1), "Kinh", "cận nghèo", 2023),
                person(yearOnly, "Nam ", 1958, "", "", "", "", "Có"),
                person(
                        name("Năm"),
                        "NỮ",
                        "1962",
                        "M'nông",
                        "",
                        "",
                        "1",
                        "0",
                        "Neo đơn",
                        "",
                        905123456,
                        "Thôn 4",
                        "01/03/2024"),
                null,
                null));
        Map<String, Long> before = counts();
        long membersBefore = members(club);

        long importId = uploaded(club, "demo-ward", file);
        assertThat(storedRows()).isEqualTo(before.get("member_import rows") + 5);
        assertThat(count("person")).as("nothing saved before the commit").isEqualTo(before.get("person"));

        String html = preview(importId, "demo-ward");
        assertThat(rowsShown(html)).isEqualTo(5);
        assertThat(html).doesNotContain("row-error").contains("id=\"import-rows\"");
        assertThat(html).containsPattern("<button[^>]*id=\"import-commit\"(?![^>]*disabled)");
        assertThat(html).contains("Ê Đê", "M&#39;nông", "0905123456");

        mvc.perform(post("/member-imports/{id}/commit", importId)
                        .with(as("demo-ward"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/clubs/" + club));

        assertThat(members(club)).isEqualTo(membersBefore + 5);
        assertThat(count("person")).isEqualTo(before.get("person") + 5);
        assertThat(importStatus(importId)).isEqualTo("COMMITTED");
        assertThat(storedRows()).as("the raw rows are gone").isEqualTo(before.get("member_import rows"));
        assertThat(jdbc.sql("select birth_year from person where national_id = ?")
                        .param(idAsNumber)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1960);
        assertThat(jdbc.sql("select birth_date from person where full_name = ?")
                        .param(womanBornOnADateCell)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(1950, 6, 1));
        assertThat(jdbc.sql("select birth_date is null and birth_year = 1958 and lives_alone from person"
                                + " where full_name = ?")
                        .param(yearOnly)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from person p join membership m on m.person_id = p.id"
                                + " where m.club_id = ? and p.ethnicity = 'Ê Đê' and p.household_status = 'POOR'"
                                + " and p.household_status_year = 2024 and p.disability")
                        .param(club)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from membership where club_id = ? and joined_on = ?")
                        .param(club)
                        .param(LocalDate.now(clock))
                        .query(Long.class)
                        .single())
                .as("a blank joining date is today")
                .isEqualTo(4);
    }

    @Test
    void aFileSavedByLibreOfficeImports() throws Exception {
        Assumptions.assumeTrue(Files.exists(LIBREOFFICE_FIXTURE), "fixture " + LIBREOFFICE_FIXTURE + " absent");
        long club = newClub();
        byte[] file = Files.readAllBytes(LIBREOFFICE_FIXTURE);
        int rows = SpreadsheetReader.read(file, 100).rows().size();
        // The fixture's national IDs are fixed: a run that found them taken (by a person an earlier
        // run left in a shared database) would prove nothing about the file.
        Assumptions.assumeTrue(count("person where national_id = '066155001234'") == 0);
        long membersBefore = members(club);

        long importId = uploaded(club, "demo-ward", file);
        String html = preview(importId, "demo-ward");
        assertThat(rowsShown(html)).isEqualTo(rows);
        assertThat(html).doesNotContain("row-error");
        assertThat(html).contains("Nguyễn Thị Hồng", "Lê Thị Mai", "M&#39;nông", "Ê Đê", "0912345678");

        assertThat(commit(importId, "demo-ward").getResponse().getStatus()).isEqualTo(302);
        assertThat(members(club)).isEqualTo(membersBefore + rows);
        assertThat(jdbc.sql("select full_name from person where national_id = '066155001234'")
                        .query(String.class)
                        .single())
                .isEqualTo("Nguyễn Thị Hồng");
    }

    @Test
    void aFileOfThousandsOfRowsImportsCompletely() throws Exception {
        long club = newClub();
        int size = 5000;
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(withId(
                    "Người Thử " + UUID.randomUUID().toString().substring(0, 8),
                    i % 3 == 0 ? "Nam" : "Nữ",
                    String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1940 + i % 50),
                    nationalId()));
        }
        byte[] file = workbook(rows);
        long start = System.nanoTime();
        long importId = uploaded(club, "demo-ward", file);
        long uploadedAt = System.nanoTime();
        String html = preview(importId, "demo-ward");
        long previewedAt = System.nanoTime();
        assertThat(html).contains("id=\"import-only-problems\"").doesNotContain("row-error");
        assertThat(commit(importId, "demo-ward").getResponse().getStatus()).isEqualTo(302);
        long committedAt = System.nanoTime();
        assertThat(members(club)).isEqualTo(size);
        double seconds = (committedAt - start) / 1e9;
        System.out.printf(
                "Member import of %d rows: upload %.2f s, preview %.2f s, commit %.2f s: %.0f rows/s%n",
                size,
                (uploadedAt - start) / 1e9,
                (previewedAt - uploadedAt) / 1e9,
                (committedAt - previewedAt) / 1e9,
                size / seconds);
        // No assertion on time: the figure is printed for information only (see docs/performance.md).
    }

    // ---- bad files ----

    static synchronized Path hugeWorkbook() throws IOException {
        if (hugeWorkbook == null) {
            Path file = Files.createTempFile("members-100000-", ".xlsx");
            file.toFile().deleteOnExit();
            try (SXSSFWorkbook book = new SXSSFWorkbook(100);
                    OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = book.createSheet();
                Row header = sheet.createRow(0);
                for (int c = 0; c < 3; c++) header.createCell(c).setCellValue(HEADERS.get(c));
                for (int r = 1; r <= 100_000; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue("Người " + r);
                    row.createCell(1).setCellValue("Nữ");
                    row.createCell(2).setCellValue(1950);
                }
                book.write(out);
                book.dispose();
            }
            hugeWorkbook = file;
        }
        return hugeWorkbook;
    }

    record BadFile(String fileName, byte[] bytes, String messageKey, Object... args) {}

    List<BadFile> badFiles() throws IOException {
        List<BadFile> files = new ArrayList<>();
        files.add(new BadFile(
                "danh-sach.csv",
                String.join(",", HEADERS).concat("\nNguyễn Thị Hoa,Nữ,1950\n").getBytes(StandardCharsets.UTF_8),
                "import.error.notXlsx"));
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            xls.createSheet().createRow(0).createCell(0).setCellValue("Họ và tên");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xls.write(out);
            files.add(new BadFile("danh-sach.xls", out.toByteArray(), "import.error.notXlsx"));
        }
        files.add(new BadFile("trong.xlsx", new byte[0], "import.error.emptyFile"));
        files.add(new BadFile("chi-tieu-de.xlsx", workbook(List.of()), "import.error.empty"));
        files.add(new BadFile(
                "100000-dong.xlsx",
                Files.readAllBytes(hugeWorkbook()),
                "import.error.tooManyRows",
                MemberImportService.MAX_ROWS));
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            for (int c = 0; c < 3; c++) header.createCell(c).setCellValue(HEADERS.get(c));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Nguyễn Thị Hoa");
            row.createCell(1).setCellValue("Nữ");
            row.createCell(2).setCellFormula("1900+55");
            files.add(new BadFile("cong-thuc.xlsx", bytes(book), "import.error.formula", "C2"));
        }
        files.add(new BadFile(
                "lenh.xlsx",
                workbook(List.of(person("=HYPERLINK(\"http://x.example\",\"Bấm\")", "Nữ", "1950"))),
                "import.error.script",
                "A2"));
        files.add(new BadFile(
                "script.xlsx",
                workbook(List.of(person("Nguyễn Thị Hoa", "Nữ", "1950", "<script>alert(1)</script>"))),
                "import.error.script",
                "D2"));
        try (XSSFWorkbook book = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            book.createSheet().createRow(0).createCell(0).setCellValue("Họ và tên");
            files.add(new BadFile("macro.xlsx", bytes(book), "import.error.macro"));
        }
        files.add(new BadFile(
                "thieu-cot.xlsx",
                workbook(List.of("Họ và tên", "Ngày sinh"), List.of(List.of("Nguyễn Thị Hoa", "1950"))),
                "import.error.missingColumns",
                "Giới tính"));
        return files;
    }

    static byte[] bytes(Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    @Test
    void everyKindOfBadFileIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        long club = newClub();
        for (BadFile bad : badFiles()) {
            Map<String, Long> before = counts();
            MvcResult result = upload(club, "demo-ward", bad.fileName(), bad.bytes());
            String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as(bad.fileName()).isEqualTo(200);
            assertThat(html).as(bad.fileName()).contains("id=\"import-error\"");
            assertThat(html).as(bad.fileName()).contains(text(bad.messageKey(), bad.args()));
            assertThat(counts()).as(bad.fileName()).isEqualTo(before);
        }
    }

    @Test
    void anUploadWithoutAFileIsRefused() throws Exception {
        long club = newClub();
        Map<String, Long> before = counts();
        String html = mvc.perform(multipart("/clubs/{id}/members/import", club)
                        .with(as("demo-ward"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(text("import.error.noFile"));
        assertThat(counts()).isEqualTo(before);
    }

    // ---- bad rows ----

    @Test
    void badRowsBlockTheCommitUntilFixedOrDropped() throws Exception {
        long club = newClub();
        String taken = nationalId();
        jdbc.sql("insert into person (full_name, name_key, sex, birth_year, ethnicity, household_status, national_id)"
                        + " values ('Người Có Sẵn', 'nguoi co san', 'FEMALE', 1950, 'Kinh', 'NONE', ?)")
                .param(taken)
                .update();
        String twice = nationalId();
        String good = name("Tốt");
        byte[] file = workbook(List.of(
                person(good, "Nữ", "01/01/1950"), // row 2
                person(name("Sai giới"), "ông", "01/01/1951"), // row 3: bad sex
                person(name("Sai ngày"), "Nữ", "31/02/1952"), // row 4: bad date
                person("", "Nam", "1953", "Kinh"), // row 5: no name
                withId(name("Đã có"), "Nữ", "1954", taken), // row 6: national ID on record
                withId(name("Lần một"), "Nữ", "1955", twice), // row 7
                withId(name("Lần hai"), "Nam", "1956", twice))); // row 8: the same ID again
        long importId = uploaded(club, "demo-ward", file);
        Map<String, Long> before = counts();

        String html = preview(importId, "demo-ward");
        assertThat(rowsShown(html)).isEqualTo(7);
        assertThat(occurrences(html, "class=\"row-error")).isEqualTo(5);
        assertThat(html).contains(text("import.error.sex", "ông"));
        assertThat(html).contains(text("import.error.birth", "31/02/1952"));
        assertThat(html).contains(text("member.error.nationalIdTaken"));
        assertThat(html).contains(text("import.error.nationalIdRepeated", 7));
        assertThat(html).containsPattern("<button[^>]*id=\"import-commit\"[^>]*disabled");

        // The commit is refused as a whole and saves nothing.
        MvcResult refused = commit(importId, "demo-ward");
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"import-message\"", text("import.error.rowsHaveErrors", 5));
        assertThat(counts()).isEqualTo(before);
        assertThat(importStatus(importId)).isEqualTo("PREVIEW");

        // Fix row 3 through its form (htmx): the answer is the row, without its error.
        String form = mvc.perform(get("/member-imports/{id}/rows/3/edit", importId)
                        .header("HX-Request", "true")
                        .with(as("demo-ward")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form.strip())
                .startsWith("<tr")
                .contains("name=\"sex\"", "value=\"ông\"", "save-row", "name=\"_csrf\"");
        String fixedName = name("Đã sửa");
        String fixed = saveRow(importId, 3, fixedName, "Nam", "01/01/1951", "");
        assertThat(fixed.strip()).startsWith("<tr").contains(fixedName).doesNotContain("row-error");
        assertThat(fixed).contains("id=\"import-totals\"", "hx-swap-oob");

        // Fix row 8's repeated national ID; row 7 keeps its own.
        String row8 = saveRow(importId, 8, name("Lần hai"), "Nam", "1956", nationalId());
        assertThat(row8).doesNotContain("row-error");

        // Fix row 4 without JavaScript: the form posts and the browser goes back to the preview.
        mvc.perform(post("/member-imports/{id}/rows/4/edit", importId)
                        .with(as("demo-ward"))
                        .with(csrf())
                        .params(form(name("Sai ngày"), "Nữ", "28/02/1952", "")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/member-imports/" + importId + "#row-4"));

        // Drop rows 5 and 6.
        for (int row : List.of(5, 6)) {
            mvc.perform(post("/member-imports/{id}/rows/{row}/skip", importId, row)
                            .header("HX-Request", "true")
                            .with(as("demo-ward"))
                            .with(csrf()))
                    .andExpect(status().isOk());
        }
        html = preview(importId, "demo-ward");
        assertThat(rowsShown(html)).isEqualTo(5);
        assertThat(html).doesNotContain("row-error");
        assertThat(counts())
                .as("corrections save nothing but the import's rows")
                .satisfies(after -> {
                    assertThat(after.get("person")).isEqualTo(before.get("person"));
                    assertThat(after.get("membership")).isEqualTo(before.get("membership"));
                });

        long membersBefore = members(club);
        MvcResult committed = commit(importId, "demo-ward");
        assertThat(committed.getResponse().getStatus()).isEqualTo(302);
        assertThat(committed.getFlashMap().get("flash")).isEqualTo("import.done");
        assertThat(committed.getFlashMap().get("flashArgs")).isEqualTo(5);
        assertThat(members(club)).isEqualTo(membersBefore + 5);
        assertThat(count("person where full_name = '" + fixedName + "'")).isEqualTo(1);

        // A second commit (another tab, a double click) saves nothing more.
        Map<String, Long> afterCommit = counts();
        mvc.perform(post("/member-imports/{id}/commit", importId)
                        .with(as("demo-ward"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/member-imports/" + importId));
        assertThat(counts()).isEqualTo(afterCommit);
        assertThat(preview(importId, "demo-ward")).contains("id=\"import-closed\"");
    }

    static MultiValueMap<String, String> form(String fullName, String sex, String birth, String nationalId) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (MemberImportColumn c : MemberImportColumn.values()) form.add(c.field(), "");
        form.set("fullName", fullName);
        form.set("sex", sex);
        form.set("birth", birth);
        form.set("nationalId", nationalId);
        return form;
    }

    String saveRow(long importId, int row, String fullName, String sex, String birth, String nationalId)
            throws Exception {
        return mvc.perform(post("/member-imports/{id}/rows/{row}/edit", importId, row)
                        .header("HX-Request", "true")
                        .with(as("demo-ward"))
                        .with(csrf())
                        .params(form(fullName, sex, birth, nationalId)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aNationalIdRecordedAfterThePreviewFailsTheCommitAndSavesNothing() throws Exception {
        long club = newClub();
        String id = nationalId();
        long importId = uploaded(
                club,
                "demo-ward",
                workbook(List.of(person(name("Một"), "Nữ", "1950"), withId(name("Hai"), "Nữ", "1951", id))));
        assertThat(preview(importId, "demo-ward")).doesNotContain("row-error");
        jdbc.sql("insert into person (full_name, name_key, sex, birth_year, ethnicity, household_status, national_id)"
                        + " values ('Người Mới Ghi', 'nguoi moi ghi', 'MALE', 1950, 'Kinh', 'NONE', ?)")
                .param(id)
                .update();
        Map<String, Long> before = counts();
        MvcResult refused = commit(importId, "demo-ward");
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(text("member.error.nationalIdTaken"));
        assertThat(counts()).isEqualTo(before);
        assertThat(importStatus(importId)).isEqualTo("PREVIEW");
    }

    @Test
    void aDiscardedImportSavesNothingAndCannotBeCommitted() throws Exception {
        long club = newClub();
        long importId = uploaded(club, "demo-ward", workbook(List.of(person(name("Một"), "Nữ", "1950"))));
        Map<String, Long> before = counts();
        mvc.perform(post("/member-imports/{id}/discard", importId)
                        .with(as("demo-ward"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/clubs/" + club));
        assertThat(importStatus(importId)).isEqualTo("DISCARDED");
        assertThat(storedRows()).isEqualTo(before.get("member_import rows") - 1);
        mvc.perform(post("/member-imports/{id}/commit", importId)
                        .with(as("demo-ward"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/member-imports/" + importId));
        assertThat(count("person")).isEqualTo(before.get("person"));
        assertThat(count("membership")).isEqualTo(before.get("membership"));
    }

    @Test
    void possibleDuplicatesAndTheCompositionAreWarningsThatDoNotBlock() throws Exception {
        long club = newClub();
        String same = name("Trùng");
        long importId = uploaded(
                club, "demo-ward", workbook(List.of(person(same, "Nữ", "1950"), person(same, "Nữ", "03/04/1950"))));
        String html = preview(importId, "demo-ward");
        assertThat(html).contains("class=\"row-warning", text("import.warning.sameInFile", 2));
        // Two members are far below the standard's 50.
        assertThat(html).contains("id=\"import-composition\"");
        assertThat(html).containsPattern("<button[^>]*id=\"import-commit\"(?![^>]*disabled)");
        assertThat(commit(importId, "demo-ward").getResponse().getStatus()).isEqualTo(302);

        // The same two again, now on record in the same ward: each is a possible duplicate.
        long again = uploaded(club, "demo-ward", workbook(List.of(person(same, "Nữ", "1950"))));
        html = preview(again, "demo-ward");
        assertThat(html).contains("class=\"row-warning").doesNotContain("row-error");
    }

    // ---- scope ----

    @Test
    void onlyThoseWhoMayChangeTheClubSeeOrTouchItsImports() throws Exception {
        long tanAn = clubNamed("CLB Liên thế hệ tự giúp nhau Tân An");
        byte[] file = workbook(List.of(person(name("Một"), "Nữ", "1950")));
        long importId = uploaded(tanAn, "demo-admin", file);
        Map<String, Long> before = counts();

        // The ward officer of another ward, and the board of another club: as if it did not exist.
        for (String outsider : List.of("demo-ward", "demo-club")) {
            mvc.perform(get("/member-imports/{id}", importId).with(as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/member-imports/{id}/rows/2/edit", importId).with(as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/member-imports/{id}/rows/2/skip", importId)
                            .with(as(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/member-imports/{id}/commit", importId)
                            .with(as(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/clubs/{id}/members/import", tanAn).with(as(outsider)))
                    .andExpect(status().isNotFound());
            assertThat(upload(tanAn, outsider, "danh-sach.xlsx", file)
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
        }
        // A viewer reads the club but changes nothing.
        mvc.perform(get("/clubs/{id}/members/import", tanAn).with(as("demo-viewer")))
                .andExpect(status().isForbidden());
        assertThat(upload(tanAn, "demo-viewer", "danh-sach.xlsx", file)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        mvc.perform(get("/member-imports/{id}", importId).with(as("demo-viewer")))
                .andExpect(status().isNotFound());
        assertThat(counts()).isEqualTo(before);
        assertThat(importStatus(importId)).isEqualTo("PREVIEW");

        // The club's own board may import.
        long boardClub = clubNamed(DemoClubs.DEMO_BOARD_CLUB);
        assertThat(page("/clubs/" + boardClub + "/members/import", "demo-club"))
                .contains("id=\"import-file\"", "id=\"import-upload\"", "/members/import-template.xlsx");
        mvc.perform(post("/member-imports/{id}/discard", importId)
                        .with(as("demo-admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    // ---- template ----

    @Test
    void theTemplateIsAnXlsxWithTheThirteenHeadersAndAGuide() throws Exception {
        MvcResult result = mvc.perform(get("/members/import-template.xlsx").with(as("demo-club")))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type",
                                startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains(".xlsx");
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Row header = book.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).isEqualTo(HEADERS);
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Hướng dẫn");
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(messages.getMessage("import.template.guide.title", null, VIETNAMESE));
        }
    }
}
