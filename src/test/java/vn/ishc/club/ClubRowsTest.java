package vn.ishc.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ishc.IntegrationTest;

/** The lists' three-statement reader gives exactly the clubs the repository gives, collections in order. */
@IntegrationTest
class ClubRowsTest {
    private static final LocalDate PLAN_START = LocalDate.of(2021, 1, 1);

    @Autowired
    ClubRows rows;

    @Autowired
    Clubs clubs;

    @Test
    void readsEveryClubAsTheRepositoryDoes() {
        List<Long> ids = clubs.findAll().stream().map(Club::id).toList();
        assertThat(ids).hasSizeGreaterThan(30);
        List<ClubView> expected = clubs.findAllById(ids).stream()
                .map(c -> c.view(PLAN_START))
                .sorted(Comparator.comparing(ClubView::id))
                .toList();
        List<ClubView> actual = rows.load(ids).stream()
                .map(c -> c.view(PLAN_START))
                .sorted(Comparator.comparing(ClubView::id))
                .toList();
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).anySatisfy(c -> assertThat(c.statusHistory()).hasSizeGreaterThan(1));
        assertThat(actual).anySatisfy(c -> assertThat(c.board()).hasSizeGreaterThan(3));
    }

    @Test
    void readsNothingForNoIds() {
        assertThat(rows.load(List.of())).isEmpty();
    }
}
