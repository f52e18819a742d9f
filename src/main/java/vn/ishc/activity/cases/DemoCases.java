package vn.ishc.activity.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.activity.cases.CaseCommands.OpenCase;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.member.ClubMembership;
import vn.ishc.member.MemberRegistry;
import vn.ishc.shared.DemoData;

/**
 * A few self-help and rights cases per demo club (two to four over its life, for members and neighbours, of
 * every kind), each with one to three steps and, when opened more than two months before the clock's today,
 * closed with an outcome. Every case goes through {@link HelpCase}'s rules. Seeded per club; a club that has
 * cases is left alone.
 */
@Component
class DemoCases implements DemoData {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoCases.class);
    private static final long SEED = 20261202L;

    private record Story(CaseKind kind, String summary, List<String> steps, String outcome) {}

    private static final List<Story> STORIES = List.of(
            new Story(
                    CaseKind.HEALTH_INSURANCE_CARD,
                    "Thẻ bảo hiểm y tế hết hạn, chưa biết gia hạn",
                    List.of("Hướng dẫn chuẩn bị giấy tờ", "Cùng đến UBND phường nộp hồ sơ", "Nhận thẻ mới"),
                    "Đã có thẻ bảo hiểm y tế mới"),
            new Story(
                    CaseKind.SOCIAL_ALLOWANCE,
                    "Đủ 80 tuổi, chưa nhận trợ cấp xã hội",
                    List.of("Làm đơn đề nghị", "Nộp hồ sơ cho cán bộ LĐ-TB&XH phường"),
                    "Được hưởng trợ cấp hằng tháng từ tháng sau"),
            new Story(
                    CaseKind.LEGAL_ADVICE,
                    "Hỏi về thủ tục tách thửa đất cho con",
                    List.of("Mời cán bộ tư pháp đến tư vấn tại buổi sinh hoạt"),
                    "Đã được tư vấn, gia đình tự làm thủ tục"),
            new Story(
                    CaseKind.EMERGENCY_SUPPORT,
                    "Nhà bị tốc mái sau mưa bão",
                    List.of("Thành viên đến giúp dọn dẹp", "Quyên góp 1.500.000 đồng và tấm lợp"),
                    "Đã sửa xong mái nhà"),
            new Story(
                    CaseKind.OTHER,
                    "Con đi làm xa, cần người đưa đi khám định kỳ",
                    List.of("Phân công tình nguyện viên đưa đón"),
                    "Tình nguyện viên đưa đi khám mỗi tháng"));

    private final ClubDirectory clubs;
    private final MemberRegistry members;
    private final HelpCases cases;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoCases(
            ClubDirectory clubs,
            MemberRegistry members,
            HelpCases cases,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clubs = clubs;
        this.members = members;
        this.cases = cases;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 62;
    }

    @Override
    public void load() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Instant at = clock.instant();
        List<String> names = DemoClubs.names();
        List<ClubView> all = new ArrayList<>(clubs.allForAdministration());
        all.sort(java.util.Comparator.comparingLong(ClubView::id));
        Set<String> seen = new HashSet<>();
        tx.executeWithoutResult(s -> {
            for (ClubView club : all) {
                if (!names.contains(club.name()) || !seen.add(club.name())) continue;
                if (club.status() != ClubStatus.ACTIVE || cases.anyOf(club.id())) continue;
                club(club, today, at);
            }
        });
        log.info("Demo cases loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void club(ClubView club, LocalDate today, Instant at) {
        Random r = new Random(SEED + club.id());
        long days = java.time.temporal.ChronoUnit.DAYS.between(club.foundedOn(), today);
        if (days < 30) return;
        List<ClubMembership> all = members.membershipsOf(club.id());
        int count = 2 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            Story story = STORIES.get((int) ((club.id() + i) % STORIES.size()));
            LocalDate opened = club.foundedOn().plusDays(r.nextLong(days));
            Long person = null;
            String name = null;
            if (r.nextBoolean()) {
                final LocalDate on = opened;
                List<ClubMembership> then = all.stream()
                        .filter(m -> !m.joinedOn().isAfter(on)
                                && (m.leftOn() == null || !m.leftOn().isBefore(on)))
                        .toList();
                if (!then.isEmpty()) {
                    person = then.get(r.nextInt(then.size())).personId();
                    name = members.namesOf(List.of(person)).get(person);
                }
            }
            HelpCase c = HelpCase.open(
                    new OpenCase(
                            club.id(),
                            person,
                            person == null ? "Bà con tổ dân phố (hàng xóm)" : null,
                            story.kind(),
                            opened,
                            story.summary()),
                    name,
                    today,
                    club.foundedOn(),
                    "demo-club",
                    at);
            LocalDate day = opened;
            for (String step : story.steps()) {
                day = day.plusDays(1 + r.nextInt(12));
                if (day.isAfter(today)) break;
                c.addStep(day, step, today);
            }
            if (day.plusDays(60).isBefore(today)) c.close(day.plusDays(3), story.outcome(), today);
            cases.insert(c);
        }
    }
}
