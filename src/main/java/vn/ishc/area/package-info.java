/**
 * Administrative units through time (R1): units with their codes, types, parents and validity, the
 * changes that merged, renamed, re-parented or split them (with their legal references), and the lineage
 * from old units to new ones. Answers "the units as of a date", "what became of this unit" and "which
 * units of an earlier date this unit descends from", and the territory of a unit across eras, on which
 * every account scope rests. {@link vn.ishc.area.UnitDirectory} is the module's public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative units")
package vn.ishc.area;
