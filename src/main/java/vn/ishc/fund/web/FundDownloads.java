package vn.ishc.fund.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.ishc.fund.ledger.Fund;
import vn.ishc.fund.report.FundReports;
import vn.ishc.shared.TableDownload;

/** The fund pages' downloads: a fund's statement (the cash book, the loan fund) as xlsx or csv. */
@Component
class FundDownloads {
    private final MessageSource messages;

    FundDownloads(MessageSource messages) {
        this.messages = messages;
    }

    void statement(FundReports.Statement s, String format, String name, Locale locale, HttpServletResponse response)
            throws IOException {
        List<String> headers = keys(
                locale,
                "fund.date",
                "fund.kind",
                "fund.counterpart",
                "fund.documentNo",
                "fund.note",
                "fund.cash.receipt",
                "fund.cash.expense",
                "fund.cash.balance",
                "fund.recordedBy");
        List<List<?>> rows = new ArrayList<>();
        rows.add(Arrays.asList(
                s.from(),
                messages.getMessage("fund.cash.opening", null, locale),
                null,
                null,
                null,
                null,
                null,
                s.opening(),
                null));
        for (FundReports.Line l : s.lines()) {
            String kind = messages.getMessage("fund.kind." + l.entry().kind(), null, locale)
                    + (l.entry().isReversal() ? " (" + messages.getMessage("fund.reversal", null, locale) + ")" : "");
            rows.add(Arrays.asList(
                    l.entry().date(),
                    kind,
                    l.entry().counterpart(),
                    l.entry().documentNo(),
                    l.entry().note(),
                    l.receipt(),
                    l.expense(),
                    l.balance(),
                    l.entry().recordedBy()));
        }
        rows.add(Arrays.asList(
                s.to(),
                messages.getMessage("fund.cash.closing", null, locale),
                null,
                null,
                null,
                s.receipts(),
                s.expenses(),
                s.closing(),
                null));
        TableDownload.send(
                format,
                name + "-" + s.club().id() + "-" + s.from() + "-" + s.to(),
                messages.getMessage("fund." + (s.fund() == Fund.LOAN_FUND ? "loanFund" : "activityFund"), null, locale),
                headers,
                rows,
                response);
    }

    List<String> keys(Locale locale, String... keys) {
        return Arrays.stream(keys)
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
    }
}
