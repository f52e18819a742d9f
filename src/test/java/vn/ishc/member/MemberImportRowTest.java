package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ishc.member.MemberImportRow.BadCell;
import vn.ishc.member.MemberImportRow.Birth;
import vn.ishc.shared.SpreadsheetRow;
import vn.ishc.shared.SpreadsheetTable;

/** Reading member list cells the way ward lists are typed. */
class MemberImportRowTest {
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    @ParameterizedTest
    @ValueSource(strings = {"Nữ", "nữ", "NỮ", "Nữ ", "nu", "Nu", " n ", "F", "female"})
    void womenAreWrittenInManyWays(String cell) {
        assertThat(MemberImportRow.sex(cell)).isEqualTo(Sex.FEMALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nam", "nam", "NAM", "nam ", "m", "M", "male"})
    void menAreWrittenInManyWays(String cell) {
        assertThat(MemberImportRow.sex(cell)).isEqualTo(Sex.MALE);
    }

    @Test
    void anUnknownSexIsAnErrorAndABlankOneIsLeftToTheRequiredCheck() {
        assertThatThrownBy(() -> MemberImportRow.sex("Không rõ"))
                .isInstanceOf(BadCell.class)
                .extracting(e -> ((BadCell) e).messageKey)
                .isEqualTo("import.error.sex");
        assertThat(MemberImportRow.sex("  ")).isNull();
    }

    @Test
    void birthIsADateInSeveralShapesOrAYearAlone() {
        assertThat(MemberImportRow.birth("05/03/1955")).isEqualTo(new Birth(LocalDate.of(1955, 3, 5), null));
        assertThat(MemberImportRow.birth("5/3/1955")).isEqualTo(new Birth(LocalDate.of(1955, 3, 5), null));
        assertThat(MemberImportRow.birth(" 5-3-1955 ")).isEqualTo(new Birth(LocalDate.of(1955, 3, 5), null));
        assertThat(MemberImportRow.birth("5.3.1955")).isEqualTo(new Birth(LocalDate.of(1955, 3, 5), null));
        assertThat(MemberImportRow.birth("1955-03-05")).isEqualTo(new Birth(LocalDate.of(1955, 3, 5), null));
        assertThat(MemberImportRow.birth("1955")).isEqualTo(new Birth(null, 1955));
        assertThat(MemberImportRow.birth("")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/1955", "5/3/55", "1955/3", "năm 1955", "12345", "3/5"})
    void birthThatIsNoDateIsAnError(String cell) {
        assertThatThrownBy(() -> MemberImportRow.birth(cell))
                .isInstanceOf(BadCell.class)
                .extracting(e -> ((BadCell) e).messageKey)
                .isEqualTo("import.error.birth");
    }

    @Test
    void knownEthnicGroupsGetTheirUsualSpellingOthersStayAsTypedAndBlankIsKinh() {
        assertThat(MemberImportRow.ethnicity("ede")).isEqualTo("Ê Đê");
        assertThat(MemberImportRow.ethnicity("Ê-đê")).isEqualTo("Ê Đê");
        assertThat(MemberImportRow.ethnicity("ÊĐÊ")).isEqualTo("Ê Đê");
        assertThat(MemberImportRow.ethnicity("mnong")).isEqualTo("M'nông");
        assertThat(MemberImportRow.ethnicity("M'Nông")).isEqualTo("M'nông");
        assertThat(MemberImportRow.ethnicity("gia rai")).isEqualTo("Gia Rai");
        assertThat(MemberImportRow.ethnicity("Jrai")).isEqualTo("Gia Rai");
        assertThat(MemberImportRow.ethnicity("hmong")).isEqualTo("H'Mông");
        assertThat(MemberImportRow.ethnicity("Mông")).isEqualTo("H'Mông");
        assertThat(MemberImportRow.ethnicity("kinh ")).isEqualTo("Kinh");
        assertThat(MemberImportRow.ethnicity("tay")).isEqualTo("Tày");
        assertThat(MemberImportRow.ethnicity("xo dang")).isEqualTo("Xơ Đăng");
        assertThat(MemberImportRow.ethnicity("Người nước ngoài")).isEqualTo("Người nước ngoài");
        assertThat(MemberImportRow.ethnicity("")).isEqualTo("Kinh");
        assertThat(MemberImportRow.ethnicity(null)).isEqualTo("Kinh");
    }

    @Test
    void householdStatusIsTolerantAndBlankIsNone() {
        assertThat(MemberImportRow.household("Nghèo")).isEqualTo(HouseholdStatus.POOR);
        assertThat(MemberImportRow.household("ngheo")).isEqualTo(HouseholdStatus.POOR);
        assertThat(MemberImportRow.household("Hộ nghèo")).isEqualTo(HouseholdStatus.POOR);
        assertThat(MemberImportRow.household("Cận nghèo")).isEqualTo(HouseholdStatus.NEAR_POOR);
        assertThat(MemberImportRow.household("CAN NGHEO ")).isEqualTo(HouseholdStatus.NEAR_POOR);
        assertThat(MemberImportRow.household("cận-nghèo")).isEqualTo(HouseholdStatus.NEAR_POOR);
        assertThat(MemberImportRow.household("Không")).isEqualTo(HouseholdStatus.NONE);
        assertThat(MemberImportRow.household("khong")).isEqualTo(HouseholdStatus.NONE);
        assertThat(MemberImportRow.household("")).isEqualTo(HouseholdStatus.NONE);
        assertThatThrownBy(() -> MemberImportRow.household("Khá giả")).isInstanceOf(BadCell.class);
    }

    @Test
    void yesNoColumnsAreTolerantAndBlankIsNo() {
        for (String yes : List.of("Có", "có", "co", "CO ", "x", "X", "1", "yes")) {
            assertThat(MemberImportRow.yesNo(yes)).as(yes).isTrue();
        }
        for (String no : List.of("Không", "khong", "K", "0", "", "-", "no")) {
            assertThat(MemberImportRow.yesNo(no)).as(no).isFalse();
        }
        assertThatThrownBy(() -> MemberImportRow.yesNo("có lẽ")).isInstanceOf(BadCell.class);
    }

    @Test
    void yearsHaveFourDigits() {
        assertThat(MemberImportRow.year("2024")).isEqualTo(2024);
        assertThat(MemberImportRow.year(" ")).isNull();
        assertThatThrownBy(() -> MemberImportRow.year("24")).isInstanceOf(BadCell.class);
        assertThatThrownBy(() -> MemberImportRow.year("năm 2024")).isInstanceOf(BadCell.class);
    }

    @Test
    void nationalIdsLoseTheSeparatorsPeopleTypeAndOtherTextStaysForTheFormatCheck() {
        assertThat(MemberImportRow.nationalId("066 155 001 234")).isEqualTo("066155001234");
        assertThat(MemberImportRow.nationalId("066.155.001.234")).isEqualTo("066155001234");
        assertThat(MemberImportRow.nationalId("CCCD 0661")).isEqualTo("CCCD 0661");
        assertThat(MemberImportRow.nationalId("")).isNull();
    }

    @Test
    void sheetValuesBecomeCellTexts() {
        assertThat(MemberImportRow.cellText(MemberImportColumn.BIRTH, LocalDate.of(1955, 3, 5)))
                .isEqualTo("05/03/1955");
        assertThat(MemberImportRow.cellText(MemberImportColumn.BIRTH, 1955L)).isEqualTo("1955");
        assertThat(MemberImportRow.cellText(MemberImportColumn.HOUSEHOLD_YEAR, new BigDecimal("2024.0")))
                .isEqualTo("2024");
        // A national ID or phone typed as a number lost its leading zero in the spreadsheet program.
        assertThat(MemberImportRow.cellText(MemberImportColumn.NATIONAL_ID, 66155001234L))
                .isEqualTo("066155001234");
        assertThat(MemberImportRow.cellText(MemberImportColumn.NATIONAL_ID, 241234567L))
                .isEqualTo("241234567");
        assertThat(MemberImportRow.cellText(MemberImportColumn.PHONE, 912345678L))
                .isEqualTo("0912345678");
        assertThat(MemberImportRow.cellText(MemberImportColumn.DISABILITY, true))
                .isEqualTo("1");
        assertThat(MemberImportRow.cellText(MemberImportColumn.FULL_NAME, null)).isEmpty();
        assertThat(MemberImportRow.cellText(MemberImportColumn.OTHER_HARDSHIP, "x".repeat(5000)))
                .hasSize(MemberImportColumn.MAX_TEXT);
    }

    @Test
    void aRowReadsIntoAPersonWithDefaultsForBlankCells() {
        MemberImportLine line = row(
                        "  Lê Thị   Mai ",
                        "nu",
                        "30/11/1948",
                        "",
                        "",
                        "",
                        "x",
                        "",
                        "",
                        "066 148 001 234",
                        "",
                        "Tổ 7",
                        "")
                .parse(TODAY);
        assertThat(line.errors()).isEmpty();
        PersonDetails p = line.person();
        assertThat(p.fullName()).isEqualTo("Lê Thị Mai");
        assertThat(p.sex()).isEqualTo(Sex.FEMALE);
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1948, 11, 30));
        assertThat(p.ethnicity()).isEqualTo("Kinh");
        assertThat(p.householdStatus()).isEqualTo(HouseholdStatus.NONE);
        assertThat(p.disability()).isTrue();
        assertThat(p.livesAlone()).isFalse();
        assertThat(p.nationalId()).isEqualTo("066148001234");
        assertThat(p.residentialGroup()).isEqualTo("Tổ 7");
        assertThat(line.joinedOn()).isEqualTo(TODAY);
    }

    @Test
    void everyUnreadableCellIsAnErrorOfItsColumn() {
        MemberImportLine line = row(
                        "Trần Văn Bảy", "ông", "ngày 5", "", "giàu", "24", "có lẽ", "", "", "", "", "", "mai")
                .parse(TODAY);
        assertThat(line.errors())
                .extracting(MemberImportLine.Problem::column)
                .containsExactly(
                        MemberImportColumn.SEX,
                        MemberImportColumn.BIRTH,
                        MemberImportColumn.HOUSEHOLD,
                        MemberImportColumn.HOUSEHOLD_YEAR,
                        MemberImportColumn.DISABILITY,
                        MemberImportColumn.JOINED_ON);
        assertThat(line.errors().get(0).args()).containsExactly("ông");
        // The preview shows what was typed where it could not be read.
        assertThat(line.shown(MemberImportColumn.SEX).text()).isEqualTo("ông");
        assertThat(line.shown(MemberImportColumn.FULL_NAME).text()).isEqualTo("Trần Văn Bảy");
    }

    @Test
    void headersMatchIgnoringCaseDiacriticsSpacingAndOrder() {
        assertThat(MemberImportColumn.ofHeader("HO VA TEN")).contains(MemberImportColumn.FULL_NAME);
        assertThat(MemberImportColumn.ofHeader(" họ  và tên ")).contains(MemberImportColumn.FULL_NAME);
        assertThat(MemberImportColumn.ofHeader("To dan pho / Thon / Buon"))
                .contains(MemberImportColumn.RESIDENTIAL_GROUP);
        assertThat(MemberImportColumn.ofHeader("Năm sinh")).contains(MemberImportColumn.BIRTH);
        assertThat(MemberImportColumn.ofHeader("STT")).isEmpty();

        SpreadsheetTable table = new SpreadsheetTable(
                List.of("STT", "gioi tinh", "NGÀY SINH", "Họ và tên"),
                List.of(new SpreadsheetRow(2, java.util.Arrays.asList(1L, "Nữ", 1950L, "Y Mai"))));
        List<MemberImportRow> rows = MemberImportService.rows(table);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).cell(MemberImportColumn.FULL_NAME)).isEqualTo("Y Mai");
        assertThat(rows.get(0).cell(MemberImportColumn.BIRTH)).isEqualTo("1950");
        assertThat(rows.get(0).cell(MemberImportColumn.PHONE)).isEmpty();
    }

    @Test
    void aSheetWithoutARequiredColumnIsRefused() {
        SpreadsheetTable table = new SpreadsheetTable(
                List.of("Họ và tên", "Ngày sinh"), List.of(new SpreadsheetRow(2, List.of("Y Mai", 1950L))));
        assertThatThrownBy(() -> MemberImportService.rows(table))
                .isInstanceOf(MemberImportRefused.class)
                .satisfies(e -> {
                    MemberImportRefused r = (MemberImportRefused) e;
                    assertThat(r.messageKey()).isEqualTo("import.error.missingColumns");
                    assertThat(r.args()).containsExactly("Giới tính");
                });
    }

    static MemberImportRow row(String... cells) {
        Map<MemberImportColumn, String> texts = new EnumMap<>(MemberImportColumn.class);
        for (MemberImportColumn c : MemberImportColumn.values()) texts.put(c, cells[c.ordinal()]);
        return MemberImportRow.fromTexts(7, texts);
    }
}
