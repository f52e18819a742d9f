package vn.ishc.oversight.training;

/**
 * Who organised a training session (labels {@code oversight.organiser.<NAME>}): the city association, the
 * city board for older people's affairs, a ward, a health station, a department, or another body (named).
 */
public enum Organiser {
    CITY_ASSOCIATION,
    ELDERLY_BOARD,
    WARD,
    HEALTH_STATION,
    DEPARTMENT,
    OTHER
}
