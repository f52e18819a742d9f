package vn.ishc.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ishc.IntegrationTest;

/** Loading another locality's units and changes from CSV: by service, admin screen and command line. */
@IntegrationTest
class UnitCsvImportTest {
    @Autowired
    UnitCsvImport csvImport;

    @Autowired
    UnitDirectory units;

    @Autowired
    UnitImportCommand command;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    /** A made-up province: a district with three communes; A merges into B in 2024; B and C form D in 2025. */
    static String locality(String tag) {
        return String.join(
                "\n",
                "key,code,name,type,parent,valid_from,valid_to,formed_from,merged_into,change_kind,legal_reference,note",
                "# a comment line",
                "p,99,Tỉnh Thử " + tag + ",tỉnh,,,,,,,,",
                "d,999,Huyện Thử " + tag + ",Huyen,p,,30/06/2025,,,,,",
                "a,99901,Xã A " + tag + ",xa,d,,2024-10-31,,b,,Nghị quyết 1/NQ-TEST,A nhập vào B",
                "b,99902,Xã B " + tag + ",COMMUNE,d,,2025-06-30,,,,,",
                "c,99903,\"Xã C, " + tag + "\",xã,d,,2025-06-30,,,,,",
                "dd,99902,Xã D " + tag + ",xã,p,1/7/2025,,b|c,,,Nghị quyết 2/NQ-TEST,",
                "");
    }

    long unitCount() {
        return jdbc.sql("select count(*) from admin_unit").query(Long.class).single();
    }

    long id(String name) {
        return units.all().stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aLocalityLoadsWithItsChangesAndAnswersTheTimeQueries() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UnitImportResult result = csvImport.load(locality(tag));
        assertThat(result.problems()).isEmpty();
        assertThat(result.units()).isEqualTo(6);
        assertThat(result.changes()).isEqualTo(2);

        long province = id("Tỉnh Thử " + tag);
        long a = id("Xã A " + tag);
        long d = id("Xã D " + tag);
        long district = id("Huyện Thử " + tag);
        assertThat(units.childrenAsOf(district, LocalDate.of(2024, 10, 31))).hasSize(3);
        assertThat(units.childrenAsOf(district, LocalDate.of(2024, 11, 1))).hasSize(2);
        assertThat(units.childrenAsOf(province, LocalDate.of(2025, 7, 1)))
                .extracting(UnitView::name)
                .containsExactly("Xã D " + tag);
        assertThat(units.successorsAsOf(a, LocalDate.of(2025, 7, 1)))
                .extracting(UnitView::id)
                .containsExactly(d);
        assertThat(units.originsAsOf(d, LocalDate.of(2024, 1, 1))).hasSize(3);
        assertThat(units.find(id("Xã C, " + tag))).isPresent();
        assertThat(units.historyOf(a).get(0).legalReference()).isEqualTo("Nghị quyết 1/NQ-TEST");
    }

    @Test
    void aFileWithAnyProblemSavesNothingAndNamesEveryLine() {
        long before = unitCount();
        String bad = String.join(
                "\n",
                "key,code,name,type,parent,valid_from,valid_to,formed_from,merged_into,change_kind,legal_reference,note",
                "p,1,Tỉnh Lỗi,tỉnh,,,,,,,,",
                "x,2,Xã Lỗi,làng,p,,,,,,,",
                "y,3,Xã Ngày,xã,p,31/02/2025,,,,,,",
                "z,4,Xã Mồ côi,xã,nowhere,,,,,,,",
                "w,5,Xã Mới,xã,p,2025-07-01,,x|ghost,,,,",
                "p,6,Trùng khóa,xã,,,,,,,,");
        UnitImportResult result = csvImport.load(bad);
        assertThat(result.saved()).isFalse();
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(3, "unit.import.error.type"),
                        org.assertj.core.groups.Tuple.tuple(4, "unit.import.error.date"),
                        org.assertj.core.groups.Tuple.tuple(7, "unit.import.error.duplicateKey"));
        assertThat(unitCount()).isEqualTo(before);

        UnitImportResult second = csvImport.load(String.join(
                "\n",
                "key,code,name,type,parent,valid_from,valid_to,formed_from,merged_into,change_kind,legal_reference,note",
                "z,4,Xã Mồ côi,xã,nowhere,,,,,,,",
                "w,5,Xã Mới,xã,,2025-07-01,,ghost,,,Nghị quyết 3/NQ-TEST,"));
        assertThat(second.problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("unit.import.error.unknownKey", "unit.import.error.unknownKey");
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void anEndDateThatContradictsTheChangeIsRefusedAfterTheUnitsWereWrittenAndRolledBack() {
        long before = unitCount();
        UnitImportResult result = csvImport.load(String.join(
                "\n",
                "key,code,name,type,parent,valid_from,valid_to,formed_from,merged_into,change_kind,legal_reference,note",
                "old,1,Xã Cũ,xã,,,2020-12-31,,,,,",
                "new,2,Xã Mới,xã,,2025-07-01,,old,,,Nghị quyết 4/NQ-TEST,"));
        assertThat(result.problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("unit.import.error.endDate");
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void theSameFileTwiceIsRefusedTheSecondTime() {
        String file = locality(UUID.randomUUID().toString().substring(0, 6));
        assertThat(csvImport.load(file).saved()).isTrue();
        long before = unitCount();
        UnitImportResult again = csvImport.load(file);
        assertThat(again.problems())
                .extracting(ImportProblem::line, ImportProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(3, "unit.import.error.exists"));
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void overLongValuesAreProblemsNotErrors() {
        long before = unitCount();
        UnitImportResult result =
                csvImport.load("key,code,name,type\nk," + "9".repeat(17) + "," + "Xã ".repeat(70) + ",xã\n");
        assertThat(result.problems())
                .extracting(ImportProblem::messageKey, p -> p.args().get(0))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unit.import.error.tooLong", "code"),
                        org.assertj.core.groups.Tuple.tuple("unit.import.error.tooLong", "name"));
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void emptyAndHeaderlessFilesAreRefused() {
        assertThat(csvImport.load("").problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("unit.import.error.empty");
        assertThat(csvImport.load("code,name\n1,x").problems())
                .extracting(ImportProblem::messageKey)
                .contains("unit.import.error.missingColumn");
    }

    @Test
    void anAdministratorUploadsTheFileOnTheImportScreen() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var admin = user(accounts.loadUserByUsername("demo-admin"));
        mvc.perform(multipart("/admin/units/import")
                        .file(new MockMultipartFile(
                                "file", "units.csv", "text/csv", locality(tag).getBytes(StandardCharsets.UTF_8)))
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã nhập 6 đơn vị và 2 thay đổi.")));
        mvc.perform(multipart("/admin/units/import")
                        .file(new MockMultipartFile(
                                "file", "units.csv", "text/csv", new byte[] {(byte) 0xC3, (byte) 0x28}))
                        .with(admin)
                        .with(csrf()))
                .andExpect(content().string(containsString("Tệp không phải văn bản UTF-8")));
        mvc.perform(multipart("/admin/units/import").with(admin).with(csrf()))
                .andExpect(content().string(containsString("Chưa chọn tệp.")));
        mvc.perform(multipart("/admin/units/import")
                        .file(new MockMultipartFile(
                                "file", "units.csv", "text/csv", locality("x").getBytes(StandardCharsets.UTF_8)))
                        .with(user(accounts.loadUserByUsername("demo-city")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCommandLineImportsAFileAndReportsFailureByItsExitStatus(@TempDir Path dir) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "\uFEFF" + locality(tag));
        assertThat(command.importFile(good)).isZero();
        assertThat(units.all()).extracting(UnitView::name).contains("Xã D " + tag);

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "key,name,type\nk,Xã,làng\n");
        long before = unitCount();
        assertThat(command.importFile(bad)).isEqualTo(2);
        assertThat(command.importFile(dir.resolve("missing.csv"))).isEqualTo(2);
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void theDocumentedExampleFileLoads() throws Exception {
        Path example = Path.of("docs/examples/units-example.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(example), "docs/examples/units-example.csv");
        UnitImportResult result = csvImport.load(Files.readString(example));
        assertThat(result.problems()).isEqualTo(List.of());
    }
}
