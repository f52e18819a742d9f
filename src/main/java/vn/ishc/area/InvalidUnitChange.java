package vn.ishc.area;

import vn.ishc.shared.Refused;

/**
 * A correction that would leave a unit ending before it starts, or outside its life on the date of a
 * change that keeps it going; {@link #messageKey()} says why, beside the change's effective date.
 */
public class InvalidUnitChange extends Refused {
    InvalidUnitChange(String messageKey, Object... args) {
        super("effectiveDate", messageKey, args);
    }
}
