/**
 * Club funds (requirements R10, R11): the revolving loan fund (capital by source, loan products from the
 * club's regulations, loans from application to repayment or write-off, schedules, arrears) and the
 * activity fund cash book, kept as an append-only ledger of whole-đồng entries in which a posted entry is
 * never changed: corrections are reversing entries. Balances and reports are sums over the ledger as of a
 * date, and {@link vn.ishc.fund.ledger.Invariants} checks that both funds balance.
 *
 * <p>This top package is the module's API: {@link vn.ishc.fund.ClubFunds} with its typed commands
 * ({@link vn.ishc.fund.FundCommands}) and plain results ({@link vn.ishc.fund.FundResults}) for other modules
 * (a meeting sheet posts a whole sheet through it in one transaction; a refused line is a {@link
 * vn.ishc.fund.LineRefused} naming it), and the past-tense events the module publishes. Everything else
 * is internal: {@code ledger} (entries, the ledger's storage and rules), {@code loan} (loans and products),
 * {@code cashbook} (the activity fund and opening balances), {@code report} (overview and statements) and
 * {@code web} (pages, the JSON API, the club and member page panels). SQL readers of other modules use the
 * read-only views {@code fund_loan_disbursed_v}, {@code fund_receipt_v} and {@code fund_established_v}, and
 * the probe {@link vn.ishc.fund.FundFacts#receivedBy} (the view's receipts, asked of the ledger so that the
 * search stops at a club's first receipt on H2 too).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funds")
package vn.ishc.fund;
