package vn.ishc.activity.health;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.activity.health.HealthCommands.RecordHealthCheck;
import vn.ishc.activity.health.HealthCommands.ScreeningLine;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.member.ClubMembership;
import vn.ishc.member.MemberRegistry;
import vn.ishc.shared.DemoData;

/**
 * The demo clubs' health checks: twice a year (in April and October) with the ward health station, from the
 * club's founding up to the clock's today (for a club suspended or dissolved, up to the day it stopped), each
 * examining about three in four of that day's members, with blood pressure for nearly all and blood sugar for
 * most; a few readings high, none outside {@link HealthBounds} (each check goes through {@link
 * HealthCheck#record}). And one exercise group per club. Seeded per club, so every start gives the same
 * checks; a club that already has checks is left alone. Written through the repository in batches: no user,
 * and so no scope, is there while demo data loads.
 */
@Component
class DemoHealth implements DemoData {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoHealth.class);
    private static final long SEED = 20261130L;
    private static final String RECORDER = "demo-club";
    private static final List<String> EXAMINERS =
            List.of("BS. Lê Thị Hoa", "YS. Nguyễn Văn Minh", "BS. H'Nga Byă", "ĐD. Trần Thị Thu", "YS. Phạm Quốc Dũng");

    private final ClubDirectory clubs;
    private final MemberRegistry members;
    private final HealthChecks checks;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoHealth(
            ClubDirectory clubs,
            MemberRegistry members,
            HealthChecks checks,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clubs = clubs;
        this.members = members;
        this.checks = checks;
        this.tx = new TransactionTemplate(transactions);
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
        Instant at = clock.instant();
        tx.executeWithoutResult(s -> {
            for (ClubView club : demoClubs(clubs)) {
                if (checks.anyOf(club.id())) continue;
                club(club, end(club, today), today, at);
            }
        });
        log.info("Demo health checks loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** The demo clubs (the oldest of each demo name), never clubs someone else made. */
    static List<ClubView> demoClubs(ClubDirectory clubs) {
        List<String> names = DemoClubs.names();
        List<ClubView> all = new ArrayList<>(clubs.allForAdministration());
        all.sort(java.util.Comparator.comparingLong(ClubView::id));
        Set<String> seen = new HashSet<>();
        List<ClubView> out = new ArrayList<>();
        for (ClubView c : all) if (names.contains(c.name()) && seen.add(c.name())) out.add(c);
        return out;
    }

    /** The last day of a club's records: today, or the day before it was suspended or dissolved. */
    static LocalDate end(ClubView club, LocalDate today) {
        if (club.status() == ClubStatus.ACTIVE) return today;
        LocalDate stopped = club.statusHistory()
                .get(club.statusHistory().size() - 1)
                .since()
                .minusDays(1);
        return stopped.isBefore(today) ? stopped : today;
    }

    private void club(ClubView club, LocalDate end, LocalDate today, Instant at) {
        Random r = new Random(SEED + club.id());
        List<ClubMembership> all = members.membershipsOf(club.id());
        if (all.isEmpty() || club.foundedOn().isAfter(end)) return;
        String station = "Trạm y tế phường, xã sở tại";
        List<HealthCheck> made = new ArrayList<>();
        for (int year = club.foundedOn().getYear(); year <= end.getYear(); year++) {
            for (int month : new int[] {4, 10}) {
                LocalDate day = LocalDate.of(year, month, 8 + r.nextInt(15));
                if (day.isBefore(club.foundedOn()) || day.isAfter(end)) continue;
                Map<Long, String> onTheDay = new LinkedHashMap<>();
                for (ClubMembership m : all)
                    if (!m.joinedOn().isAfter(day)
                            && (m.leftOn() == null || !m.leftOn().isBefore(day))) onTheDay.put(m.personId(), "");
                List<ScreeningLine> lines = new ArrayList<>();
                for (long person : onTheDay.keySet()) {
                    if (r.nextInt(4) == 0) continue;
                    lines.add(screening(person, r));
                }
                if (lines.isEmpty()) continue;
                made.add(HealthCheck.record(
                        new RecordHealthCheck(
                                club.id(), day, station, EXAMINERS.get(r.nextInt(EXAMINERS.size())), lines),
                        new HealthCheck.Context(today, club.foundedOn(), onTheDay),
                        RECORDER,
                        at));
            }
        }
        checks.insertAll(made);
        // One exercise group, of the members at the founding who are still members today.
        List<Long> taking = all.stream()
                .filter(m -> m.leftOn() == null && !m.joinedOn().isAfter(club.foundedOn()))
                .map(ClubMembership::personId)
                .filter(p -> r.nextInt(3) == 0)
                .distinct()
                .toList();
        if (end.equals(today))
            checks.insertGroup(ExerciseGroup.start(
                    club.id(),
                    r.nextBoolean() ? "Nhóm dưỡng sinh buổi sáng" : "Nhóm thái cực quyền",
                    r.nextBoolean() ? "Dưỡng sinh" : "Thái cực quyền",
                    club.foundedOn(),
                    taking,
                    today,
                    club.foundedOn(),
                    new HashSet<>(taking)));
    }

    /** A plausible screening: most people normal, some hypertensive, a few diabetic. */
    private static ScreeningLine screening(long person, Random r) {
        Integer sys = null;
        Integer dia = null;
        if (r.nextInt(20) != 0) {
            sys = clamp((int) Math.round(128 + r.nextGaussian() * 16), 92, 215);
            dia = clamp((int) Math.round(sys * 0.62 + r.nextGaussian() * 6), 55, sys - 25);
        }
        BigDecimal sugar = null;
        if (r.nextInt(5) != 0) {
            double g = r.nextInt(8) == 0 ? 7.5 + Math.abs(r.nextGaussian()) * 4 : 5.2 + r.nextGaussian() * 0.6;
            sugar = BigDecimal.valueOf(Math.max(3.5, Math.min(24.0, g))).setScale(1, java.math.RoundingMode.HALF_UP);
        }
        String notes = sys != null && sys >= 160 ? "Huyết áp cao, hẹn khám lại" : null;
        return new ScreeningLine(person, sys, dia, sugar, notes);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
