package vn.ishc.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.activity.ActivityCommands.RecordActivity;
import vn.ishc.activity.ActivityEvents.DemoActivitiesRecorded;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.member.ClubMembership;
import vn.ishc.member.MemberRegistry;
import vn.ishc.shared.DemoData;
import vn.ishc.shared.Vnd;

/**
 * Demo activities for the demo clubs, from the month after each club's founding up to the clock's today (for
 * a suspended or dissolved club, up to the day it stopped): in each month and area a club does something with
 * a chance of its own, and each club is weak in two areas (seldom anything there), so the calendars and the
 * city's view show gaps as real ones would. Participants are members of that month; costs are paid by the
 * ward or a donor with a funding source (the clubs' own fund expenses are the fund demo's). Every activity is
 * built by {@link Activity#record}, so every rule holds, and written in one batch per club with one audited
 * {@link DemoActivitiesRecorded}; seeded per club, so every start gives the same; a club that already has
 * activities is left alone. Runs after the meetings' demo.
 */
@Component
class DemoActivities implements DemoData {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoActivities.class);
    private static final long SEED = 20261206L;
    private static final String RECORDER = "demo-club";
    /** What a club does in an area, by area code: titles of the demo's activities. */
    private static final Map<String, List<String>> TITLES = Map.of(
            "INCOME", List.of("Tập huấn chăn nuôi gà", "Hướng dẫn trồng rau sạch", "Chia sẻ kinh nghiệm buôn bán nhỏ"),
            "HEALTH", List.of("Đo huyết áp tại sinh hoạt", "Nói chuyện phòng bệnh mùa mưa", "Tập dưỡng sinh"),
            "HOME_CARE", List.of("Thăm hỏi người cao tuổi sống một mình", "Giúp việc nhà cho hộ neo đơn"),
            "SELF_HELP", List.of("Góp công sửa nhà cho thành viên", "Quyên góp giúp hộ gặp khó khăn"),
            "RIGHTS", List.of("Hướng dẫn thủ tục trợ cấp xã hội", "Tư vấn làm thẻ bảo hiểm y tế"),
            "COMMUNICATION",
                    List.of(
                            "Tin về câu lạc bộ trên loa phường",
                            "Đối thoại với cán bộ phường",
                            "Bài viết về câu lạc bộ"),
            "CULTURE_SPORTS", List.of("Giao lưu văn nghệ", "Thi đấu cờ tướng", "Tập múa quạt"),
            "RESOURCES", List.of("Vận động doanh nghiệp ủng hộ quỹ", "Vận động hội viên đóng góp"));

    private static final List<String> COMMUNICATION = List.of("NEWS", "REPORTAGE", "DIALOGUE", "LOUDSPEAKER");

    private final ClubDirectory clubs;
    private final MemberRegistry members;
    private final Activities activities;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoActivities(
            ClubDirectory clubs,
            MemberRegistry members,
            Activities activities,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clubs = clubs;
        this.members = members;
        this.activities = activities;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        List<String> names = DemoClubs.names();
        Set<Long> done = activities.clubsWithActivities();
        List<ClubView> byAge = new ArrayList<>(clubs.allForAdministration());
        byAge.sort(Comparator.comparingLong(ClubView::id));
        Map<String, Area> areas = new LinkedHashMap<>();
        for (Area a : activities.areas()) areas.put(a.code(), a);
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (Kind k : activities.kinds()) kinds.put(k.code(), k);
        Set<String> seen = new HashSet<>();
        int[] total = {0};
        transaction.executeWithoutResult(tx -> {
            for (ClubView club : byAge) {
                // Only the demo clubs (the oldest of each name), never clubs someone else made.
                if (!names.contains(club.name()) || !seen.add(club.name()) || done.contains(club.id())) continue;
                LocalDate end = club.status() == ClubStatus.ACTIVE
                        ? today
                        : club.statusHistory()
                                .get(club.statusHistory().size() - 1)
                                .since()
                                .minusDays(1);
                List<Activity> list = club(club, end, today, areas, kinds);
                if (list.isEmpty()) continue;
                activities.insertAll(list);
                events.publishEvent(new DemoActivitiesRecorded(club.id(), club.unitId(), list.size()));
                total[0] += list.size();
            }
        });
        log.info("Demo activities ({}) loaded in {} ms", total[0], (System.nanoTime() - started) / 1_000_000);
    }

    private List<Activity> club(
            ClubView club, LocalDate end, LocalDate today, Map<String, Area> areas, Map<String, Kind> kinds) {
        Random r = new Random(SEED + club.id());
        List<ClubMembership> memberships = members.membershipsOf(club.id());
        // Each club has its own chance of doing something in an area in a month, and two areas it is weak in.
        List<String> codes = new ArrayList<>(TITLES.keySet());
        codes.sort(Comparator.naturalOrder());
        Map<String, Double> chance = new LinkedHashMap<>();
        for (String code : codes) chance.put(code, 0.25 + r.nextDouble() * 0.45);
        for (int i = 0; i < 2; i++) chance.put(codes.get(r.nextInt(codes.size())), 0.02);
        List<Activity> out = new ArrayList<>();
        YearMonth first = YearMonth.from(club.foundedOn()).plusMonths(1);
        for (YearMonth m = first; !m.atDay(1).isAfter(end); m = m.plusMonths(1)) {
            for (String code : codes) {
                if (!areas.containsKey(code) || r.nextDouble() >= chance.get(code)) continue;
                LocalDate day = m.atDay(1 + r.nextInt(m.lengthOfMonth()));
                if (day.isAfter(end)) day = end;
                if (day.isBefore(club.foundedOn()) || !ActivityService.activeOn(club, day)) continue;
                List<Long> present = new ArrayList<>();
                for (ClubMembership ms : memberships) {
                    if (ms.joinedOn() != null && ms.joinedOn().isAfter(day)) continue;
                    if (ms.leftOn() != null && !ms.leftOn().isAfter(day)) continue;
                    present.add(ms.personId());
                }
                java.util.Collections.shuffle(present, r);
                List<Long> participants = present.subList(0, Math.min(present.size(), 3 + r.nextInt(6)));
                String kind = "COMMUNICATION".equals(code)
                        ? COMMUNICATION.get(r.nextInt(COMMUNICATION.size()))
                        : "CULTURE_SPORTS".equals(code) && r.nextInt(6) == 0
                                ? (r.nextBoolean() ? "EXCHANGE" : "STUDY_TOUR")
                                : "ORDINARY";
                List<String> titles = TITLES.get(code);
                Vnd cost = null;
                PaidBy paidBy = null;
                FundingSource source = null;
                if (r.nextInt(5) == 0) {
                    cost = Vnd.of((1 + r.nextInt(20)) * 100_000L);
                    paidBy = r.nextBoolean() ? PaidBy.WARD : PaidBy.DONOR;
                    source = paidBy == PaidBy.WARD ? FundingSource.STATE_BUDGET : FundingSource.SOCIALISATION;
                }
                Set<Long> onTheDay = new HashSet<>(present);
                out.add(Activity.record(
                        new RecordActivity(
                                club.id(),
                                code,
                                kind,
                                day,
                                titles.get(r.nextInt(titles.size())),
                                null,
                                new ArrayList<>(participants),
                                r.nextInt(15),
                                List.of(),
                                r.nextInt(30),
                                cost,
                                paidBy,
                                source,
                                null),
                        new Activity.Context(today, club.foundedOn(), true, onTheDay, areas, kinds),
                        RECORDER,
                        clock.instant()));
            }
        }
        return out;
    }
}
