package vn.ishc.club;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** One seat on a club's board; {@code until} is null while the person serves. */
@Table("club_board_member")
public record BoardMember(String fullName, BoardRole role, LocalDate since, LocalDate until) {}
