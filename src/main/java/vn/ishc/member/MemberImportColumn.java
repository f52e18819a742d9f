package vn.ishc.member;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ishc.shared.SearchText;

/**
 * The columns of the member list template, in template order. The Vietnamese headers are the file
 * format ward officers keep (not screen text, so they do not change with the screen's language); an
 * uploaded sheet's headers match them ignoring case, diacritics, spaces and punctuation, in any order,
 * and a few other names ward lists use are accepted too. Screen labels: {@code import.column.<field>}.
 */
enum MemberImportColumn {
    FULL_NAME("fullName", "full_name", "Họ và tên", true, "Họ tên", "Họ, tên", "Tên"),
    SEX("sex", "sex", "Giới tính", true, "Nam/Nữ", "Nam nữ"),
    BIRTH("birth", "birth", "Ngày sinh", true, "Năm sinh", "Ngày/tháng/năm sinh", "Ngày tháng năm sinh"),
    ETHNICITY("ethnicity", "ethnicity", "Dân tộc", false),
    HOUSEHOLD("household", "household_status", "Hoàn cảnh hộ", false, "Hộ nghèo/cận nghèo", "Hoàn cảnh"),
    HOUSEHOLD_YEAR("householdYear", "household_status_year", "Năm xét hộ", false, "Năm xét"),
    DISABILITY("disability", "disability", "Khuyết tật", false, "Người khuyết tật"),
    LIVES_ALONE("livesAlone", "lives_alone", "Sống một mình", false, "Sống đơn thân"),
    OTHER_HARDSHIP("otherHardship", "other_hardship", "Khó khăn khác", false, "Hoàn cảnh khó khăn khác"),
    NATIONAL_ID("nationalId", "national_id", "Số CCCD", false, "CCCD", "Số CMND/CCCD", "CMND/CCCD", "Số định danh"),
    PHONE("phone", "phone", "Điện thoại", false, "Số điện thoại", "SĐT", "ĐT"),
    RESIDENTIAL_GROUP(
            "residentialGroup",
            "residential_group",
            "Tổ dân phố/Thôn/Buôn",
            false,
            "Tổ dân phố",
            "Thôn/Buôn",
            "Thôn, buôn",
            "Thôn",
            "Buôn",
            "Tổ"),
    JOINED_ON("joinedOn", "joined_on", "Ngày tham gia", false, "Ngày vào CLB", "Ngày vào");

    /** The most characters kept of a cell's text. */
    static final int MAX_TEXT = 1000;

    private static final Map<String, MemberImportColumn> BY_HEADER = new HashMap<>();

    static {
        for (MemberImportColumn c : values()) {
            BY_HEADER.put(headerKey(c.header), c);
            for (String alias : c.aliases) BY_HEADER.put(headerKey(alias), c);
        }
    }

    private final String field;
    private final String dbColumn;
    private final String header;
    private final boolean required;
    private final List<String> aliases;

    MemberImportColumn(String field, String dbColumn, String header, boolean required, String... aliases) {
        this.field = field;
        this.dbColumn = dbColumn;
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The name of the column's input in the row form, and the tail of its label's message key. */
    public String field() {
        return field;
    }

    public String dbColumn() {
        return dbColumn;
    }

    /** The template's header. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The message key of the column's label on screen. */
    public String labelKey() {
        return "import.column." + field;
    }

    /** The column an uploaded header names, if any. */
    static Optional<MemberImportColumn> ofHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(headerKey(header)));
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(MemberImportColumn::header).toList();
    }

    private static String headerKey(String header) {
        return SearchText.key(header).replaceAll("[^a-z0-9]", "");
    }
}
