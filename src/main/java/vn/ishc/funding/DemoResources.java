package vn.ishc.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.club.DemoClubs;
import vn.ishc.funding.ResourceCommands.RecordResource;
import vn.ishc.funding.ResourceEvents.ResourceRecorded;
import vn.ishc.shared.DemoData;
import vn.ishc.shared.Vnd;

/**
 * Demo resources from 2021 up to the clock's today: each ward's and commune's yearly budget line for the plan
 * (the units of that year), the city's yearly budget, social contributions, the named local funds, an
 * international grant and gifts in kind to the demo clubs. Each entry is made by {@link Resource#record} (every
 * rule holds) and audited like any other; seeded, so every start gives the same; nothing is added once any
 * entry exists.
 */
@Component
class DemoResources implements DemoData {
    private static final long SEED = 20211115L;
    private static final String RECORDER = "demo-city";
    private static final long CITY = 3; // Thành phố Buôn Ma Thuột, the plan's city
    private static final List<String> FUNDS = List.of(
            "SOCIAL_SECURITY_FUND",
            "FUND_FOR_THE_POOR",
            "WOMEN_FUND",
            "FARMERS_FUND",
            "ELDERLY_CARE_FUND",
            "CREDIT_FUND");
    private static final List<String> DONORS = List.of(
            "Công ty Cổ phần Cà phê Buôn Ma Thuột",
            "Ngân hàng TMCP Đầu tư và Phát triển, chi nhánh Đắk Lắk",
            "Công ty TNHH Thương mại Tây Nguyên",
            "Hội doanh nhân trẻ tỉnh Đắk Lắk",
            "Bà Nguyễn Thị Hoa (nhà hảo tâm)");
    private static final List<String> GIFTS = List.of(
            "Loa kéo và micro sinh hoạt",
            "30 bộ bàn ghế nhựa",
            "Máy đo huyết áp và cân sức khỏe",
            "Trang phục văn nghệ cho đội văn nghệ",
            "Tủ đựng sổ sách, hồ sơ");

    private final ResourceEntries entries;
    private final UnitDirectory units;
    private final ClubDirectory clubs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoResources(
            ResourceEntries entries,
            UnitDirectory units,
            ClubDirectory clubs,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.entries = entries;
        this.units = units;
        this.clubs = clubs;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public void load() {
        if (entries.count() > 0) return;
        LocalDate today = LocalDate.now(clock);
        Set<String> sources = new HashSet<>();
        for (Source s : entries.sources()) sources.add(s.code());
        Random r = new Random(SEED);
        transaction.executeWithoutResult(tx -> {
            for (int year = 2021; year <= today.getYear(); year++) {
                LocalDate budgetDay = LocalDate.of(year, 1, 20);
                if (budgetDay.isAfter(today)) break;
                // The city's yearly budget for the plan (the plan's city, also after the 2025 reorganisation).
                add(
                        sources,
                        today,
                        budgetLine(
                                year,
                                budgetDay,
                                RecipientLevel.CITY,
                                CITY,
                                null,
                                "Kinh phí triển khai Đề án năm " + year + " - Hội Người cao tuổi thành phố",
                                120_000_000L + 10_000_000L * (year - 2021)));
                List<UnitView> wards = grassroots(budgetDay);
                for (UnitView w : wards) {
                    long amount = (15 + r.nextInt(36)) * 1_000_000L;
                    add(
                            sources,
                            today,
                            budgetLine(
                                    year,
                                    budgetDay,
                                    RecipientLevel.WARD,
                                    w.id(),
                                    null,
                                    "Dự toán chi thường xuyên năm " + year + " - UBND " + w.name(),
                                    amount));
                }
                // Social contributions and the named local funds, to a few wards of the year.
                for (int i = 0; i < 3 && !wards.isEmpty(); i++) {
                    LocalDate day = LocalDate.of(year, 3 + r.nextInt(9), 1 + r.nextInt(28));
                    if (day.isAfter(today)) continue;
                    UnitView w = units(day, wards, r);
                    if (w == null) continue;
                    boolean social = i == 0;
                    String source = social ? "SOCIALISATION" : FUNDS.get(r.nextInt(FUNDS.size()));
                    String donor =
                            social ? DONORS.get(r.nextInt(DONORS.size())) : "Ban quản lý quỹ phường, xã - " + w.name();
                    add(
                            sources,
                            today,
                            new RecordResource(
                                    source,
                                    ResourceKind.MONEY,
                                    donor,
                                    day,
                                    null,
                                    Vnd.of((5 + r.nextInt(26)) * 1_000_000L),
                                    null,
                                    social
                                            ? "Hỗ trợ kinh phí hoạt động các CLB"
                                            : "Hỗ trợ quỹ ban đầu và hoạt động CLB",
                                    RecipientLevel.WARD,
                                    w.id(),
                                    null,
                                    false,
                                    "QĐ-" + (100 + r.nextInt(900)) + "/" + year,
                                    null));
                }
            }
            // An international grant to the city.
            LocalDate grant = LocalDate.of(2022, 6, 15);
            if (!grant.isAfter(today)) {
                add(
                        sources,
                        today,
                        new RecordResource(
                                "INTERNATIONAL_AID",
                                ResourceKind.MONEY,
                                "HelpAge International tại Việt Nam",
                                grant,
                                null,
                                Vnd.of(350_000_000L),
                                null,
                                "Dự án hỗ trợ nhân rộng mô hình CLB Liên thế hệ tự giúp nhau",
                                RecipientLevel.CITY,
                                CITY,
                                null,
                                false,
                                "Thỏa thuận tài trợ số 07/2022",
                                null));
            }
            // Gifts in kind to the demo clubs, a year after their founding.
            List<String> names = DemoClubs.names();
            Set<String> seen = new HashSet<>();
            List<ClubView> byAge = new ArrayList<>(clubs.allForAdministration());
            byAge.sort(Comparator.comparingLong(ClubView::id));
            int gifts = 0;
            for (ClubView c : byAge) {
                if (!names.contains(c.name()) || !seen.add(c.name()) || gifts >= 10) continue;
                LocalDate day = c.foundedOn().plusYears(1);
                if (day.isAfter(today) || day.getYear() < Resource.FIRST_YEAR) continue;
                add(
                        sources,
                        today,
                        new RecordResource(
                                gifts % 3 == 0 ? "MEMBERS_COMMUNITY" : "SOCIALISATION",
                                ResourceKind.IN_KIND,
                                DONORS.get(gifts % DONORS.size()),
                                day,
                                null,
                                Vnd.of((3 + r.nextInt(6)) * 1_000_000L),
                                GIFTS.get(gifts % GIFTS.size()),
                                "Trang thiết bị sinh hoạt cho câu lạc bộ",
                                RecipientLevel.CLUB,
                                null,
                                c.id(),
                                false,
                                null,
                                null),
                        c.unitId());
                gifts++;
            }
        });
    }

    private static RecordResource budgetLine(
            int year, LocalDate day, RecipientLevel level, long unitId, Long clubId, String donor, long amount) {
        return new RecordResource(
                "STATE_BUDGET",
                ResourceKind.BUDGET_LINE,
                donor,
                day,
                year,
                Vnd.of(amount),
                null,
                "Thực hiện Kế hoạch nhân rộng mô hình CLB Liên thế hệ tự giúp nhau",
                level,
                unitId,
                clubId,
                false,
                "QĐ giao dự toán năm " + year,
                null);
    }

    private List<UnitView> grassroots(LocalDate on) {
        return units.allAsOf(on).stream()
                .filter(u -> u.type().isGrassroots())
                .filter(u -> units.territory(CITY).contains(u.id()))
                .sorted(Comparator.comparing(UnitView::id))
                .toList();
    }

    private UnitView units(LocalDate day, List<UnitView> ofTheYear, Random r) {
        List<UnitView> valid = ofTheYear.stream().filter(u -> u.validOn(day)).toList();
        return valid.isEmpty() ? null : valid.get(r.nextInt(valid.size()));
    }

    private void add(Set<String> sources, LocalDate today, RecordResource c) {
        add(sources, today, c, c.unitId());
    }

    private void add(Set<String> sources, LocalDate today, RecordResource c, long unitId) {
        var type = units.find(unitId).map(UnitView::type).orElse(null);
        Resource r = entries.insert(
                Resource.record(c, unitId, new Resource.Context(today, sources, type), RECORDER, clock.instant()));
        events.publishEvent(new ResourceRecorded(
                r.id(),
                r.unitId(),
                r.clubId(),
                r.source(),
                r.kind(),
                r.donor(),
                r.receivedOn(),
                r.budgetYear(),
                r.amount(),
                r.inKindDescription(),
                r.purpose(),
                r.level(),
                r.documentNo()));
    }
}
