package vn.ishc.area;

import java.time.LocalDate;

/** A unit row as other modules and the screens see it. {@code validFrom == null}: before our records. */
public record UnitView(
        long id, String code, String name, UnitType type, Long parentId, LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }
}
