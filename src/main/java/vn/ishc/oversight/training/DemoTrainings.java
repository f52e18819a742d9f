package vn.ishc.oversight.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.area.UnitDirectory;
import vn.ishc.club.BoardMember;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubStatusChange;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.oversight.ParticipantRole;
import vn.ishc.oversight.training.TrainingCommands.ParticipantEntry;
import vn.ishc.oversight.training.TrainingCommands.SessionDetails;
import vn.ishc.oversight.training.TrainingEvents.TrainingRecorded;
import vn.ishc.shared.DemoData;

/**
 * Demo training sessions, dated from the clock: each year from 2021 to the clock's year, two sessions held by
 * the city association (15 March, 20 September; none after today), attended by a board member of most demo
 * clubs active that day (about one club in six never sends anyone, and the others skip a session now and then)
 * and a ward officer. Each session is built by {@link TrainingSession#record} (every rule holds), stored and
 * announced with {@link TrainingRecorded} (audited); seeded, so every start gives the same; skipped when
 * sessions exist already.
 */
@Component
class DemoTrainings implements DemoData {
    private static final long SEED = 20261215L;
    static final long CITY = 3;
    private static final String RECORDER = "demo-city";
    private static final String[][] TOPICS = {
        {"Kỹ năng quản lý và điều hành câu lạc bộ", "Ông Nguyễn Văn Hùng, Hội NCT tỉnh"},
        {"Quản lý quỹ vay vốn quay vòng và sổ sách", "Bà Trần Thị Lan, Ngân hàng Chính sách xã hội"},
        {"Chăm sóc sức khỏe ban đầu và chăm sóc tại nhà", "Bác sĩ Lê Văn Minh, Trung tâm Y tế"},
        {"Vận động nguồn lực và truyền thông", "Bà Phạm Thị Hoa, HelpAge"}
    };

    private final ClubDirectory clubs;
    private final UnitDirectory units;
    private final TrainingSessions sessions;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoTrainings(
            ClubDirectory clubs,
            UnitDirectory units,
            TrainingSessions sessions,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clubs = clubs;
        this.units = units;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load() {
        if (jdbc.sql("select count(*) from training_session").query(Long.class).single() > 0) return;
        LocalDate today = LocalDate.now(clock);
        List<ClubView> demo = demoClubs();
        Set<Long> territory = units.territory(CITY);
        Random r = new Random(SEED);
        transaction.executeWithoutResult(tx -> {
            int topic = 0;
            for (int year = 2021; year <= today.getYear(); year++) {
                for (LocalDate day : List.of(LocalDate.of(year, 3, 15), LocalDate.of(year, 9, 20))) {
                    String[] t = TOPICS[topic++ % TOPICS.length];
                    if (day.plusDays(1).isAfter(today)) continue;
                    List<ParticipantEntry> people = new ArrayList<>();
                    Set<Long> clubIds = new HashSet<>();
                    for (ClubView c : demo) {
                        if (c.id() % 6 == 0 || r.nextInt(5) == 0 || !territory.contains(c.unitId())) continue;
                        if (c.foundedOn().isAfter(day) || !activeOn(c, day)) continue;
                        BoardMember b = boardOn(c, day);
                        if (b == null) continue;
                        people.add(new ParticipantEntry(
                                null,
                                b.fullName(),
                                c.id(),
                                ParticipantRole.valueOf(b.role().name())));
                        clubIds.add(c.id());
                    }
                    people.add(
                            new ParticipantEntry(null, "Cán bộ Hội NCT phường Tân Lập", null, ParticipantRole.OFFICER));
                    TrainingSession s = TrainingSession.record(
                            new SessionDetails(
                                    t[0],
                                    day,
                                    day.plusDays(1),
                                    "Hội trường Hội Người cao tuổi thành phố",
                                    t[1],
                                    Organiser.CITY_ASSOCIATION,
                                    null,
                                    CITY,
                                    "Tài liệu tập huấn của Hội NCT Việt Nam",
                                    people),
                            new TrainingSession.Context(today, clubIds, java.util.Map.of()),
                            RECORDER,
                            clock.instant());
                    s = sessions.insert(s);
                    events.publishEvent(new TrainingRecorded(
                            s.id(),
                            s.unitId(),
                            s.topic(),
                            s.startsOn(),
                            s.endsOn(),
                            s.trainers(),
                            s.organiser(),
                            s.participants().size(),
                            s.participants().size() + " demo participants"));
                }
            }
        });
    }

    private List<ClubView> demoClubs() {
        List<String> names = DemoClubs.names();
        List<ClubView> byAge = new ArrayList<>(clubs.allForAdministration());
        byAge.sort(Comparator.comparingLong(ClubView::id));
        Set<String> seen = new HashSet<>();
        List<ClubView> out = new ArrayList<>();
        for (ClubView c : byAge) if (names.contains(c.name()) && seen.add(c.name())) out.add(c);
        return out;
    }

    /** The club's chair on the day, else another board member serving then. */
    private static BoardMember boardOn(ClubView c, LocalDate day) {
        BoardMember any = null;
        for (BoardMember b : c.board()) {
            if ((b.since() != null && b.since().isAfter(day))
                    || (b.until() != null && !b.until().isAfter(day))) continue;
            if (b.role() == vn.ishc.club.BoardRole.CHAIR) return b;
            if (any == null) any = b;
        }
        return any;
    }

    static boolean activeOn(ClubView club, LocalDate day) {
        ClubStatus status = ClubStatus.ACTIVE;
        for (ClubStatusChange s : club.statusHistory()) if (!s.since().isAfter(day)) status = s.status();
        return status == ClubStatus.ACTIVE;
    }
}
