/**
 * Plans, targets and indicators (R12, R13): a plan's period, scope (units as of the plan's date), rule
 * parameters, targets and ward roadmap, with the change log of a locked plan; the indicator engine that
 * computes every indicator of requirements section 4 live, as of any date, for any unit subtree, by the
 * units of that date or by the plan's units through unit lineage; the dashboard, the lists behind every
 * figure, and the indicator and plan API. It reads the other modules through {@code area.UnitDirectory}
 * and {@code member.Composition}, and their tables with read-only SQL; it never writes to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans and indicators")
package vn.ishc.plan;
