package vn.ishc.member;

import java.util.List;
import java.util.Map;

/**
 * A sheet of a person's personal data export (Decree 13/2023/NĐ-CP) contributed by another module (e.g.
 * the person's loans, from the funds), so the member module does not depend on it: like {@link
 * MemberSection} for the member page. Sheets follow the member module's own (the person and their
 * memberships) in ascending {@link #order()}. Header keys, the title key and {@link Text} cells are message
 * keys the exporter translates into the reader's language; other cells are values ({@code String}, {@code
 * LocalDate}, {@code Vnd}, numbers) written as {@code shared.TableExport} writes them.
 */
public interface PersonalDataSection {
    int order();

    /** The sheet's title, a message key. */
    String titleKey();

    /** The column labels, message keys. */
    List<String> headerKeys();

    /** The rows about the person. The caller has checked that the user may export this person's data. */
    List<List<?>> rows(Subject person);

    /**
     * Whose data: the person's id and the clubs of their memberships (id → name, oldest membership
     * first), every one of which the user may read.
     */
    record Subject(long personId, Map<Long, String> clubs) {}

    /** A cell holding a message key (with arguments), translated by the exporter. */
    record Text(String key, Object... args) {}
}
