-- Views for the plan's rule "fully active" (requirements section 3), read by the plan module's indicators
-- and club standing panel, so that it reads no table of the meeting or activity modules.
--
-- meeting_held_v (owned by the meeting module): the meetings a club held and that stand (a reversed meeting
-- keeps its row with reversed_on set and live_on cleared, V32). Its Java twin is a month's "met" in
-- vn.ishc.meeting.MeetingService.year, and MeetingHeldViewTest holds them equal.
create view meeting_held_v as
select m.club_id, m.id as meeting_id, m.held_on
from meeting m
where m.reversed_on is null;

-- activity_area_day_v (owned by the activity module): one row per record the areas calendar
-- (vn.ishc.activity.AreaCalendar) counts, with the area it counts in and its day: activities not cancelled
-- (their own area), health checks (HEALTH), home-care visits (HOME_CARE) and cases on the day they were
-- opened (RIGHTS for entitlements and legal advice, SELF_HELP for the others, as activity.cases.CaseKind
-- decides). AreaDayViewTest compares it with the calendar for the demo clubs of a year.
create view activity_area_day_v as
select a.club_id, a.area_code, a.held_on as on_date
from activity a
where a.cancelled_on is null
union all
select h.club_id, 'HEALTH' as area_code, h.checked_on as on_date
from health_check h
union all
select v.club_id, 'HOME_CARE' as area_code, v.visited_on as on_date
from care_visit v
union all
select k.club_id,
       case when k.kind in ('SOCIAL_ALLOWANCE', 'HEALTH_INSURANCE_CARD', 'LEGAL_ADVICE') then 'RIGHTS'
            else 'SELF_HELP' end as area_code,
       k.opened_on as on_date
from help_case k;
