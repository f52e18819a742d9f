-- The member and club modules' facts for other modules' SQL (the plan module's indicators, the fund
-- module's borrowers' names), so that no module reads another's tables. Plain views over one table or one
-- join: both databases inline them, and the indexes of the tables below serve them as before.
--
-- member_fact_v: every membership with its person: who, which club, joined and left, sex, birth date or
-- year, and whether the person is disadvantaged (1 or 0): a poor or near-poor household, an ethnicity other
-- than Kinh (compared as vn.ishc.shared.SearchText compares, lower case without diacritics), a disability
-- or living alone. The rule's Java twin is vn.ishc.member.MemberFacts.isDisadvantaged, and
-- MemberFactsTest holds them equal. "Older on a date" depends on the date, so it is not a column:
-- MemberFacts.olderOn writes that phrase.
create or replace view member_fact_v as
select m.id as membership_id, m.club_id, m.person_id, m.joined_on, m.left_on,
       p.full_name, p.name_key, p.sex, p.birth_date, p.birth_year,
       case when p.household_status in ('POOR', 'NEAR_POOR')
                 or translate(lower(p.ethnicity),
                              'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ',
                              'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy') <> 'kinh'
                 or p.disability = true or p.lives_alone = true
            then 1 else 0 end as disadvantaged
from membership m
join person p on p.id = m.person_id;

-- club_fact_v: each club's recorded unit (the unit row valid on its founding date), founding date and the
-- date its regulations were adopted.
create or replace view club_fact_v as
select c.id, c.name, c.unit_id, c.founded_on, c.regulations_adopted_on
from club c;

-- club_status_v: each club's status history; vn.ishc.club.ClubFacts.statusOn writes "the club's status on
-- a date" over it (the latest entry on or before the date), through club_status_change_since_idx.
create or replace view club_status_v as
select s.club_id, s.status, s.since, s.position
from club_status_change s;
