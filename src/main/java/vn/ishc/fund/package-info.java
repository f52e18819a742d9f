/**
 * Club funds (requirements R10, R11): the revolving loan fund (capital by source, loan products from the
 * club's regulations, loans from application to repayment or write-off, schedules, arrears) and the
 * activity fund cash book, kept as an append-only ledger of whole-đồng entries in which a posted entry is
 * never changed: corrections are reversing entries. Balances and reports are sums over the ledger as of a
 * date, and {@link vn.ishc.fund.ledger.Invariants} checks that both funds balance. Other modules read it
 * only through the read-only SQL views {@code fund_loan_disbursed_v}, {@code fund_receipt_v} and
 * {@code fund_established_v}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funds")
package vn.ishc.fund;
