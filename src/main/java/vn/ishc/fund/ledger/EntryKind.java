package vn.ishc.fund.ledger;

import java.util.Arrays;
import java.util.List;

/**
 * What an entry records. The kind fixes the fund, the sign of its effect on the fund's cash (an entry's
 * amount is always positive) and the term of the fund equation it counts in. A reversing entry has the
 * kind of the entry it reverses and the opposite effect.
 */
public enum EntryKind {
    // ---- loan fund ----
    /** A contribution to the fund's capital, with its funding source. */
    CAPITAL(Fund.LOAN_FUND, 1, Term.CAPITAL, false),
    /** Opening balance: the fund's capital at the cut-off. */
    OPENING_CAPITAL(Fund.LOAN_FUND, 1, Term.CAPITAL, false),
    /**
     * Opening balance: what the fund had earned, net, before the cut-off (fees received less write-offs
     * and transfers), so that the opening cash, capital and loans balance.
     */
    OPENING_INCOME(Fund.LOAN_FUND, 1, Term.INCOME, false),
    /** Opening balance: the fund had lost money before the cut-off (cash short of capital − loans). */
    OPENING_LOSS(Fund.LOAN_FUND, -1, Term.WRITTEN_OFF, false),
    /** Opening balance: a member's loan outstanding at the cut-off (principal still owed). */
    OPENING_LOAN(Fund.LOAN_FUND, -1, Term.PRINCIPAL, false),
    DISBURSEMENT(Fund.LOAN_FUND, -1, Term.PRINCIPAL, false),
    PRINCIPAL_REPAID(Fund.LOAN_FUND, 1, Term.PRINCIPAL, false),
    FEE_RECEIVED(Fund.LOAN_FUND, 1, Term.INCOME, false),
    CREDIT_HELD(Fund.LOAN_FUND, 1, Term.CREDIT, false),
    CREDIT_REFUNDED(Fund.LOAN_FUND, -1, Term.CREDIT, false),
    /** A loan's remaining principal written off: no cash moves, the principal leaves "outstanding". */
    WRITE_OFF(Fund.LOAN_FUND, 0, Term.WRITTEN_OFF, false),
    /** Fees and interest passed to the activity fund; always posted with an {@link #INTEREST_SHARE}. */
    TRANSFER_TO_ACTIVITY(Fund.LOAN_FUND, -1, Term.TRANSFER, false),

    // ---- activity fund: receipts ----
    OPENING_BALANCE(Fund.ACTIVITY_FUND, 1, Term.RECEIPT, false),
    MEMBERSHIP_FEE(Fund.ACTIVITY_FUND, 1, Term.RECEIPT, true),
    GOLDEN_HEART_DONATION(Fund.ACTIVITY_FUND, 1, Term.RECEIPT, true),
    INTEREST_SHARE(Fund.ACTIVITY_FUND, 1, Term.RECEIPT, false),
    FUND_RAISING(Fund.ACTIVITY_FUND, 1, Term.RECEIPT, true),
    OTHER_RECEIPT(Fund.ACTIVITY_FUND, 1, Term.RECEIPT, true),
    // ---- activity fund: expenses ----
    SICK_VISIT(Fund.ACTIVITY_FUND, -1, Term.EXPENSE, true),
    GIFT(Fund.ACTIVITY_FUND, -1, Term.EXPENSE, true),
    ACTIVITY(Fund.ACTIVITY_FUND, -1, Term.EXPENSE, true),
    OTHER_EXPENSE(Fund.ACTIVITY_FUND, -1, Term.EXPENSE, true);

    private final Fund fund;
    private final int cashSign;
    private final Term term;
    private final boolean cashBookEntry;

    EntryKind(Fund fund, int cashSign, Term term, boolean cashBookEntry) {
        this.fund = fund;
        this.cashSign = cashSign;
        this.term = term;
        this.cashBookEntry = cashBookEntry;
    }

    public Fund fund() {
        return fund;
    }

    /** +1 money comes in, −1 money goes out, 0 no cash moves (a write-off). */
    public int cashSign() {
        return cashSign;
    }

    public Term term() {
        return term;
    }

    public boolean isReceipt() {
        return term == Term.RECEIPT;
    }

    public boolean isExpense() {
        return term == Term.EXPENSE;
    }

    /** Kinds a treasurer enters directly in the cash book (the others come from other operations). */
    public boolean isCashBookEntry() {
        return cashBookEntry;
    }

    public static List<EntryKind> cashBookReceipts() {
        return Arrays.stream(values())
                .filter(k -> k.cashBookEntry && k.isReceipt())
                .toList();
    }

    public static List<EntryKind> cashBookExpenses() {
        return Arrays.stream(values())
                .filter(k -> k.cashBookEntry && k.isExpense())
                .toList();
    }
}
