/**
 * Reports (requirement R17): the club's monthly report built from its records, submitted by the board,
 * approved or returned by the ward and accepted by the city, the month locks an approval sets, and the
 * periodic reports to the City People's Committee (quarter, half-year review, year, final review) as Excel
 * and as PDF in the administrative format of Decree 30/2020/NĐ-CP. It reads every other module, never
 * writes their records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package vn.ishc.report;
