package vn.ishc.activity.care;

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
import vn.ishc.activity.care.CareCommands.EnrolVolunteer;
import vn.ishc.activity.care.CareCommands.RecordVisit;
import vn.ishc.activity.care.CareCommands.TakeIntoCare;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.member.ClubMembership;
import vn.ishc.member.MemberRegistry;
import vn.ishc.shared.DemoData;

/**
 * The demo clubs' home care: from two months after the founding, 3 to 8 volunteers (so some clubs are below
 * the norm of 5), mostly members, and 2 to 4 people in care, mostly neighbours who are not members, each
 * paired with a volunteer who visits every 6 to 12 days (weekly-ish) with one to three services, up to the
 * clock's today (for a club suspended or dissolved, the day it stopped). In about one club in four one
 * person's visits stopped six weeks ago, so the flag "not visited for 30 days" shows. Every visit goes through
 * {@link Visit#record}. Seeded per club; a club that has volunteers is left alone.
 */
@Component
class DemoCare implements DemoData {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoCare.class);
    private static final long SEED = 20261201L;
    private static final String RECORDER = "demo-club";
    private static final List<String> NEIGHBOURS = List.of(
            "Bà Nguyễn Thị Lý",
            "Ông Trần Văn Sáu",
            "Bà H'Bia Niê",
            "Ông Lê Văn Tám",
            "Bà Phạm Thị Hường",
            "Ông Y Krông Mlô",
            "Bà Đỗ Thị Nga",
            "Ông Võ Văn Cư");
    private static final List<String> HELPERS =
            List.of("Nguyễn Thị Hạnh", "Trần Quốc Bảo", "Lê Thị Thanh", "Hoàng Văn Phúc", "Đặng Thị Mai");

    private final ClubDirectory clubs;
    private final MemberRegistry members;
    private final HomeCare care;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoCare(
            ClubDirectory clubs,
            MemberRegistry members,
            HomeCare care,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clubs = clubs;
        this.members = members;
        this.care = care;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 61;
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
                if (care.anyOf(club.id())) continue;
                LocalDate end = club.status() == ClubStatus.ACTIVE
                        ? today
                        : club.statusHistory()
                                .get(club.statusHistory().size() - 1)
                                .since()
                                .minusDays(1);
                if (end.isAfter(today)) end = today;
                club(club, end, today, at);
            }
        });
        log.info("Demo home care loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void club(ClubView club, LocalDate end, LocalDate today, Instant at) {
        Random r = new Random(SEED + club.id());
        LocalDate start = club.foundedOn().plusMonths(2);
        if (!start.isBefore(end)) return;
        List<ClubMembership> all = members.membershipsOf(club.id());
        List<Long> staying = all.stream()
                .filter(m -> m.leftOn() == null && !m.joinedOn().isAfter(start))
                .map(ClubMembership::personId)
                .distinct()
                .toList();
        var names = members.namesOf(staying);
        int volunteerCount = 3 + r.nextInt(6);
        List<Volunteer> volunteers = new ArrayList<>();
        for (int i = 0; i < volunteerCount; i++) {
            boolean member = i < staying.size() && r.nextInt(5) != 0;
            Long person = member ? staying.get(r.nextInt(staying.size())) : null;
            if (person != null && volunteers.stream().anyMatch(v -> person.equals(v.personId()))) continue;
            String name = person != null ? names.get(person) : HELPERS.get(r.nextInt(HELPERS.size()));
            volunteers.add(care.insert(Volunteer.enrol(
                    new EnrolVolunteer(club.id(), person, name, "09" + (10_000_000 + r.nextInt(89_999_999)), start),
                    name,
                    today)));
        }
        int recipientCount = 2 + r.nextInt(3);
        List<Visit> visits = new ArrayList<>();
        boolean oneStops = r.nextInt(4) == 0 && end.equals(today);
        for (int i = 0; i < recipientCount; i++) {
            String name = NEIGHBOURS.get((int) ((club.id() + i) % NEIGHBOURS.size()));
            boolean alone = r.nextBoolean();
            boolean disabled = r.nextInt(4) == 0;
            boolean frail = r.nextInt(3) != 0 || (!alone && !disabled);
            CareRecipient rec = care.insert(CareRecipient.take(
                    new TakeIntoCare(club.id(), null, name, frail, alone, disabled, start), null, today));
            Volunteer v = volunteers.get(i % volunteers.size());
            care.insert(Pairing.pair(v, rec, start, today, List.of()));
            LocalDate last = oneStops && i == 0 ? end.minusDays(42) : end;
            for (LocalDate d = start.plusDays(r.nextInt(7)); !d.isAfter(last); d = d.plusDays(6 + r.nextInt(7))) {
                List<VisitService> services = new ArrayList<>(List.of(VisitService.COMPANY));
                if (r.nextInt(2) == 0) services.add(VisitService.HOUSEWORK);
                if (r.nextInt(3) == 0) services.add(VisitService.HEALTH_MONITORING);
                if (rec.disabled() && r.nextInt(2) == 0) services.add(VisitService.PERSONAL_CARE);
                if (r.nextInt(40) == 0) services.add(VisitService.REFERRAL);
                visits.add(Visit.record(
                        new RecordVisit(club.id(), d, v.id(), rec.id(), services, null),
                        v,
                        rec,
                        today,
                        club.foundedOn(),
                        RECORDER,
                        at));
            }
        }
        care.insertVisits(visits);
    }
}
