package vn.ishc.oversight.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubStatusChange;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.oversight.visit.Checklists.PlanChecklist;
import vn.ishc.oversight.visit.MonitoringVisit.FollowUp;
import vn.ishc.oversight.visit.VisitCommands.FollowUpEntry;
import vn.ishc.oversight.visit.VisitCommands.RecordVisit;
import vn.ishc.oversight.visit.VisitCommands.ScoreEntry;
import vn.ishc.oversight.visit.VisitEvents.DemoVisitsRecorded;
import vn.ishc.shared.DemoData;

/**
 * Demo monitoring visits, dated from the clock: for each demo club, in most years from 2021 (or its founding)
 * to the clock's year, one visit on a day it was active, scored on the checklist of the plan in force then
 * around a quality of the club's own, so ratings vary (good, fair, weak) between clubs and years. A visit
 * rated fair or weak gets one or two follow-up actions due one to three months later; most of those due long
 * ago are closed, the rest stay open (overdue). Each visit is built by {@link MonitoringVisit#record} (every rule
 * holds); follow-ups are closed by {@link MonitoringVisit#closeFollowUp}; one audited {@link
 * DemoVisitsRecorded} per club; seeded per club; a club that has visits is left alone.
 */
@Component
class DemoVisits implements DemoData {
    private static final long SEED = 20261216L;
    private static final String RECORDER = "demo-ward";
    private static final String[] ACTIONS = {
        "Bổ sung sổ sách ghi chép sinh hoạt",
        "Đôn đốc hội viên trả nợ đúng hạn",
        "Họp Ban chủ nhiệm rà soát quy chế quỹ",
        "Tổ chức hoạt động văn hóa, thể thao",
        "Kết nạp thêm hội viên trẻ tuổi"
    };

    private final ClubDirectory clubs;
    private final Checklists checklists;
    private final MonitoringVisits visits;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoVisits(
            ClubDirectory clubs,
            Checklists checklists,
            MonitoringVisits visits,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clubs = clubs;
        this.checklists = checklists;
        this.visits = visits;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 71;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        Set<Long> done = visits.clubsWithVisits();
        List<String> names = DemoClubs.names();
        List<ClubView> byAge = new ArrayList<>(clubs.allForAdministration());
        byAge.sort(Comparator.comparingLong(ClubView::id));
        Set<String> seen = new HashSet<>();
        for (ClubView club : byAge) {
            if (!names.contains(club.name()) || !seen.add(club.name()) || done.contains(club.id())) continue;
            transaction.executeWithoutResult(tx -> {
                int n = club(club, today);
                if (n > 0) events.publishEvent(new DemoVisitsRecorded(club.id(), club.unitId(), n));
            });
        }
    }

    private int club(ClubView club, LocalDate today) {
        Random r = new Random(SEED + club.id());
        double quality = 0.35 + r.nextDouble() * 0.6;
        int n = 0;
        for (int year = Math.max(2021, club.foundedOn().getYear()); year <= today.getYear(); year++) {
            if (r.nextInt(100) < 15) continue;
            LocalDate from = LocalDate.of(year, 1, 1);
            if (from.isBefore(club.foundedOn().plusDays(30)))
                from = club.foundedOn().plusDays(30);
            LocalDate to = LocalDate.of(year, 12, 31);
            if (to.isAfter(today)) to = today;
            if (to.isBefore(from)) continue;
            LocalDate day = from.plusDays(r.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
            if (!activeOn(club, day)) continue;
            Optional<PlanChecklist> checklist = checklists.inForce(club.unitId(), day);
            if (checklist.isEmpty()) return n;
            double q = Math.max(0, Math.min(1, quality + (r.nextDouble() - 0.5) * 0.4));
            List<ScoreEntry> scores = new ArrayList<>();
            for (ChecklistItem i : checklist.get().items()) {
                int s = (int) Math.round(i.maxScore() * Math.max(0, Math.min(1, q + (r.nextDouble() - 0.5) * 0.5)));
                scores.add(new ScoreEntry(i.code(), s, null));
            }
            MonitoringVisit draft = MonitoringVisit.record(
                    new RecordVisit(club.id(), day, "Hội NCT phường và thành phố", scores, null, List.of()),
                    new MonitoringVisit.Context(
                            today,
                            club.foundedOn(),
                            checklist.get().planId(),
                            checklist.get().items(),
                            checklist.get().thresholds()),
                    RECORDER,
                    clock.instant());
            List<FollowUpEntry> followUps = new ArrayList<>();
            if (draft.rating() != vn.ishc.oversight.Rating.GOOD) {
                int k = 1 + r.nextInt(2);
                for (int j = 0; j < k; j++)
                    followUps.add(new FollowUpEntry(
                            ACTIONS[r.nextInt(ACTIONS.length)],
                            "Ban chủ nhiệm câu lạc bộ",
                            day.plusDays(30 + r.nextInt(60))));
            }
            MonitoringVisit v = visits.insert(MonitoringVisit.record(
                    new RecordVisit(
                            club.id(), day, "Hội NCT phường và thành phố", scores, findings(draft.rating()), followUps),
                    new MonitoringVisit.Context(
                            today,
                            club.foundedOn(),
                            checklist.get().planId(),
                            checklist.get().items(),
                            checklist.get().thresholds()),
                    RECORDER,
                    clock.instant()));
            for (FollowUp f : v.followUps()) {
                if (!f.dueOn().plusDays(20).isBefore(today) || r.nextInt(10) >= 7) continue;
                LocalDate on = f.dueOn().minusDays(r.nextInt(20));
                if (on.isBefore(day)) on = day;
                visits.close(v.closeFollowUp(f.id(), f.version(), on, "Đã thực hiện", RECORDER, today));
            }
            n++;
        }
        return n;
    }

    private static String findings(vn.ishc.oversight.Rating rating) {
        return switch (rating) {
            case GOOD -> "Câu lạc bộ hoạt động đều, sổ sách đầy đủ.";
            case FAIR -> "Hoạt động khá, còn một số mặt cần củng cố.";
            case WEAK -> "Sinh hoạt không đều, sổ sách và quỹ cần chấn chỉnh.";
        };
    }

    private static boolean activeOn(ClubView club, LocalDate day) {
        ClubStatus status = ClubStatus.ACTIVE;
        for (ClubStatusChange s : club.statusHistory()) if (!s.since().isAfter(day)) status = s.status();
        return status == ClubStatus.ACTIVE;
    }
}
