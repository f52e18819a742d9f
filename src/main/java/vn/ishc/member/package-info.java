/**
 * Members (R3, R4, R18): people and their memberships of clubs (one club at a time, history kept),
 * age class on any reference date, each club's composition against the plan's standard, duplicate
 * detection and merging, and the Excel import of member lists. {@link vn.ishc.member.MemberRegistry} is
 * the module's public API; it reads clubs only through {@link vn.ishc.club.ClubDirectory}, so the
 * caller's scope applies. Other modules read members in SQL only through the view {@code member_fact_v}
 * and the rules of {@link vn.ishc.member.MemberFacts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members")
package vn.ishc.member;
