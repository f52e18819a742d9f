package vn.ishc.member;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored row as read and checked: the person and joining date it describes (parts that could not be
 * read are empty), its errors (the row cannot be saved) and its warnings (it can).
 */
record MemberImportLine(
        MemberImportRow row, PersonDetails person, LocalDate joinedOn, List<Problem> errors, List<Problem> warnings) {

    /**
     * Something wrong or doubtful in a row: the column (null for the row as a whole), the message key and
     * its arguments.
     */
    record Problem(MemberImportColumn column, String messageKey, List<Object> args) {
        static Problem of(MemberImportColumn column, String messageKey, Object... args) {
            return new Problem(column, messageKey, List.of(args));
        }

        /** The arguments, for {@code #messages.msgWithParams} in templates. */
        public Object[] arguments() {
            return args.toArray();
        }

        public String labelKey() {
            return column == null ? null : column.labelKey();
        }
    }

    public int number() {
        return row.number();
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Whether the cell of this column is in error, so the screen shows what was typed. */
    boolean wrong(MemberImportColumn column) {
        return errors.stream().anyMatch(p -> p.column() == column);
    }

    /** Whether this column, by its form field name, is in error. */
    public boolean wrong(String field) {
        return errors.stream()
                .anyMatch(p -> p.column() != null && p.column().field().equals(field));
    }

    /** What the preview shows in a cell: plain text, or a label's message key. */
    record Shown(String text, String key) {
        static Shown text(Object value) {
            return new Shown(value == null ? "" : value.toString(), null);
        }

        static Shown label(String key) {
            return new Shown(null, key);
        }
    }

    /** The value read from a column's cell, or what was typed when it could not be read. */
    public Shown shown(MemberImportColumn column) {
        if (wrong(column)) return Shown.text(row.cell(column));
        PersonDetails d = person;
        return switch (column) {
            case FULL_NAME -> Shown.text(d.fullName());
            case SEX -> d.sex() == null ? Shown.text(null) : Shown.label("import.sex." + d.sex());
            case BIRTH ->
                Shown.text(d.birthDate() != null ? MemberImportRow.DATE.format(d.birthDate()) : d.birthYear());
            case ETHNICITY -> Shown.text(d.ethnicity());
            case HOUSEHOLD ->
                d.householdStatus() == null ? Shown.text(null) : Shown.label("import.household." + d.householdStatus());
            case HOUSEHOLD_YEAR -> Shown.text(d.householdStatusYear());
            case DISABILITY -> d.disability() ? Shown.label("import.yes") : Shown.text(null);
            case LIVES_ALONE -> d.livesAlone() ? Shown.label("import.yes") : Shown.text(null);
            case OTHER_HARDSHIP -> Shown.text(d.otherHardship());
            case NATIONAL_ID -> Shown.text(d.nationalId());
            case PHONE -> Shown.text(d.phone());
            case RESIDENTIAL_GROUP -> Shown.text(d.residentialGroup());
            case JOINED_ON -> Shown.text(joinedOn == null ? null : MemberImportRow.DATE.format(joinedOn));
        };
    }

    /** The text of a column's cell, by its form field name. */
    public String cell(String field) {
        return row.byField().get(field);
    }
}
