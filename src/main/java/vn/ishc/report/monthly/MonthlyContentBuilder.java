package vn.ishc.report.monthly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.ishc.activity.AreaCalendar;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.FundResults;
import vn.ishc.meeting.MeetingService;
import vn.ishc.member.Composition;
import vn.ishc.member.MemberRegistry;
import vn.ishc.report.MonthlyContent;

/**
 * Builds a club's monthly report from the records, through each module's API (their read-only month
 * queries, which leave the access check to the report service that calls this), and turns it into JSON and
 * back.
 */
@Component
public class MonthlyContentBuilder {
    private final MemberRegistry members;
    private final MeetingService meetings;
    private final AreaCalendar calendar;
    private final ClubFunds funds;
    private final JsonMapper json = JsonMapper.builder().build();

    MonthlyContentBuilder(MemberRegistry members, MeetingService meetings, AreaCalendar calendar, ClubFunds funds) {
        this.members = members;
        this.meetings = meetings;
        this.calendar = calendar;
        this.funds = funds;
    }

    @Transactional(readOnly = true)
    public MonthlyContent build(ClubView club, YearMonth month) {
        LocalDate from = month.atDay(1), to = month.atEndOfMonth();
        MemberRegistry.MonthFigures m = members.monthFigures(club.id(), month);
        Composition c = m.atEnd();
        List<String> broken = new ArrayList<>();
        for (Composition.Check check : c.checks())
            if (check.band() != Composition.Band.IN_BAND)
                broken.add(check.rule().name());
        MeetingService.MonthFigures held = meetings.monthFigures(club.id(), month);
        List<MonthlyContent.Tally> areas = new ArrayList<>();
        for (AreaCalendar.MonthTally t : calendar.month(club.id(), month)) {
            List<MonthlyContent.AreaCount> counts = new ArrayList<>();
            for (Map.Entry<String, Long> e : t.byArea().entrySet())
                counts.add(new MonthlyContent.AreaCount(e.getKey(), e.getValue()));
            areas.add(new MonthlyContent.Tally(t.labelKey(), counts, t.total()));
        }
        FundResults.SpanFigures f = funds.span(club.id(), from, to);
        return new MonthlyContent(
                club.id(),
                club.name(),
                month.toString(),
                from.toString(),
                to.toString(),
                new MonthlyContent.Members(
                        m.joined(),
                        m.left(),
                        c.members(),
                        c.women(),
                        c.older(),
                        c.younger(),
                        c.disadvantaged(),
                        c.meetsEveryRule(),
                        broken),
                new MonthlyContent.Meetings(
                        held.held(),
                        held.present(),
                        held.excused(),
                        held.absent(),
                        held.days().stream().map(LocalDate::toString).toList()),
                areas,
                new MonthlyContent.Funds(
                        f.loanFundOpening().dong(),
                        f.loanFundReceipts().dong(),
                        f.loanFundPayments().dong(),
                        f.loanFundClosing().dong(),
                        f.activityFundOpening().dong(),
                        f.activityFundReceipts().dong(),
                        f.activityFundExpenses().dong(),
                        f.activityFundClosing().dong(),
                        f.disbursed().dong(),
                        f.loansDisbursed(),
                        f.principalRepaid().dong(),
                        f.feesReceived().dong(),
                        f.outstanding().dong(),
                        f.loansRunning(),
                        f.overdue().dong(),
                        f.loansOverdue()));
    }

    public String toJson(MonthlyContent content) {
        return json.writeValueAsString(content);
    }

    public MonthlyContent fromJson(String text) {
        return json.readValue(text, MonthlyContent.class);
    }
}
