/**
 * Value types and small mechanisms every module uses: money ({@link vn.ishc.shared.Vnd}), the
 * access scope of the current user ({@link vn.ishc.shared.Scope}), "not found" errors, the clock and
 * the demo-data mechanism.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ishc.shared;
