package vn.ishc.activity.care;

/** What a home-care visit did, from the fixed list of R8 (labels {@code care.service.<NAME>}). */
public enum VisitService {
    COMPANY,
    HOUSEWORK,
    PERSONAL_CARE,
    HEALTH_MONITORING,
    REFERRAL
}
