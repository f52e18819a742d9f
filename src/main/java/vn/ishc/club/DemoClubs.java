package vn.ishc.club;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ishc.shared.DemoData;

/**
 * The first demo clubs, recorded under the units of their founding date: one in the former Phường Tân
 * Lập (the demo club board's), one in the former Phường Tân Hòa and one in the former Xã Hòa Thắng (both
 * now in the 2025 Phường Tân Lập), one in the former Phường Tân An and one founded after July 2025.
 */
@Component
public class DemoClubs implements DemoData {
    /** The club whose board the demo account {@code demo-club} is. */
    public static final String DEMO_BOARD_CLUB = "CLB Liên thế hệ tự giúp nhau Tổ dân phố 3 Tân Lập";

    private final ClubDirectory clubs;

    DemoClubs(ClubDirectory clubs) {
        this.clubs = clubs;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        clubs.foundIfAbsent(DEMO_BOARD_CLUB, 10, LocalDate.of(2018, 5, 15));
        clubs.foundIfAbsent("CLB Liên thế hệ tự giúp nhau Tân Hòa", 11, LocalDate.of(2019, 9, 20));
        clubs.foundIfAbsent("CLB Liên thế hệ tự giúp nhau Buôn Kô Tam", 26, LocalDate.of(2022, 3, 8));
        clubs.foundIfAbsent("CLB Liên thế hệ tự giúp nhau Tân An", 12, LocalDate.of(2017, 11, 2));
        clubs.foundIfAbsent("CLB Liên thế hệ tự giúp nhau Ea Kao", 44, LocalDate.of(2025, 9, 12));
    }
}
