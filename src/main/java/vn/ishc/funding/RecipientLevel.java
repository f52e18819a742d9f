package vn.ishc.funding;

/** To whom a resource went (labels {@code funding.level.<NAME>}): the city, a ward or commune, or a club. */
public enum RecipientLevel {
    CITY,
    WARD,
    CLUB
}
