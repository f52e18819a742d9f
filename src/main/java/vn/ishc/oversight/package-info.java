/**
 * Oversight of the clubs (requirements R14, R16): training sessions and who attended them, monitoring visits
 * with the plan's checklist, scores, findings, follow-up actions and the rating they give, and the tasks the
 * plan's section V gives each agency, year by year, with their evidence. It publishes read-only views for
 * the indicator engine ("trained", "monitored", the latest rating).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight")
package vn.ishc.oversight;
