package vn.ishc.account;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.shared.DemoData;

/** The demo accounts, all with the password {@code demo}; listed on the login page in demo mode. */
@Component
class DemoAccounts implements DemoData {
    static final String PASSWORD = "demo";
    static final long BUON_MA_THUOT_CITY = 3;
    static final long TAN_LAP_2025 = 42;

    record Demo(String username, Role role) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("demo-admin", Role.ADMIN),
            new Demo("demo-city", Role.CITY_OFFICER),
            new Demo("demo-ward", Role.WARD_OFFICER),
            new Demo("demo-club", Role.CLUB_BOARD),
            new Demo("demo-club-2", Role.CLUB_BOARD),
            new Demo("demo-viewer", Role.VIEWER));

    private final AccountService accounts;
    private final ClubDirectory clubs;

    DemoAccounts(AccountService accounts, ClubDirectory clubs) {
        this.accounts = accounts;
        this.clubs = clubs;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        long demoClub = clubs.allForAdministration().stream()
                .filter(c -> c.name().equals(DemoClubs.DEMO_BOARD_CLUB))
                .map(ClubView::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo club missing"));
        open("demo-admin", "Quản trị (demo)", Role.ADMIN, null, null);
        open("demo-city", "Hội NCT thành phố Buôn Ma Thuột (demo)", Role.CITY_OFFICER, BUON_MA_THUOT_CITY, null);
        open("demo-ward", "Hội NCT phường Tân Lập (demo)", Role.WARD_OFFICER, TAN_LAP_2025, null);
        open("demo-club", "Ban chủ nhiệm CLB Tổ dân phố 3 Tân Lập (demo)", Role.CLUB_BOARD, null, demoClub);
        // A second board member of the same club (the treasurer): approvals need someone other than the recorder.
        open("demo-club-2", "Thủ quỹ CLB Tổ dân phố 3 Tân Lập (demo)", Role.CLUB_BOARD, null, demoClub);
        // The health department's viewer: reads health readings and records health checks in the city.
        Account viewer = accounts.openIfAbsent(new OpenAccount(
                "demo-viewer", "Phòng Y tế thành phố (demo)", PASSWORD, Role.VIEWER, BUON_MA_THUOT_CITY, null, true));
        if (!viewer.healthData()) accounts.healthData(viewer.id(), true);
    }

    private void open(String username, String name, Role role, Long unit, Long club) {
        accounts.openIfAbsent(new OpenAccount(username, name, PASSWORD, role, unit, club));
    }
}
