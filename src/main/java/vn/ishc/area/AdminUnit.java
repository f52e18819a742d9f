package vn.ishc.area;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One administrative unit as it existed between {@code validFrom} and {@code validTo} (inclusive). */
@Table("admin_unit")
class AdminUnit {
    @Id
    private Long id;

    private String code;
    private String name;
    private UnitType type;
    private Long parentId;
    private LocalDate validFrom;
    private LocalDate validTo;

    @Version
    private Integer version;

    AdminUnit(
            Long id,
            String code,
            String name,
            UnitType type,
            Long parentId,
            LocalDate validFrom,
            LocalDate validTo,
            Integer version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.type = type;
        this.parentId = parentId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.version = version;
    }

    static AdminUnit create(
            String code, String name, UnitType type, Long parentId, LocalDate validFrom, LocalDate validTo) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid-to before valid-from");
        }
        return new AdminUnit(null, code, name, type, parentId, validFrom, validTo, null);
    }

    /** The unit stops existing at the end of the day before {@code effective}. */
    void endBefore(LocalDate effective) {
        this.validTo = effective.minusDays(1);
    }

    /** The unit comes into existence on {@code effective}. */
    void startOn(LocalDate effective) {
        this.validFrom = effective;
    }

    Long id() {
        return id;
    }

    boolean validOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    String name() {
        return name;
    }
}
