package vn.ishc.member;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitType;
import vn.ishc.club.BoardMember;
import vn.ishc.club.BoardRole;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.shared.DemoData;
import vn.ishc.shared.SearchText;

/**
 * The demo clubs' members, as a ward's lists would have them on 1 November 2025 (or on the clock's today,
 * if that is earlier): 52–68 members a club,
 * about two thirds women and two thirds aged 60 or more, mostly Kinh with Ê Đê (and some M'nông and Gia
 * Rai) members, above all in the buôn clubs; the board sits among the members, and a few members a club
 * have left. Four clubs are deliberately outside the plan's standard (44 and 78 members, 48 % women, 75 %
 * older people) and the dissolved club's members left on its dissolution. Generated from a fixed seed per
 * club, so every start gives the same people; a club that already has memberships is left alone. After
 * 1 November 2025 the active clubs go on up to the clock's today: about two or three members a year leave
 * (older ones for health or death, younger ones moving away) and as many join, older or younger as keeps the
 * club near the standard, so the lists look current on any date while the plan period's stay the same. No
 * scope is active while demo data loads, so this writes through the repositories, not
 * {@link MemberRegistry}.
 */
@Component
class DemoMembers implements DemoData {
    /** The day the ward's lists stand on: the clubs' members then; ages are counted on it. */
    static final LocalDate AS_OF = LocalDate.of(2025, 11, 1);

    private static final long SEED = 20251101L;
    private static final String PREFIX = "CLB Liên thế hệ tự giúp nhau ";
    private static final Profile ORDINARY = new Profile(null, null, null);

    /** How a club departs from an ordinary one: its number of members, share of women, share of older people. */
    private record Profile(Integer members, Integer womenPercent, Integer olderPercent) {}

    /** Clubs deliberately outside the plan's standard, so that the composition checks have something to show. */
    private static final Map<String, Profile> SPECIAL = Map.of(
            PREFIX + "Tổ dân phố 1 Tân Lợi", new Profile(44, null, null),
            PREFIX + "Buôn Alê A", new Profile(78, null, null),
            PREFIX + "Thôn 7 Hòa Khánh", new Profile(null, 48, null),
            PREFIX + "Tân Tiến", new Profile(null, null, 75));

    /** The buôn (Ê Đê villages) of the units that have them, plan-era and 2025 units alike. */
    private static final Map<Long, List<String>> BUON = Map.ofEntries(
            Map.entry(14L, List.of("Buôn Ky", "Buôn Dhă Prông")),
            Map.entry(17L, List.of("Buôn Păn Lăm")),
            Map.entry(21L, List.of("Buôn Alê A", "Buôn Alê B")),
            Map.entry(24L, List.of("Buôn Kbu", "Buôn Cư Êbur")),
            Map.entry(25L, List.of("Buôn Kmrơng Prông A", "Buôn Kmrơng Prông B", "Buôn Ea Tu")),
            Map.entry(26L, List.of("Buôn Kô Tam", "Buôn Êña")),
            Map.entry(27L, List.of("Buôn Tơng Jú", "Buôn Kô Đung", "Buôn Ea Kao")),
            Map.entry(28L, List.of("Buôn Ea Nao")),
            Map.entry(40L, List.of("Buôn Păn Lăm", "Buôn Kbu")),
            Map.entry(44L, List.of("Buôn Alê A", "Buôn Tơng Jú", "Buôn Kô Đung")),
            Map.entry(45L, List.of("Buôn Ea Nao")));

    private final ClubDirectory clubs;
    private final UnitDirectory units;
    private final People people;
    private final Memberships memberships;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    DemoMembers(
            ClubDirectory clubs,
            UnitDirectory units,
            People people,
            Memberships memberships,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.clock = clock;
        this.clubs = clubs;
        this.units = units;
        this.people = people;
        this.memberships = memberships;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        List<String> names = DemoClubs.names();
        if (!names.containsAll(SPECIAL.keySet())) throw new IllegalStateException("special demo club missing");
        Map<String, ClubView> demo = new HashMap<>();
        for (ClubView c : clubs.allForAdministration()) {
            if (names.contains(c.name())) demo.putIfAbsent(c.name(), c);
        }
        Set<Long> withMembers = new HashSet<>(jdbc.sql("select distinct club_id from membership")
                .query(Long.class)
                .list());
        LocalDate today = LocalDate.now(clock);
        Taken taken = null;
        for (String name : names) {
            ClubView club = demo.get(name);
            if (club == null || withMembers.contains(club.id())) continue;
            if (taken == null) taken = taken();
            List<Planned> planned = new ClubPlan(club, taken, today).plan();
            transaction.executeWithoutResult(status -> {
                save(club.id(), planned);
                events.publishEvent(new MemberEvents.MembersImported(null, club.id(), club.unitId(), planned.size()));
            });
        }
    }

    private void save(long clubId, List<Planned> planned) {
        List<Person> saved = people.saveAll(
                planned.stream().map(p -> Person.record(p.person())).toList());
        List<Membership> joined = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            Membership m = Membership.join(saved.get(i).id(), clubId, p.joinedOn(), p.joinReason());
            if (p.leftOn() != null) m.leave(p.leftOn(), p.leaveReason());
            joined.add(m);
        }
        memberships.saveAll(joined);
    }

    /** A person to record with their membership of the club. */
    private record Planned(
            PersonDetails person, LocalDate joinedOn, String joinReason, LocalDate leftOn, String leaveReason) {}

    /** Names with birth years and national IDs already used, so no two demo people clash. */
    private record Taken(Set<String> nameYears, Set<String> nationalIds) {}

    private Taken taken() {
        Taken taken = new Taken(new HashSet<>(), new HashSet<>());
        jdbc.sql("select name_key, birth_year, national_id from person").query(rs -> {
            taken.nameYears().add(rs.getString("name_key") + "|" + rs.getInt("birth_year"));
            if (rs.getString("national_id") != null) taken.nationalIds().add(rs.getString("national_id"));
        });
        return taken;
    }

    /** The members of one club, drawn from the club's own seed. */
    private final class ClubPlan {
        private final ClubView club;
        private final Taken taken;
        private final Random random;
        private final LocalDate lastDay;
        private final LocalDate today;
        private final LocalDate listsOn;
        private final LocalDate dissolvedOn;
        private final boolean commune;
        private final String home;
        private final List<String> buon;
        private final double minorityShare;

        ClubPlan(ClubView club, Taken taken, LocalDate today) {
            this.club = club;
            this.today = today;
            this.listsOn = today.isBefore(AS_OF) ? today : AS_OF;
            this.taken = taken;
            this.random = new Random(SEED * 31 + club.name().hashCode());
            this.dissolvedOn = club.status() == ClubStatus.DISSOLVED
                    ? club.statusHistory().get(club.statusHistory().size() - 1).since()
                    : null;
            this.lastDay = dissolvedOn != null ? dissolvedOn : listsOn;
            this.commune = units.find(club.unitId())
                    .map(u -> u.type() == UnitType.COMMUNE)
                    .orElse(false);
            String place = club.name().startsWith(PREFIX) ? club.name().substring(PREFIX.length()) : club.name();
            this.home = homeGroup(place);
            this.buon = BUON.getOrDefault(club.unitId(), List.of());
            this.minorityShare = place.startsWith("Buôn") ? 0.62 : buon.isEmpty() ? 0.07 : 0.22;
        }

        List<Planned> plan() {
            Profile profile = SPECIAL.getOrDefault(club.name(), ORDINARY);
            int members = profile.members() != null ? profile.members() : 52 + random.nextInt(17);
            int women = share(members, profile.womenPercent());
            int older = share(members, profile.olderPercent());

            List<Planned> planned = new ArrayList<>();
            int leavers = 0;
            for (BoardMember seat : club.board()) {
                boolean woman = seat.fullName().contains(" Thị ")
                        || seat.fullName().startsWith("Thị ")
                        || seat.fullName().contains("H'");
                boolean isOlder = seat.role() != BoardRole.TREASURER && seat.role() != BoardRole.SECRETARY;
                boolean former = seat.until() != null
                        && (dissolvedOn == null || seat.until().isBefore(dissolvedOn));
                String ethnicity =
                        seat.fullName().startsWith("H'") || seat.fullName().startsWith("Y ") ? "Ê Đê" : "Kinh";
                int age = isOlder
                        ? 60 + random.nextInt(seat.role() == BoardRole.CHAIR ? 13 : 12)
                        : 40 + random.nextInt(18);
                PersonDetails person = boardMember(seat.fullName(), woman, ethnicity, age, isOlder);
                if (former) {
                    planned.add(
                            new Planned(person, club.foundedOn(), "Thành viên sáng lập", seat.until(), "Sức khỏe yếu"));
                    leavers++;
                } else {
                    planned.add(new Planned(person, club.foundedOn(), "Thành viên sáng lập", null, null));
                    members--;
                    if (woman) women--;
                    if (isOlder) older--;
                }
            }

            List<Boolean> sexes = flags(members, Math.max(0, women));
            List<Boolean> ages = flags(members, Math.max(0, older));
            for (int i = 0; i < members; i++) {
                boolean woman = sexes.get(i);
                boolean isOlder = ages.get(i);
                boolean founder = !lastDay.isAfter(club.foundedOn()) || random.nextDouble() < 0.6;
                LocalDate joined =
                        founder ? club.foundedOn() : between(club.foundedOn().plusDays(1), lastDay);
                planned.add(new Planned(
                        member(woman, isOlder ? olderAge() : youngerAge()),
                        joined,
                        founder ? "Thành viên sáng lập" : null,
                        null,
                        null));
            }

            boolean yearOld = !club.foundedOn().isAfter(lastDay.minusYears(1));
            int more = Math.max(0, (yearOld ? 2 + random.nextInt(3) : random.nextInt(2)) - leavers);
            for (int i = 0; i < more; i++) planned.add(leaver());

            if (dissolvedOn != null) {
                for (int i = 0; i < planned.size(); i++) {
                    Planned p = planned.get(i);
                    if (p.leftOn() == null) {
                        planned.set(
                                i, new Planned(p.person(), p.joinedOn(), p.joinReason(), dissolvedOn, "CLB giải thể"));
                    }
                }
            } else if (club.status() == ClubStatus.ACTIVE) {
                renew(planned, club.board().size());
            }
            return planned;
        }

        /**
         * The months after the ward's lists up to today: in about one month in five a member leaves and
         * another joins. Board members stay. Who leaves and who joins keeps the club near the standard's
         * share of older people: an older member leaves and a younger one joins while older people are
         * more than 65 %, the other way round below it.
         */
        private void renew(List<Planned> planned, int boardSeats) {
            for (LocalDate month = listsOn.plusMonths(1).withDayOfMonth(1);
                    !month.isAfter(today);
                    month = month.plusMonths(1)) {
                if (random.nextDouble() >= 0.2) continue;
                LocalDate on = between(month, month.plusDays(27));
                if (on.isAfter(today)) break;
                List<Integer> current = new ArrayList<>();
                int older = 0;
                for (int i = boardSeats; i < planned.size(); i++) {
                    Planned p = planned.get(i);
                    if (p.leftOn() != null || !p.joinedOn().isBefore(on.minusDays(60))) continue;
                    current.add(i);
                    if (olderOn(p, on)) older++;
                }
                if (current.isEmpty()) continue;
                boolean tooOld = older * 100 > current.size() * 65;
                List<Integer> candidates = current.stream()
                        .filter(i -> olderOn(planned.get(i), on) == tooOld)
                        .toList();
                int leaving = (candidates.isEmpty() ? current : candidates)
                        .get(random.nextInt((candidates.isEmpty() ? current : candidates).size()));
                Planned p = planned.get(leaving);
                String reason = olderOn(p, on)
                        ? (random.nextDouble() < 0.4 ? "Qua đời" : "Sức khỏe yếu")
                        : (random.nextDouble() < 0.7 ? "Chuyển nơi ở" : "Đi làm ăn xa");
                planned.set(leaving, new Planned(p.person(), p.joinedOn(), p.joinReason(), on, reason));
                boolean woman = random.nextDouble() < 0.65;
                int age = tooOld ? 35 + random.nextInt(16) : 60 + random.nextInt(8);
                planned.add(new Planned(member(woman, age, on), on, null, null, null));
            }
        }

        private static boolean olderOn(Planned p, LocalDate on) {
            return on.getYear() - p.person().birthYear() >= 60;
        }

        /** A member who has left: older people for health or death, younger ones for moving away. */
        private Planned leaver() {
            boolean woman = random.nextDouble() < 0.65;
            boolean isOlder = random.nextDouble() < 0.65;
            String reason;
            int age;
            if (isOlder) {
                boolean died = random.nextDouble() < 0.4;
                reason = died ? "Qua đời" : "Sức khỏe yếu";
                age = died ? 75 + random.nextInt(14) : olderAge();
            } else {
                reason = random.nextDouble() < 0.7 ? "Chuyển nơi ở" : "Đi làm ăn xa";
                age = youngerAge();
            }
            LocalDate lastLeave = lastDay.minusDays(1);
            LocalDate joined =
                    random.nextDouble() < 0.7 ? club.foundedOn() : between(club.foundedOn(), lastLeave.minusDays(60));
            LocalDate earliest = joined.plusDays(30).isAfter(lastLeave) ? joined : joined.plusDays(30);
            LocalDate left = between(earliest, lastLeave);
            return new Planned(
                    member(woman, age),
                    joined,
                    joined.equals(club.foundedOn()) ? "Thành viên sáng lập" : null,
                    left,
                    reason);
        }

        private int share(int members, Integer percent) {
            if (percent != null) return Math.round(members * percent / 100f);
            int wanted = Math.round(members * (61 + random.nextInt(9)) / 100f);
            int min = (members * 60 + 99) / 100;
            int max = members * 70 / 100;
            return Math.max(min, Math.min(max, wanted));
        }

        private List<Boolean> flags(int count, int trueCount) {
            List<Boolean> flags = new ArrayList<>();
            for (int i = 0; i < count; i++) flags.add(i < trueCount);
            Collections.shuffle(flags, random);
            return flags;
        }

        /** 60–87, most in their sixties and seventies. */
        private int olderAge() {
            return 60 + Math.min(random.nextInt(28), random.nextInt(28));
        }

        /** 35–57, most in their late forties and fifties (so none turns 60 for two years after the data's date). */
        private int youngerAge() {
            return 35 + Math.max(random.nextInt(23), random.nextInt(23));
        }

        private PersonDetails boardMember(String name, boolean woman, String ethnicity, int age, boolean isOlder) {
            for (int a = age; ; a += isOlder ? 1 : -1) {
                Birth birth = birth(a);
                if (free(name, birth.year())) return details(name, woman, ethnicity, birth, a >= 60);
            }
        }

        private PersonDetails member(boolean woman, int age) {
            return member(woman, age, listsOn);
        }

        private PersonDetails member(boolean woman, int age, LocalDate on) {
            String ethnicity = ethnicity();
            Birth birth = birth(age, on);
            String name;
            do {
                name = Names.of(random, woman, ethnicity);
            } while (!free(name, birth.year()));
            return details(name, woman, ethnicity, birth, age >= 60);
        }

        private boolean free(String name, int birthYear) {
            return taken.nameYears().add(SearchText.key(name) + "|" + birthYear);
        }

        private PersonDetails details(String name, boolean woman, String ethnicity, Birth birth, boolean isOlder) {
            boolean minority = !ethnicity.equals("Kinh");
            double r = random.nextDouble();
            HouseholdStatus household = r < (minority ? 0.14 : 0.065)
                    ? HouseholdStatus.POOR
                    : r < (minority ? 0.28 : 0.155) ? HouseholdStatus.NEAR_POOR : HouseholdStatus.NONE;
            // Classified one or two years before the ward's lists (2023 or 2024 for the lists of November 2025).
            Integer householdYear =
                    household == HouseholdStatus.NONE ? null : listsOn.getYear() - 2 + random.nextInt(2);
            boolean disability = random.nextDouble() < (isOlder ? 0.065 : 0.03);
            boolean livesAlone = isOlder && random.nextDouble() < 0.12;
            String hardship = random.nextDouble() < 0.04 ? Names.pick(random, HARDSHIPS) : null;
            String phone = random.nextDouble() < (isOlder ? 0.5 : 0.8) ? phone() : null;
            String nationalId = random.nextDouble() < 0.4 ? nationalId(woman, birth.year()) : null;
            return new PersonDetails(
                    name,
                    woman ? Sex.FEMALE : Sex.MALE,
                    birth.date(),
                    birth.year(),
                    ethnicity,
                    household,
                    householdYear,
                    disability,
                    livesAlone,
                    hardship,
                    nationalId,
                    phone,
                    group(minority));
        }

        private String ethnicity() {
            double r = random.nextDouble();
            if (random.nextDouble() < minorityShare) return r < 0.82 ? "Ê Đê" : r < 0.94 ? "M'nông" : "Gia Rai";
            return r < 0.95 ? "Kinh" : r < 0.98 ? "Tày" : "Nùng";
        }

        /** Exactly {@code age} on the day of the ward's lists; about one in seven with the birth year only. */
        private Birth birth(int age) {
            return birth(age, listsOn);
        }

        private Birth birth(int age, LocalDate on) {
            LocalDate date = on.minusYears(age).minusDays(random.nextInt(365));
            return random.nextDouble() < 0.15 ? new Birth(null, date.getYear()) : new Birth(date, date.getYear());
        }

        private String phone() {
            StringBuilder s = new StringBuilder(Names.pick(random, PHONE_PREFIXES));
            while (s.length() < 10) s.append(random.nextInt(10));
            return s.toString();
        }

        /** A 12-digit citizen ID: Đắk Lắk's code 066, sex and century, year of birth, six digits. */
        private String nationalId(boolean woman, int birthYear) {
            while (true) {
                String id = String.format("066%d%02d%06d", woman ? 1 : 0, birthYear % 100, random.nextInt(1_000_000));
                if (taken.nationalIds().add(id)) return id;
            }
        }

        private String group(boolean minority) {
            if (home != null && random.nextDouble() < 0.65) return home;
            if (minority && !buon.isEmpty() && random.nextDouble() < 0.6) return Names.pick(random, buon);
            return commune ? "Thôn " + (1 + random.nextInt(9)) : "Tổ dân phố " + (1 + random.nextInt(14));
        }

        private LocalDate between(LocalDate from, LocalDate to) {
            long days = ChronoUnit.DAYS.between(from, to);
            return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
        }
    }

    private record Birth(LocalDate date, int year) {}

    /** "Tổ dân phố 3" of "Tổ dân phố 3 Tân Lập", "Thôn 4" of "Thôn 4 Hòa Thuận", a buôn whole; else none. */
    static String homeGroup(String place) {
        String[] words = place.split(" ");
        if (place.startsWith("Tổ dân phố ") && words.length >= 4)
            return String.join(" ", List.of(words).subList(0, 4));
        if (place.startsWith("Thôn ") && words.length >= 2) return words[0] + " " + words[1];
        if (place.startsWith("Buôn ")) return place;
        return null;
    }

    private static final String[] HARDSHIPS = {
        "Nuôi cháu mồ côi",
        "Bệnh mãn tính",
        "Chăm sóc chồng bị liệt",
        "Chồng mất sớm, nuôi con nhỏ",
        "Chạy thận định kỳ"
    };

    private static final String[] PHONE_PREFIXES = {
        "090", "091", "093", "094", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039"
    };

    /** Plausible names by sex and ethnicity. */
    static final class Names {
        private Names() {}

        private static final String[] FAMILY = {
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý"
        };
        private static final int[] FAMILY_WEIGHT = {30, 10, 8, 7, 5, 5, 5, 4, 5, 3, 3, 3, 3, 3, 2, 2};
        private static final String[] WOMEN_MIDDLE = {"Ngọc", "Thanh", "Thu", "Kim", "Minh", "Bích", "Xuân", "Mỹ"};
        private static final String[] WOMEN = {
            "Hoa", "Lan", "Mai", "Hương", "Hạnh", "Thu", "Xuân", "Hồng", "Cúc", "Đào", "Liên", "Nga", "Sáu", "Tám",
            "Huệ", "Loan", "Nhung", "Phượng", "Tuyết", "Yến", "Hằng", "Thảo", "Oanh", "Bích", "Dung", "Hiền", "Lệ",
            "Nhàn", "Thủy", "Vân", "Hòa", "Tâm", "Lý", "Chín", "Bảy", "Hường", "Sen", "Phương", "Trang", "Ngân"
        };
        private static final String[] MEN_MIDDLE = {
            "Văn", "Văn", "Văn", "Văn", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quang", "Công", "Đình", "Xuân"
        };
        private static final String[] MEN = {
            "Bình", "Hùng", "Dũng", "Minh", "Sơn", "Hải", "Tuấn", "Long", "Thắng", "Lợi", "Phúc", "Quang", "Tài",
                    "Thành",
            "Toàn", "Nam", "Cường", "Khánh", "Tư", "Ba", "Năm", "Bảy", "Chín", "Mười", "Đức", "Hiếu", "Trung", "Vinh",
            "Lâm", "Hòa", "Tâm", "Hưng", "Phong", "Lộc"
        };
        private static final String[] NORTHERN_FAMILY = {"Nông", "Hoàng", "Lương", "Ma", "Hà", "Vi", "Lục", "Triệu"};
        private static final String[] EDE_WOMEN = {
            "Hen", "Bia", "Năm", "Yơn", "Bliu", "Ruê", "Nguôn", "Mai", "Liên", "Ngơn", "Dơk", "Blương", "Khuê", "Ni",
            "Hlen", "Wen", "Ju", "Ler", "Juin"
        };
        private static final String[] EDE_MEN = {
            "Khu", "Bhiăo", "Sơn", "Wăn", "Jon", "Tlang", "Kông", "Siêng", "Blơ", "Thinh", "Lơ", "Ngông", "Dhiêng",
            "Bling", "Kuê", "Hoan"
        };
        private static final String[] EDE_CLANS = {
            "Niê",
            "Êban",
            "Mlô",
            "Buôn Yă",
            "Ênuôl",
            "Ktla",
            "Byă",
            "Adrơng",
            "Hwing",
            "Kbuôr",
            "Mdrang",
            "Knul",
            "Ayun",
            "Buôn Krông",
            "Niê Kdăm",
            "Êya"
        };
        private static final String[] MNONG_WOMEN = {
            "Điểu", "Hnhăn", "Bluih", "Ngai", "Rơi", "Sang", "Dơng", "Mlen", "Srai", "Huê"
        };
        private static final String[] MNONG_MEN = {
            "Bhiăo", "Klưng", "Đăm", "Kreo", "Rớt", "Tơr", "Dhông", "Brắc", "Jăng"
        };
        private static final String[] MNONG_CLANS = {"Bdap", "Rơ Ô", "Bon", "Krông"};
        private static final String[] JARAI_FAMILY = {"Ksor", "Rơ Châm", "Rơ Mah", "Siu", "Nay", "Kpă"};
        private static final String[] JARAI_WOMEN = {"Lim", "Bích", "Nguyên", "Xíu", "Ngơi", "Thuyên", "Blăk"};
        private static final String[] JARAI_MEN = {"Thuk", "Kơ", "Pluih", "Blik", "Djơn", "Aleo", "Hyơng"};

        static String of(Random random, boolean woman, String ethnicity) {
            switch (ethnicity) {
                case "Ê Đê" -> {
                    String clan = pick(random, EDE_CLANS);
                    return woman
                            ? "H'" + pick(random, EDE_WOMEN) + " " + clan
                            : "Y " + pick(random, EDE_MEN) + " " + clan;
                }
                case "M'nông" -> {
                    String clan = random.nextBoolean() ? " " + pick(random, MNONG_CLANS) : "";
                    return woman
                            ? "Thị " + pick(random, MNONG_WOMEN) + clan
                            : (random.nextBoolean() ? "Y " : "Điểu ") + pick(random, MNONG_MEN) + clan;
                }
                case "Gia Rai" -> {
                    String family = pick(random, JARAI_FAMILY);
                    return woman ? family + " H'" + pick(random, JARAI_WOMEN) : family + " " + pick(random, JARAI_MEN);
                }
                case "Tày", "Nùng" -> {
                    return pick(random, NORTHERN_FAMILY)
                            + (woman ? " Thị " : " Văn ")
                            + pick(random, woman ? WOMEN : MEN);
                }
                default -> {
                    return kinh(random, woman);
                }
            }
        }

        private static String kinh(Random random, boolean woman) {
            String family = weighted(random);
            while (true) {
                String middle = woman
                        ? (random.nextDouble() < 0.75 ? "Thị" : pick(random, WOMEN_MIDDLE))
                        : pick(random, MEN_MIDDLE);
                String given = pick(random, woman ? WOMEN : MEN);
                if (!middle.equals(given)) return family + " " + middle + " " + given;
            }
        }

        private static String weighted(Random random) {
            int total = 0;
            for (int w : FAMILY_WEIGHT) total += w;
            int r = random.nextInt(total);
            for (int i = 0; i < FAMILY.length; i++) {
                r -= FAMILY_WEIGHT[i];
                if (r < 0) return FAMILY[i];
            }
            return FAMILY[0];
        }

        static String pick(Random random, String[] values) {
            return values[random.nextInt(values.length)];
        }

        static String pick(Random random, List<String> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
