package vn.ishc.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.fund.ClubFunds;
import vn.ishc.fund.DemoMonths;
import vn.ishc.fund.FundResults.Taken;
import vn.ishc.fund.FundResults.TakenKind;
import vn.ishc.meeting.MeetingCommands.HoldMeeting;
import vn.ishc.meeting.MeetingCommands.Payment;
import vn.ishc.meeting.MeetingCommands.SheetLine;
import vn.ishc.member.ClubMembership;
import vn.ishc.member.MemberRegistry;
import vn.ishc.shared.DemoData;
import vn.ishc.shared.Vnd;

/**
 * Demo meetings for the demo clubs: each club's dues (the fee and solidarity contribution its demo books
 * collect, {@link DemoMonths}) and one meeting a month on its meeting day, from the first month of its books
 * up to the clock's today (or until it stopped; none while it was suspended), except one month in each twelve
 * that it did not meet (the money the treasurer took that day stays in the books without a meeting). Each
 * meeting has a place, a topic and a decision, every member of that day on its list (mostly present, some
 * excused, a few absent; two members of the demo board's club absent at its last three meetings, so that the
 * board sees them flagged), and the sheet's money lines: the fees and contributions of the members who came
 * or sent them and the repayments of the day, each linked to the posting the demo books made for it ({@link
 * ClubFunds#takenAt}). Every meeting is checked by the rules of a real sheet ({@link Meeting#hold}) and
 * written in batches through {@link Meetings#insertAll}. A club with dues or meetings already is left alone,
 * so loading twice changes nothing.
 */
@Component
class DemoMeetings implements DemoData {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoMeetings.class);
    private static final long SEED = 20261130L;
    private static final String RECORDER = "demo-club";
    /** How many members of the demo board's club were absent at its last three meetings. */
    static final int ABSENT_RUN_MEMBERS = 2;

    private static final String[] TOPICS = {
        "Tổng kết hoạt động năm cũ, triển khai kế hoạch năm mới",
        "Chuẩn bị đón Tết, thăm hỏi hội viên có hoàn cảnh khó khăn",
        "Chăm sóc sức khỏe người cao tuổi: phòng bệnh tăng huyết áp",
        "Sinh hoạt văn nghệ, thể dục dưỡng sinh; đăng ký tham gia hội thi",
        "Phổ biến chính sách bảo hiểm y tế, bảo hiểm xã hội tự nguyện",
        "Chăm sóc người cao tuổi tại nhà: phân công tình nguyện viên",
        "Tri ân thương binh, liệt sĩ; thăm gia đình chính sách",
        "Phòng chống sốt xuất huyết, vệ sinh môi trường khu dân cư",
        "Phòng chống lừa đảo qua điện thoại và mạng xã hội",
        "Tháng hành động vì người cao tuổi Việt Nam: mừng thọ hội viên",
        "Sơ kết quỹ vay vốn quay vòng, xét đề nghị vay mới",
        "Tổng kết năm, chuyển phí tồn sang quỹ hoạt động"
    };
    private static final String[] DECISIONS = {
        "Thống nhất thu hội phí; nhắc hội viên trả nợ đúng hạn; phân công thăm hội viên ốm.",
        "Giao Ban chủ nhiệm lập danh sách hội viên cần hỗ trợ, báo cáo tại buổi sinh hoạt sau.",
        "Thống nhất kế hoạch tháng tới; nhóm tự giúp nhau thăm các hộ gia đình khó khăn.",
        "Đồng ý các đề nghị vay đã xét; nhắc các hộ trả chậm hoàn thành trong tháng.",
        "Tiếp tục duy trì tập dưỡng sinh sáng thứ Bảy tại nhà văn hóa."
    };

    private final ClubDirectory clubs;
    private final MemberRegistry members;
    private final ClubFunds funds;
    private final Meetings meetings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoMeetings(
            ClubDirectory clubs,
            MemberRegistry members,
            ClubFunds funds,
            Meetings meetings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clubs = clubs;
        this.members = members;
        this.funds = funds;
        this.meetings = meetings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** After the demo books (40), whose postings the meetings link. */
    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        long started = System.nanoTime();
        List<String> names = DemoClubs.names();
        List<ClubView> byAge = new ArrayList<>(clubs.allForAdministration());
        byAge.sort(Comparator.comparingLong(ClubView::id));
        Set<Long> done = meetings.clubsWithMeetingsOrDues();
        Set<String> seen = new HashSet<>();
        int held = 0;
        for (ClubView club : byAge) {
            // Only the demo clubs (the oldest of each name), never clubs someone else made.
            if (!names.contains(club.name()) || !seen.add(club.name())) continue;
            if (done.contains(club.id())) continue;
            // One transaction a club: its dues (which mark it done, met or not) and its meetings, or nothing.
            held += transaction.execute(tx -> {
                meetings.insertAllDues(
                        List.of(new Dues(
                                club.id(),
                                DemoMonths.fee(club.id()),
                                DemoMonths.solidarity(club.id()),
                                ContributionKind.SOLIDARITY,
                                1)),
                        RECORDER,
                        clock.instant());
                return club(club, today);
            });
        }
        log.info("Demo meetings loaded in {} ms ({} meetings)", (System.nanoTime() - started) / 1_000_000, held);
    }

    /** One club's meetings up to today; returns how many. */
    private int club(ClubView club, LocalDate today) {
        List<ClubMembership> memberships = members.membershipsOf(club.id());
        if (memberships.isEmpty()) return 0;
        Map<Long, String> names = members.namesOf(
                memberships.stream().map(ClubMembership::personId).collect(Collectors.toSet()));
        Random r = new Random(SEED + club.id());
        LocalDate end = DemoMonths.lastDay(club, today);

        // The days it met: its meeting day each month it was active, but one such month in twelve (never the
        // first two of the twelve).
        List<LocalDate> days = new ArrayList<>();
        int missed = -1;
        int index = 0;
        for (YearMonth m = DemoMonths.firstMonth(club);
                !DemoMonths.meetingDay(club, m).isAfter(end);
                m = m.plusMonths(1)) {
            LocalDate day = DemoMonths.meetingDay(club, m);
            if (!DemoMonths.activeOn(club, day)) continue;
            if (index % 12 == 0) missed = index + 2 + r.nextInt(10);
            if (index++ != missed) days.add(day);
        }
        if (days.isEmpty()) return 0;

        Map<LocalDate, List<Taken>> takenOn = new HashMap<>();
        for (Taken t : funds.takenAt(club.id()))
            takenOn.computeIfAbsent(t.on(), k -> new ArrayList<>()).add(t);
        Set<Long> absentRun = club.name().equals(DemoClubs.DEMO_BOARD_CLUB)
                ? absentRun(
                        memberships, days.subList(Math.max(0, days.size() - AbsenceRule.RUN), days.size()), takenOn, r)
                : Set.of();

        Instant now = clock.instant();
        Vnd fee = DemoMonths.fee(club.id());
        Vnd solidarity = DemoMonths.solidarity(club.id());
        String place = "Nhà văn hóa " + club.name().substring(club.name().indexOf("nhau ") + "nhau ".length());
        List<Meeting> out = new ArrayList<>();
        for (LocalDate day : days) {
            YearMonth month = YearMonth.from(day);
            List<Long> listed = membersOn(memberships, day);
            List<Taken> taken = takenOn.getOrDefault(day, List.of());
            // The day's receipts, in posting order, are the paying members' in person order (DemoMonths.pays).
            List<Long> payers = listed.stream()
                    .filter(p -> DemoMonths.pays(club.id(), p, month))
                    .toList();
            Map<Long, Taken> fees = byPayer(taken, TakenKind.MEMBERSHIP_FEE, payers, names);
            Map<Long, Taken> gifts =
                    solidarity.dong() > 0 ? byPayer(taken, TakenKind.GOLDEN_HEART_DONATION, payers, names) : Map.of();
            if (fees == null || gifts == null) {
                log.warn(
                        "The books of demo club {} were not made by this version of the demo (the receipts of {} do"
                                + " not match its members): its meetings are left out. Delete ./data to load the"
                                + " demo afresh.",
                        club.id(),
                        day);
                return 0;
            }
            Map<Long, List<Taken>> repaid = new HashMap<>();
            Map<Long, Long> loans = new HashMap<>();
            for (Taken t : taken) {
                if (t.kind() != TakenKind.REPAYMENT) continue;
                repaid.computeIfAbsent(t.borrowerId(), k -> new ArrayList<>()).add(t);
                loans.put(t.loanId(), t.borrowerId());
            }

            Map<Long, String> onTheDay = new LinkedHashMap<>();
            List<SheetLine> lines = new ArrayList<>();
            List<Long> postings = new ArrayList<>();
            for (long person : listed) {
                onTheDay.put(person, names.getOrDefault(person, ""));
                List<Taken> repayments = repaid.getOrDefault(person, List.of());
                int roll = r.nextInt(100);
                Attendance attendance = !repayments.isEmpty()
                        ? Attendance.PRESENT
                        : absentRun.contains(person)
                                ? Attendance.ABSENT
                                : roll < 88 ? Attendance.PRESENT : roll < 96 ? Attendance.EXCUSED : Attendance.ABSENT;
                // A member who neither came nor sent word paid, if at all, to the treasurer at home: not on the sheet.
                boolean onSheet = attendance != Attendance.ABSENT;
                Taken paid = onSheet ? fees.get(person) : null;
                Taken gave = onSheet ? gifts.get(person) : null;
                if (paid != null) postings.add(paid.posting());
                if (gave != null) postings.add(gave.posting());
                List<Payment> payments = new ArrayList<>();
                for (Taken t : repayments) {
                    payments.add(new Payment(t.loanId(), t.amount()));
                    postings.add(t.posting());
                }
                lines.add(new SheetLine(
                        person,
                        attendance,
                        paid == null ? null : paid.amount(),
                        gave == null ? null : gave.amount(),
                        payments));
            }
            int topic = month.getMonthValue() - 1;
            Meeting meeting = Meeting.hold(
                    new HoldMeeting(
                            club.id(),
                            "demo-" + club.id() + "-" + month.toString().replace("-", ""),
                            day,
                            r.nextInt(10) == 0 ? "Nhà Chủ nhiệm câu lạc bộ" : place,
                            TOPICS[topic] + ". Thu hội phí " + fee.format() + " một tháng"
                                    + (solidarity.dong() > 0 ? ", quỹ Tấm lòng vàng " + solidarity.format() : "")
                                    + "; thu nợ vay đến hạn.",
                            DECISIONS[r.nextInt(DECISIONS.length)],
                            lines),
                    new Meeting.Context(
                            today, club.foundedOn(), DemoMonths.activeOn(club, day), onTheDay, loans, false),
                    RECORDER,
                    min(day.atTime(19, 0).atZone(clock.getZone()).toInstant(), now));
            meeting.posted(postings);
            out.add(meeting);
        }
        meetings.insertAll(club.id(), out);
        return out.size();
    }

    /**
     * The receipts of a kind on a day matched to the members who paid them, or null when they do not match
     * (books from another version of the demo): one each, in posting order and person order, each naming them.
     */
    private static Map<Long, Taken> byPayer(
            List<Taken> taken, TakenKind kind, List<Long> payers, Map<Long, String> names) {
        List<Taken> receipts = taken.stream().filter(t -> t.kind() == kind).toList();
        if (receipts.size() != payers.size()) return null;
        Map<Long, Taken> out = new HashMap<>();
        for (int i = 0; i < payers.size(); i++) {
            if (!java.util.Objects.equals(receipts.get(i).counterpart(), names.get(payers.get(i)))) return null;
            out.put(payers.get(i), receipts.get(i));
        }
        return out;
    }

    /**
     * Members of the demo board's club absent at its last meetings: members on each of those days who repaid
     * nothing at them, chosen by the seed.
     */
    private static Set<Long> absentRun(
            List<ClubMembership> memberships, List<LocalDate> last, Map<LocalDate, List<Taken>> takenOn, Random r) {
        List<Long> candidates = new ArrayList<>(membersOn(memberships, last.get(0)));
        for (LocalDate day : last) {
            candidates.retainAll(membersOn(memberships, day));
            for (Taken t : takenOn.getOrDefault(day, List.of()))
                if (t.kind() == TakenKind.REPAYMENT) candidates.remove(t.borrowerId());
        }
        java.util.Collections.shuffle(candidates, r);
        return new HashSet<>(candidates.subList(0, Math.min(ABSENT_RUN_MEMBERS, candidates.size())));
    }

    /** The club's members on a day, in person order. */
    private static List<Long> membersOn(List<ClubMembership> memberships, LocalDate day) {
        return memberships.stream()
                .filter(m -> !m.joinedOn().isAfter(day)
                        && (m.leftOn() == null || m.leftOn().isAfter(day)))
                .map(ClubMembership::personId)
                .distinct()
                .sorted()
                .toList();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
