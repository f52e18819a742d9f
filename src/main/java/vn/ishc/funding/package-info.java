/**
 * Resources mobilised and allocated for the plan (requirement R15): money and in-kind support by source
 * (section 5), donor or budget line, date, amount, purpose, to whom (the city, a ward, a club) and document,
 * with totals by source, year and unit. The loan-fund capital a club records in the fund module is counted
 * once: the module's published view joins both.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding")
package vn.ishc.funding;
