package vn.ishc.audit;

import java.time.LocalDateTime;

/** One view of people's personal data, as the access log shows it. */
public record AccessEntry(
        long id,
        LocalDateTime at,
        String username,
        String address,
        String what,
        String subject,
        Long unitId,
        Long clubId,
        int personCount,
        String personIds) {}
