package vn.ishc.member;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.ishc.member.MemberImportLine.Problem;
import vn.ishc.shared.SearchText;

/**
 * One data row of an uploaded member list as it is stored: its Excel row number and the text of each
 * template column ({@code ""} when blank), in {@link MemberImportColumn} order. {@link #parse} reads it
 * tolerantly, the way ward lists are typed: "Nữ", "nu", "NỮ " and "f" are all women; dates are
 * {@code dd/MM/yyyy}, {@code d/M/yyyy} or a birth year alone; yes/no columns take "Có", "x", "1" and
 * the like.
 */
record MemberImportRow(int number, List<String> cells) {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Left out of {@link #compactKey}: ASCII white space ({@code \s}), apostrophes, dashes and dots. */
    private static final String KEY_PUNCTUATION = " \t\n\u000B\f\r'’`-.";

    private static final Map<String, Sex> SEXES = Map.of(
            "nu",
            Sex.FEMALE,
            "n",
            Sex.FEMALE,
            "f",
            Sex.FEMALE,
            "female",
            Sex.FEMALE,
            "nam",
            Sex.MALE,
            "m",
            Sex.MALE,
            "male",
            Sex.MALE);

    private static final Map<String, HouseholdStatus> HOUSEHOLDS = Map.ofEntries(
            Map.entry("ngheo", HouseholdStatus.POOR),
            Map.entry("hongheo", HouseholdStatus.POOR),
            Map.entry("hn", HouseholdStatus.POOR),
            Map.entry("poor", HouseholdStatus.POOR),
            Map.entry("canngheo", HouseholdStatus.NEAR_POOR),
            Map.entry("hocanngheo", HouseholdStatus.NEAR_POOR),
            Map.entry("hcn", HouseholdStatus.NEAR_POOR),
            Map.entry("cn", HouseholdStatus.NEAR_POOR),
            Map.entry("nearpoor", HouseholdStatus.NEAR_POOR),
            Map.entry("khong", HouseholdStatus.NONE),
            Map.entry("k", HouseholdStatus.NONE),
            Map.entry("ko", HouseholdStatus.NONE),
            Map.entry("0", HouseholdStatus.NONE),
            Map.entry("binhthuong", HouseholdStatus.NONE),
            Map.entry("none", HouseholdStatus.NONE),
            Map.entry("no", HouseholdStatus.NONE));

    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("co", true),
            Map.entry("c", true),
            Map.entry("x", true),
            Map.entry("1", true),
            Map.entry("yes", true),
            Map.entry("y", true),
            Map.entry("true", true),
            Map.entry("dung", true),
            Map.entry("v", true),
            Map.entry("✓", true),
            Map.entry("✔", true),
            Map.entry("khong", false),
            Map.entry("k", false),
            Map.entry("ko", false),
            Map.entry("0", false),
            Map.entry("no", false),
            Map.entry("n", false),
            Map.entry("false", false),
            Map.entry("sai", false));

    /** The 54 ethnic groups of Viet Nam as the General Statistics Office writes them. */
    private static final List<String> ETHNIC_GROUPS = List.of(
            "Kinh",
            "Tày",
            "Thái",
            "Mường",
            "Khmer",
            "Hoa",
            "Nùng",
            "H'Mông",
            "Dao",
            "Gia Rai",
            "Ê Đê",
            "Ba Na",
            "Xơ Đăng",
            "Sán Chay",
            "Cơ Ho",
            "Chăm",
            "Sán Dìu",
            "Hrê",
            "Ra Glai",
            "M'nông",
            "Xtiêng",
            "Bru-Vân Kiều",
            "Thổ",
            "Khơ Mú",
            "Cơ Tu",
            "Giáy",
            "Giẻ Triêng",
            "Tà Ôi",
            "Mạ",
            "Co",
            "Chơ Ro",
            "Xinh Mun",
            "Hà Nhì",
            "Chu Ru",
            "Lào",
            "Kháng",
            "La Chí",
            "Phù Lá",
            "La Hủ",
            "La Ha",
            "Pà Thẻn",
            "Chứt",
            "Lự",
            "Lô Lô",
            "Mảng",
            "Cờ Lao",
            "Bố Y",
            "Cống",
            "Ngái",
            "Si La",
            "Pu Péo",
            "Rơ Măm",
            "Brâu",
            "Ơ Đu");

    /** Other spellings met in ward lists. */
    private static final Map<String, String> ETHNIC_ALIASES = Map.ofEntries(
            Map.entry("Việt", "Kinh"),
            Map.entry("Rhade", "Ê Đê"),
            Map.entry("Jrai", "Gia Rai"),
            Map.entry("Jarai", "Gia Rai"),
            Map.entry("Mông", "H'Mông"),
            Map.entry("Hmong", "H'Mông"),
            Map.entry("Bahnar", "Ba Na"),
            Map.entry("Sedang", "Xơ Đăng"),
            Map.entry("Xê Đăng", "Xơ Đăng"),
            Map.entry("Mơ Nông", "M'nông"),
            Map.entry("Stiêng", "Xtiêng"),
            Map.entry("K'Ho", "Cơ Ho"),
            Map.entry("Raglai", "Ra Glai"),
            Map.entry("Vân Kiều", "Bru-Vân Kiều"),
            Map.entry("Khơ Me", "Khmer"));

    private static final Map<String, String> ETHNICITIES = ethnicities();

    MemberImportRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
        if (cells.size() != MemberImportColumn.values().length)
            throw new IllegalArgumentException("a row has " + MemberImportColumn.values().length + " cells");
    }

    /** A row from the sheet's values by column (see {@link vn.ishc.shared.SpreadsheetRow} for the types). */
    static MemberImportRow fromSheet(int number, Map<MemberImportColumn, Object> values) {
        List<String> cells = new ArrayList<>();
        for (MemberImportColumn c : MemberImportColumn.values()) cells.add(cellText(c, values.get(c)));
        return new MemberImportRow(number, cells);
    }

    /** A row from the texts of a form, by column. */
    static MemberImportRow fromTexts(int number, Map<MemberImportColumn, String> texts) {
        List<String> cells = new ArrayList<>();
        for (MemberImportColumn c : MemberImportColumn.values()) cells.add(clip(texts.get(c)));
        return new MemberImportRow(number, cells);
    }

    String cell(MemberImportColumn column) {
        return cells.get(column.ordinal());
    }

    /** The cell texts by form field name, for the row form. */
    Map<String, String> byField() {
        Map<String, String> texts = new HashMap<>();
        for (MemberImportColumn c : MemberImportColumn.values()) texts.put(c.field(), cell(c));
        return texts;
    }

    /**
     * Reads every cell; a cell that cannot be read becomes an error of its column and leaves its part of
     * the person empty. The rules about the person as a whole are the registry's, checked afterwards.
     */
    MemberImportLine parse(LocalDate today) {
        List<Problem> errors = new ArrayList<>();
        String fullName = read(MemberImportColumn.FULL_NAME, MemberImportRow::text, errors);
        Sex sex = read(MemberImportColumn.SEX, MemberImportRow::sex, errors);
        Birth birth = read(MemberImportColumn.BIRTH, MemberImportRow::birth, errors);
        String ethnicity = read(MemberImportColumn.ETHNICITY, MemberImportRow::ethnicity, errors);
        HouseholdStatus household = read(MemberImportColumn.HOUSEHOLD, MemberImportRow::household, errors);
        Integer householdYear = read(MemberImportColumn.HOUSEHOLD_YEAR, MemberImportRow::year, errors);
        Boolean disability = read(MemberImportColumn.DISABILITY, MemberImportRow::yesNo, errors);
        Boolean livesAlone = read(MemberImportColumn.LIVES_ALONE, MemberImportRow::yesNo, errors);
        String otherHardship = read(MemberImportColumn.OTHER_HARDSHIP, MemberImportRow::text, errors);
        String nationalId = read(MemberImportColumn.NATIONAL_ID, MemberImportRow::nationalId, errors);
        String phone = read(MemberImportColumn.PHONE, MemberImportRow::text, errors);
        String group = read(MemberImportColumn.RESIDENTIAL_GROUP, MemberImportRow::text, errors);
        LocalDate joinedOn = read(MemberImportColumn.JOINED_ON, MemberImportRow::date, errors);
        PersonDetails person = new PersonDetails(
                fullName,
                sex,
                birth == null ? null : birth.date(),
                birth == null ? null : birth.year(),
                ethnicity,
                household,
                householdYear,
                Boolean.TRUE.equals(disability),
                Boolean.TRUE.equals(livesAlone),
                otherHardship,
                nationalId,
                phone,
                group);
        return new MemberImportLine(this, person, joinedOn == null ? today : joinedOn, errors, new ArrayList<>());
    }

    // ---- tolerant reading of one cell; blank cells give null (or the column's default) ----

    /** A cell that cannot be read: the message key and its arguments. */
    static final class BadCell extends RuntimeException {
        final String messageKey;
        final transient Object[] args;

        BadCell(String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.args = args;
        }
    }

    /** A birth date, or only a birth year. */
    record Birth(LocalDate date, Integer year) {}

    /** Text with single spaces, or null when blank. */
    static String text(String cell) {
        if (cell == null) return null;
        String t = cell.strip();
        if (t.isEmpty()) return null;
        return singleSpaced(t) ? t : SPACES.matcher(t).replaceAll(" ");
    }

    /** Whether a text has no white space but single spaces (most cells: no regular expression needed). */
    private static boolean singleSpaced(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' ? i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1)) : Character.isWhitespace(c))
                return false;
        }
        return true;
    }

    static Sex sex(String cell) {
        String t = text(cell);
        if (t == null) return null;
        Sex sex = SEXES.get(SearchText.key(t));
        if (sex == null) throw new BadCell("import.error.sex", t);
        return sex;
    }

    /** A date, or a four-digit year alone. */
    static Birth birth(String cell) {
        String t = text(cell);
        if (t == null) return null;
        if (YEAR.matcher(t).matches()) return new Birth(null, Integer.valueOf(t));
        try {
            return new Birth(date(t), null);
        } catch (BadCell e) {
            throw new BadCell("import.error.birth", t);
        }
    }

    static LocalDate date(String cell) {
        String t = text(cell);
        if (t == null) return null;
        String compact = t.replace(" ", "");
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(compact, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new BadCell("import.error.date", t);
    }

    /** A known ethnic group in its usual spelling ("ede" is "Ê Đê"); others as typed; "Kinh" when blank. */
    static String ethnicity(String cell) {
        String t = text(cell);
        if (t == null) return "Kinh";
        return ETHNICITIES.getOrDefault(compactKey(t), t);
    }

    static HouseholdStatus household(String cell) {
        String t = text(cell);
        if (t == null || t.equals("-")) return HouseholdStatus.NONE;
        HouseholdStatus status = HOUSEHOLDS.get(compactKey(t));
        if (status == null) throw new BadCell("import.error.household", t);
        return status;
    }

    static Integer year(String cell) {
        String t = text(cell);
        if (t == null) return null;
        if (!YEAR.matcher(t).matches()) throw new BadCell("import.error.year", t);
        return Integer.valueOf(t);
    }

    static Boolean yesNo(String cell) {
        String t = text(cell);
        if (t == null || t.equals("-")) return false;
        Boolean value = YES_NO.get(compactKey(t));
        if (value == null) throw new BadCell("import.error.yesNo", t);
        return value;
    }

    /** Digits without the spaces, dots or dashes people type between groups; other text as typed. */
    static String nationalId(String cell) {
        String t = text(cell);
        if (t == null) return null;
        String digits = SEPARATORS.matcher(t).replaceAll("");
        return digits.chars().allMatch(Character::isDigit) ? digits : t;
    }

    // ---- from the sheet's values to cell texts ----

    /**
     * The text of a cell read from the sheet. Dates become {@code dd/MM/yyyy}; a national ID or phone
     * number typed as a number gets back the leading zero the spreadsheet program dropped.
     */
    static String cellText(MemberImportColumn column, Object value) {
        if (value == null) return "";
        String text;
        if (value instanceof LocalDate d) text = DATE.format(d);
        else if (value instanceof BigDecimal n) text = n.stripTrailingZeros().toPlainString();
        else if (value instanceof Boolean b) text = b ? "1" : "0";
        else text = value.toString();
        if (value instanceof Long || value instanceof BigDecimal) {
            if (column == MemberImportColumn.NATIONAL_ID && (text.length() == 11 || text.length() == 8))
                text = "0" + text;
            if (column == MemberImportColumn.PHONE
                    && (text.length() == 9 || text.length() == 10)
                    && !text.startsWith("84")) text = "0" + text;
        }
        return clip(text);
    }

    private static String clip(String text) {
        if (text == null) return "";
        String t = text.strip();
        return t.length() > MemberImportColumn.MAX_TEXT ? t.substring(0, MemberImportColumn.MAX_TEXT) : t;
    }

    /** The search key without white space and the punctuation people type inside names and words. */
    private static String compactKey(String text) {
        String key = SearchText.key(text);
        StringBuilder compact = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (KEY_PUNCTUATION.indexOf(c) < 0) compact.append(c);
        }
        return compact.toString();
    }

    private static Map<String, String> ethnicities() {
        Map<String, String> byKey = new HashMap<>();
        for (String group : ETHNIC_GROUPS) {
            if (byKey.put(compactKey(group), group) != null) throw new IllegalStateException(group);
        }
        ETHNIC_ALIASES.forEach((alias, group) -> byKey.putIfAbsent(compactKey(alias), group));
        return Map.copyOf(byKey);
    }

    /** Reads one cell; a cell that cannot be read becomes an error of its column, and null. */
    private <T> T read(MemberImportColumn column, Function<String, T> parser, List<Problem> errors) {
        try {
            return parser.apply(cell(column));
        } catch (BadCell e) {
            errors.add(new Problem(column, e.messageKey, List.of(e.args)));
            return null;
        }
    }
}
