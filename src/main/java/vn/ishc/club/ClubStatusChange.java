package vn.ishc.club;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** One entry of a club's status history. */
@Table("club_status_change")
public record ClubStatusChange(ClubStatus status, LocalDate since, String reason) {}
