package vn.ishc.club;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.shared.DemoData;
import vn.ishc.shared.Vnd;

/**
 * The demo clubs of Buôn Ma Thuột, each recorded under the unit of its founding date: 17 founded in
 * 2016–2020 (none yet in Thắng Lợi, Hòa Thắng, Ea Kao and Hòa Xuân) and 19 under the 2021–2025 plan, so
 * that every one of the 21 plan-era wards and communes has a club by 2025; the last three were founded
 * after July 2025 under the new units. Each has its founding decision, meeting day, initial support and a
 * board of 5–7; a few have a status history. Generated from a fixed seed, so every start gives the same.
 * Their histories are fixed dates; on a clock set before some of them (a training copy on 2025-06-30), a
 * club not yet founded is not there and a change not yet made has not happened.
 */
@Component
public class DemoClubs implements DemoData {
    /** The club whose board the demo account {@code demo-club} is. */
    public static final String DEMO_BOARD_CLUB = "CLB Liên thế hệ tự giúp nhau Tổ dân phố 3 Tân Lập";

    private static final String PREFIX = "CLB Liên thế hệ tự giúp nhau ";

    /**
     * One demo club: its place (the name after the common prefix), unit and founding date; whether it has
     * adopted its regulations; the date a new chair took over (or null); its status changes after founding.
     */
    private record Demo(
            String place,
            long unitId,
            LocalDate foundedOn,
            boolean regulations,
            LocalDate newChairOn,
            List<ClubStatusChange> later) {
        String name() {
            return PREFIX + place;
        }

        /** The club as it stands on {@code today}: nothing after that day has happened yet. */
        Demo asOn(LocalDate today) {
            return new Demo(
                    place,
                    unitId,
                    foundedOn,
                    regulations,
                    newChairOn != null && !newChairOn.isAfter(today) ? newChairOn : null,
                    later.stream().filter(c -> !c.since().isAfter(today)).toList());
        }

        LocalDate dissolvedOn() {
            return later.stream()
                    .filter(c -> c.status() == ClubStatus.DISSOLVED)
                    .map(ClubStatusChange::since)
                    .findFirst()
                    .orElse(null);
        }
    }

    private static Demo club(String place, long unitId, int year, int month, int day) {
        return new Demo(place, unitId, LocalDate.of(year, month, day), true, null, List.of());
    }

    private static final List<Demo> CLUBS = List.of(
            // Founded 2016–2020 (17, in 17 of the 21 wards and communes).
            new Demo("Tổ dân phố 3 Tân Lập", 10, LocalDate.of(2018, 5, 15), true, LocalDate.of(2023, 1, 10), List.of()),
            club("Tân Hòa", 11, 2019, 9, 20),
            club("Tân An", 12, 2017, 11, 2),
            new Demo(
                    "Thống Nhất",
                    13,
                    LocalDate.of(2017, 6, 12),
                    true,
                    null,
                    List.of(new ClubStatusChange(
                            ClubStatus.DISSOLVED,
                            LocalDate.of(2024, 6, 28),
                            "Không duy trì được sinh hoạt do nhiều thành viên chuyển nơi ở, tuổi cao sức yếu"))),
            club("Buôn Ky", 14, 2016, 8, 25),
            club("Thành Công", 16, 2018, 10, 10),
            club("Tân Lợi", 17, 2019, 4, 22),
            club("Tổ dân phố 6 Tân Thành", 18, 2020, 7, 15),
            new Demo("Tân Tiến", 19, LocalDate.of(2016, 11, 18), true, LocalDate.of(2021, 12, 20), List.of()),
            new Demo(
                    "Tự An",
                    20,
                    LocalDate.of(2020, 10, 5),
                    true,
                    LocalDate.of(2024, 2, 20),
                    List.of(
                            new ClubStatusChange(
                                    ClubStatus.SUSPENDED,
                                    LocalDate.of(2023, 4, 3),
                                    "Chủ nhiệm CLB ốm nặng, Ban chủ nhiệm chưa được kiện toàn"),
                            new ClubStatusChange(ClubStatus.ACTIVE, LocalDate.of(2024, 2, 20), null))),
            club("Buôn Alê A", 21, 2017, 3, 9),
            new Demo(
                    "Khánh Xuân",
                    22,
                    LocalDate.of(2019, 12, 3),
                    true,
                    null,
                    List.of(new ClubStatusChange(
                            ClubStatus.SUSPENDED,
                            LocalDate.of(2025, 8, 1),
                            "Tạm ngừng sinh hoạt để kiện toàn Ban chủ nhiệm sau khi sắp xếp đơn vị hành chính"))),
            club("Thôn 4 Hòa Thuận", 23, 2018, 3, 27),
            club("Buôn Kbu", 24, 2020, 5, 19),
            new Demo("Buôn Kmrơng Prông A", 25, LocalDate.of(2016, 12, 14), true, LocalDate.of(2022, 6, 15), List.of()),
            club("Hòa Phú", 28, 2019, 6, 6),
            club("Thôn 7 Hòa Khánh", 29, 2018, 9, 17),
            // Founded under the 2021–2025 plan (19): first in the four wards without a club, then more.
            club("Thắng Lợi", 15, 2021, 4, 16),
            club("Buôn Kô Tam", 26, 2022, 3, 8),
            club("Buôn Tơng Jú", 27, 2021, 8, 11),
            club("Hòa Xuân", 30, 2022, 5, 24),
            club("Thôn 2 Hòa Thuận", 23, 2021, 6, 18),
            club("Tổ dân phố 5 Thành Công", 16, 2021, 11, 9),
            club("Tổ dân phố 4 Khánh Xuân", 22, 2022, 8, 30),
            club("Tổ dân phố 2 Thống Nhất", 13, 2022, 10, 20),
            club("Thôn 5 Hòa Phú", 28, 2022, 12, 6),
            club("Tổ dân phố 8 Tân Lập", 10, 2023, 3, 15),
            club("Tổ dân phố 9 Tân Tiến", 19, 2023, 6, 27),
            club("Thôn 1 Cư Êbur", 24, 2023, 9, 14),
            new Demo("Buôn Alê B", 21, LocalDate.of(2024, 4, 10), false, null, List.of()),
            club("Buôn Ea Tu", 25, 2024, 7, 9),
            club("Thôn 3 Hòa Khánh", 29, 2024, 11, 19),
            new Demo("Tổ dân phố 1 Tân Lợi", 17, LocalDate.of(2025, 3, 25), false, null, List.of()),
            // After 1 July 2025, under the new units.
            club("Tổ dân phố 11 Buôn Ma Thuột", 40, 2025, 8, 14),
            new Demo("Ea Kao", 44, LocalDate.of(2025, 9, 12), false, null, List.of()),
            new Demo("Thôn 6 Hòa Phú", 45, LocalDate.of(2025, 10, 8), false, null, List.of()));

    private static final String[] EQUIPMENT = {
        "Loa, bàn ghế, tủ đựng hồ sơ",
        "Loa kéo, micro, 20 bộ bàn ghế nhựa",
        "Tủ đựng hồ sơ, sổ sách, bảng tên CLB",
        "Loa, máy đo huyết áp, tủ đựng hồ sơ",
        "Bàn ghế, máy đo huyết áp, cân sức khỏe",
        "Loa kéo, bảng tin, tủ đựng hồ sơ",
        "Bàn ghế, trang phục văn nghệ, loa"
    };

    private final ClubDirectory clubs;
    private final UnitDirectory units;
    private final Clock clock;

    DemoClubs(ClubDirectory clubs, UnitDirectory units, Clock clock) {
        this.clubs = clubs;
        this.units = units;
        this.clock = clock;
    }

    /** The names of all demo clubs, in the order they are loaded. */
    public static List<String> names() {
        return CLUBS.stream().map(Demo::name).toList();
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        for (Demo planned : CLUBS) {
            if (planned.foundedOn().isAfter(today)) continue;
            Demo demo = planned.asOn(today);
            Random random = new Random(20180515L * 31 + demo.name().hashCode());
            LocalDate founded = demo.foundedOn();
            ClubView club = clubs.foundIfAbsent(new ClubDetails(
                    demo.name(),
                    demo.unitId(),
                    founded,
                    (15 + random.nextInt(330)) + "/QĐ-UBND",
                    founded,
                    issuer(demo.unitId()),
                    null,
                    null,
                    1 + random.nextInt(28),
                    adopted(demo.regulations() ? founded.plusDays(14 + random.nextInt(60)) : null, today),
                    Vnd.of(10_000_000L + 500_000L * random.nextInt(101)),
                    EQUIPMENT[random.nextInt(EQUIPMENT.length)]));
            clubs.demoBoardIfEmpty(club.id(), board(demo, random));
            clubs.demoStatusIfNone(club.id(), demo.later());
        }
    }

    private static LocalDate adopted(LocalDate regulations, LocalDate today) {
        return regulations != null && regulations.isAfter(today) ? null : regulations;
    }

    /** "UBND phường Tân Lập", "UBND xã Hòa Thắng": the committee of the unit that founded the club. */
    private String issuer(long unitId) {
        String name = units.find(unitId).map(UnitView::name).orElseThrow();
        return "UBND " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Chair, vice-chair, treasurer, secretary and 1–3 team leaders; a former chair where one was replaced. */
    private static List<BoardMember> board(Demo demo, Random random) {
        LocalDate founded = demo.foundedOn();
        LocalDate until = demo.dissolvedOn();
        boolean buon = demo.place().startsWith("Buôn");
        Set<String> used = new HashSet<>();
        List<BoardMember> seats = new ArrayList<>();
        if (demo.newChairOn() != null) {
            seats.add(new BoardMember(
                    person(random, 0.7, buon, used),
                    BoardRole.CHAIR,
                    founded,
                    demo.newChairOn().minusDays(1)));
            seats.add(new BoardMember(person(random, 0.7, buon, used), BoardRole.CHAIR, demo.newChairOn(), until));
        } else {
            seats.add(new BoardMember(person(random, 0.7, buon, used), BoardRole.CHAIR, founded, until));
        }
        seats.add(new BoardMember(person(random, 0.6, buon, used), BoardRole.VICE_CHAIR, founded, until));
        seats.add(new BoardMember(person(random, 0.75, buon, used), BoardRole.TREASURER, founded, until));
        seats.add(new BoardMember(person(random, 0.65, buon, used), BoardRole.SECRETARY, founded, until));
        int leaders = 1 + random.nextInt(3);
        for (int i = 0; i < leaders; i++) {
            seats.add(new BoardMember(person(random, 0.6, buon, used), BoardRole.TEAM_LEADER, founded, until));
        }
        return seats;
    }

    // Board members' names. Women's names always carry "Thị" (Kinh) or "H'" (Ê Đê), men's never do, so
    // the members' demo data can tell a board member's sex from the name.

    private static final String[] FAMILY = {
        "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý"
    };
    private static final String[] WOMEN = {
        "Hoa", "Lan", "Mai", "Hương", "Hạnh", "Thu", "Xuân", "Hồng", "Cúc", "Đào", "Liên", "Nga", "Huệ", "Loan",
        "Nhung", "Phượng", "Tuyết", "Yến", "Hằng", "Thảo", "Oanh", "Dung", "Hiền", "Thủy", "Vân"
    };
    private static final String[] MEN_MIDDLE = {"Văn", "Văn", "Văn", "Hữu", "Minh", "Thanh", "Đức", "Quang", "Công"};
    private static final String[] MEN = {
        "Bình", "Hùng", "Dũng", "Sơn", "Hải", "Tuấn", "Long", "Thắng", "Lợi", "Phúc", "Tài", "Thành", "Toàn", "Nam",
        "Cường", "Khánh", "Đức", "Hiếu", "Trung", "Vinh"
    };
    private static final String[] EDE_WOMEN = {"Hen", "Bia", "Năm", "Yơn", "Bliu", "Ruê", "Nguôn", "Blương", "Khuê"};
    private static final String[] EDE_MEN = {"Khu", "Bhiăo", "Wăn", "Jon", "Tlang", "Kông", "Siêng", "Blơ", "Thinh"};
    private static final String[] EDE_CLANS = {
        "Niê", "Êban", "Mlô", "Buôn Yă", "Ênuôl", "Ktla", "Byă", "Adrơng", "Kbuôr"
    };

    private static String person(Random random, double womenShare, boolean buon, Set<String> used) {
        while (true) {
            boolean woman = random.nextDouble() < womenShare;
            String name;
            if (buon && random.nextDouble() < 0.6) {
                String clan = pick(random, EDE_CLANS);
                name = woman ? "H'" + pick(random, EDE_WOMEN) + " " + clan : "Y " + pick(random, EDE_MEN) + " " + clan;
            } else {
                String family = pick(random, FAMILY);
                name = woman
                        ? family + " Thị " + pick(random, WOMEN)
                        : family + " " + pick(random, MEN_MIDDLE) + " " + pick(random, MEN);
            }
            if (used.add(name)) return name;
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
