package vn.ishc.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import vn.ishc.IshcApplication;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.DemoMonths;
import vn.ishc.fund.FundCommands;
import vn.ishc.fund.FundEvents;
import vn.ishc.fund.FundResults;
import vn.ishc.fund.LineRefused;
import vn.ishc.fund.ReceiptKind;

/** What another module may use of the fund module is its API package, and only that. */
class FundApiTest {
    @Test
    void theApiTypesAreTheFundModulesPublishedInterface() {
        ApplicationModule fund = ApplicationModules.of(IshcApplication.class)
                .getModuleByName("fund")
                .orElseThrow();
        for (Class<?> type : List.of(
                ClubFunds.class,
                DemoMonths.class,
                FundCommands.class,
                FundResults.class,
                FundEvents.class,
                LineRefused.class,
                ReceiptKind.class)) {
            assertThat(fund.isExposed(type)).as(type.getName()).isTrue();
        }
        // The services behind it are the module's own.
        assertThat(fund.contains(vn.ishc.fund.loan.LoanService.class)).isTrue();
        assertThat(fund.isExposed(vn.ishc.fund.loan.LoanService.class)).isFalse();
        assertThat(fund.isExposed(vn.ishc.fund.ledger.FundBooks.class)).isFalse();
        assertThat(fund.isExposed(vn.ishc.fund.cashbook.CashBookService.class)).isFalse();
    }
}
