package vn.ishc.area;

/** Kinds of administrative unit; labels are the message keys {@code unit.type.<NAME>}. */
public enum UnitType {
    PROVINCE,
    MUNICIPALITY,
    CITY,
    TOWN,
    DISTRICT,
    WARD,
    COMMUNE,
    TOWNSHIP,
    SPECIAL_ZONE;

    /** Wards, communes and townships: the level where clubs are founded. */
    public boolean isGrassroots() {
        return this == WARD || this == COMMUNE || this == TOWNSHIP || this == SPECIAL_ZONE;
    }
}
