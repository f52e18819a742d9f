#!/usr/bin/env python3
"""Writes realistic clubs, boards, status histories, people, memberships and the clubs' funds (loans,
schedules, ledger entries) as CSV files (one per table, with a header row) for `bench/generate.sh` to
bulk-load into H2 (CSVREAD) or PostgreSQL (COPY).

Input: the wards and communes already in the database (`--units`, a CSV of id, type, valid_from,
valid_to, name, parent_id, exported by generate.sh after the schema and the units are in place). Output: the CSV
files and `load-order.txt` (table and columns, in load order) in `--out`, and a JSON summary on stdout.

Deterministic: the same --seed, --scale, --today and units give the same files. Standard library only.

Scales (requirements section 7 and issue 6):
  city      50 clubs, ~3,000 members (the 21 units of Buôn Ma Thuột and their successors)
  province  ~700 clubs, ~42,000 members
  country   ~10,000 clubs, ~600,000 members

What the data looks like (requirements section 6): a club is founded by a decision of its ward's or
commune's People's Committee, recorded under the unit valid on its founding date (2016-2020 cohort,
or new under the plan from 2021, a few after the 1 July 2025 reorganisation under the new units); a
board of 5-7; 45-72 members, about two thirds women and two thirds aged 60 or more; some clubs
suspended or dissolved (their memberships end with the dissolution); some members left and others
joined later.
"""
import argparse
import bisect
import csv
import datetime as dt
import json
import os
import random
import sys
import unicodedata

SCALES = {"city": 50, "province": 700, "country": 10_000}
# Years of monthly records (fund entries, loans) before the day the data ends, at most since the founding.
YEARS = {"city": 5, "province": 5, "country": 10}
SOURCES = ["STATE_BUDGET", "SOCIALISATION", "SOCIAL_SECURITY_FUND", "FUND_FOR_THE_POOR", "WOMEN_FUND",
           "ELDERLY_CARE_FUND", "ELDERLY_ASSOCIATION", "MEMBERS_COMMUNITY", "INTERNATIONAL_AID"]
PURPOSES = ["LIVESTOCK", "CROPS", "SMALL_BUSINESS", "OTHER"]
TREASURER, CHAIR = "generator-treasurer", "generator-chair"

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "H'", "Y", "Ksor", "Niê", "Mlô", "Êban", "Byă", "Buôn Krông"]
FAMILY_WEIGHTS = [30, 11, 9, 7, 5, 4, 4, 4, 4, 3, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1]
MIDDLE_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Kim", "Thanh", "Minh"]
MIDDLE_M = ["Văn", "Văn", "Đình", "Hữu", "Quang", "Minh", "Công", "Đức"]
GIVEN_F = ["Hoa", "Lan", "Hương", "Mai", "Hạnh", "Nga", "Hằng", "Thủy", "Liên", "Cúc", "Đào", "Huệ",
           "Loan", "Nhung", "Phượng", "Tuyết", "Xuân", "Yến", "Bích", "Dung", "Hiền", "Lệ", "Oanh", "Sen",
           "Thảo", "Trang", "Vân", "Hồng", "Hà", "Ánh"]
GIVEN_M = ["Hùng", "Dũng", "Minh", "Nam", "Sơn", "Tuấn", "Hải", "Thắng", "Bình", "Cường", "Đức", "Hòa",
           "Khánh", "Long", "Phúc", "Quang", "Tâm", "Thành", "Trung", "Vinh"]
ETHNICITY = ["Kinh", "Ê Đê", "M'nông", "Tày", "Nùng", "Gia Rai", "Thái", "Mường"]
ETHNICITY_WEIGHTS = [82, 9, 3, 2, 1.5, 1, 1, 0.5]
LEAVE_REASONS = ["Chuyển nơi ở", "Sức khỏe yếu", "Qua đời", "Lý do gia đình"]
SUSPEND_REASONS = ["Ban chủ nhiệm chưa kiện toàn", "Tạm ngừng sinh hoạt do dịch bệnh"]
DISSOLVE_REASONS = ["Thành viên chuyển sang CLB khác", "Không duy trì được sinh hoạt"]
EQUIPMENT = ["Loa, bàn ghế", "Tủ hồ sơ, loa", "Máy đo huyết áp, loa", ""]
MEETING_TOPICS = ["Chăm sóc sức khỏe", "Tập thể dục dưỡng sinh", "Vay vốn, trả nợ", "Thăm hỏi thành viên ốm",
                  "Văn nghệ", "Tổng kết tháng", None]

PLAN_START = dt.date(2021, 1, 1)
REORGANISED = dt.date(2025, 7, 1)

TABLES = {
    "club": ["id", "name", "unit_id", "founded_on", "version", "decision_number", "decision_date",
             "decision_issuer", "phase_override", "phase_override_reason", "meeting_day",
             "regulations_adopted_on", "initial_fund_capital", "initial_equipment"],
    "club_status_change": ["club_id", "position", "status", "since", "reason"],
    "club_board_member": ["club_id", "position", "full_name", "role", "since", "until"],
    "person": ["id", "full_name", "name_key", "sex", "birth_date", "birth_year", "ethnicity",
               "household_status", "household_status_year", "disability", "lives_alone", "other_hardship",
               "national_id", "phone", "residential_group", "merged_into_id", "version"],
    "membership": ["id", "person_id", "club_id", "joined_on", "join_reason", "left_on", "leave_reason",
                   "version"],
    "fund_account": ["club_id"],
    "fund_loan_product": ["id", "club_id", "version_no", "fee_method", "rate_bp", "terms", "max_amount", "frequency",
                          "grace_months", "overpayment", "adopted_on", "recorded_by", "recorded_at"],
    "fund_loan": ["id", "club_id", "person_id", "product_id", "purpose", "amount", "term_months", "applied_on",
                  "opening", "status", "recorded_by", "recorded_at", "approved_by", "approved_on", "approved_at",
                  "disbursed_on", "disbursed_by", "written_off_on", "written_off_by", "write_off_reason", "version"],
    "fund_instalment": ["loan_id", "schedule_no", "seq", "due_on", "principal", "fee"],
    "fund_entry": ["id", "club_id", "fund", "kind", "entry_date", "amount", "loan_id", "reverses_id", "posting",
                   "source", "counterpart", "document_no", "note", "recorded_by", "recorded_at"],
    "meeting_collection": ["club_id", "fee_per_month", "contribution_per_month", "contribution_kind", "version",
                           "changed_by", "changed_at"],
    "meeting": ["id", "club_id", "held_on", "live_on", "place", "topics", "decisions", "sheet_key", "recorded_by",
                "recorded_at", "version"],
    "meeting_attendance": ["meeting_id", "person_id", "attendance"],
    "meeting_money": ["meeting_id", "position", "person_id", "kind", "loan_id", "amount", "posting"],
    "app_user": ["username", "display_name", "password_hash", "role", "scope_unit_id", "scope_club_id",
                 "enabled", "failed_attempts", "created_at", "version"],
}

# The password "demo", hashed as the application stores passwords (Spring Security's delegating encoder).
DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$9R1C684RfD8erWAQteobm.m11KIa1RtDx7pTEODu5qJkF1xx2AZsu"


def name_key(text):
    """The key of vn.ishc.shared.SearchText.key: lower case, no diacritics (đ as d), single spaces."""
    plain = unicodedata.normalize("NFD", text.lower())
    plain = "".join(ch for ch in plain if unicodedata.category(ch) != "Mn").replace("đ", "d")
    return " ".join(plain.split())


def day_between(rng, start, end):
    """A day in [start, end] (inclusive); start when the range is empty."""
    span = (end - start).days
    return start if span <= 0 else start + dt.timedelta(days=rng.randint(0, span))


class Writer:
    """One CSV file per table; None is written as an empty unquoted field (NULL in both databases)."""

    def __init__(self, out):
        self.files = {}
        self.writers = {}
        self.counts = {}
        for table, columns in TABLES.items():
            f = open(os.path.join(out, table + ".csv"), "w", newline="", encoding="utf-8")
            self.files[table] = f
            self.writers[table] = csv.writer(f, lineterminator="\n")
            self.writers[table].writerow(columns)
            self.counts[table] = 0

    def raw(self, table, line):
        """A row already formatted as a CSV line (the bulk tables: attendance, fees), for speed."""
        self.files[table].write(line)
        self.counts[table] += 1

    def row(self, table, *values):
        self.writers[table].writerow(["" if v is None else v for v in values])
        self.counts[table] += 1

    def close(self):
        for f in self.files.values():
            f.close()


def load_units(path):
    units = []
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            units.append({
                "id": int(r["id"]),
                "name": r["name"],
                "valid_from": dt.date.fromisoformat(r["valid_from"]) if r["valid_from"] else dt.date(1900, 1, 1),
                "valid_to": dt.date.fromisoformat(r["valid_to"]) if r["valid_to"] else dt.date(9999, 12, 31),
                "parent_id": int(r["parent_id"]) if r["parent_id"] else None,
            })
    units.sort(key=lambda u: u["id"])
    return units


def founding_date(rng, today):
    """40 % in 2016-2020, 52 % under the plan before the reorganisation, 8 % after it (if today allows)."""
    roll = rng.random()
    if roll < 0.40:
        return day_between(rng, dt.date(2016, 3, 1), dt.date(2020, 12, 31))
    if roll < 0.92 or today < REORGANISED + dt.timedelta(days=30):
        return day_between(rng, PLAN_START, min(today, REORGANISED - dt.timedelta(days=1)))
    return day_between(rng, REORGANISED, today - dt.timedelta(days=30))


class Generator:
    def __init__(self, args, units, w):
        self.rng = random.Random(args.seed)
        self.today = args.today
        self.units = units
        self.w = w
        self.next_person = args.first_id
        self.next_membership = args.first_id
        self.next_loan = args.first_id
        self.next_entry = args.first_id
        self.next_posting = 1
        self.next_meeting = args.first_id
        # Attendance and missed meetings draw from their own generator.
        self.mrng = random.Random(args.seed * 7919 + 1)
        self.loan_person = {}
        self.sheet_clubs = []
        self.years = YEARS[args.scale]
        self.national_ids = set()
        self.boundaries = sorted({u["valid_from"] for u in units} | {u["valid_to"] + dt.timedelta(days=1)
                                                                     for u in units if u["valid_to"].year < 9999})
        self.valid_cache = {}
        self.summary = {"clubs_by_status": {}, "clubs_by_cohort": {"FOUNDED_2016_2020": 0, "NEW_UNDER_PLAN": 0}}

    def valid_units(self, on):
        """The wards and communes valid on a day; cached per stretch between two unit changes."""
        i = bisect.bisect_right(self.boundaries, on)
        if i not in self.valid_cache:
            self.valid_cache[i] = [u for u in self.units if u["valid_from"] <= on <= u["valid_to"]]
        return self.valid_cache[i]

    def full_name(self, female):
        rng = self.rng
        family = rng.choices(FAMILY, FAMILY_WEIGHTS)[0]
        middle = rng.choice(MIDDLE_F if female else MIDDLE_M)
        given = rng.choice(GIVEN_F if female else GIVEN_M)
        if family in ("H'", "Y", "Ksor", "Niê", "Mlô", "Êban", "Byă", "Buôn Krông"):
            # Ê Đê and Jarai names: H' (women) / Y (men) before the given name, the family name last.
            prefix = "H'" if female else "Y"
            surname = family if family not in ("H'", "Y") else rng.choice(["Niê", "Mlô", "Êban", "Ksor", "Byă"])
            return f"{prefix}{given} {surname}"
        return f"{family} {middle} {given}"

    def national_id(self, birth_year, female):
        while True:
            # 12 digits: province of birth (066 Đắk Lắk), century-and-sex digit, year, serial.
            century_sex = (0 if birth_year < 2000 else 2) + (1 if female else 0)
            nid = f"066{century_sex}{birth_year % 100:02d}{self.rng.randint(0, 999_999):06d}"
            if nid not in self.national_ids:
                self.national_ids.add(nid)
                return nid

    def person(self, club_unit_name, older, female, joined_on):
        rng = self.rng
        age = rng.randint(60, 88) if older else rng.randint(25, 59)
        birth_year = joined_on.year - age
        exact = rng.random() < 0.85
        birth_date = dt.date(birth_year, rng.randint(1, 12), rng.randint(1, 28)) if exact else None
        ethnicity = rng.choices(ETHNICITY, ETHNICITY_WEIGHTS)[0]
        household = rng.choices(["POOR", "NEAR_POOR", "NONE"], [8, 10, 82])[0]
        phone = f"09{rng.randint(0, 99_999_999):08d}" if rng.random() < 0.6 else None
        nid = self.national_id(birth_year, female) if rng.random() < 0.7 else None
        group = (f"Tổ dân phố {rng.randint(1, 12)}" if club_unit_name.startswith("Phường")
                 else rng.choice([f"Thôn {rng.randint(1, 9)}", f"Buôn {rng.choice(['Ko Tam', 'Kmrơng', 'Êa Bông', 'Cư Dluê'])}"]))
        name = self.full_name(female)
        pid = self.next_person
        self.next_person += 1
        self.last_name = name
        self.w.row("person", pid, name, name_key(name), "FEMALE" if female else "MALE", birth_date, birth_year,
                   ethnicity, household, self.today.year - rng.randint(0, 2) if household != "NONE" else None,
                   rng.random() < 0.05, rng.random() < 0.06,
                   "Neo đơn, thu nhập thấp" if rng.random() < 0.03 else None, nid, phone, group, None, 0)
        return pid

    def membership(self, pid, club_id, joined_on, left_on, leave_reason):
        self.club_members.append((pid, joined_on, left_on, self.last_name))
        mid = self.next_membership
        self.next_membership += 1
        self.w.row("membership", mid, pid, club_id, joined_on,
                   "Thành viên sáng lập" if left_on is None and self.rng.random() < 0.5 else None,
                   left_on, leave_reason, 0)

    def club(self, club_id):
        rng = self.rng
        self.club_members = []
        founded = founding_date(rng, self.today)
        candidates = self.valid_units(founded)
        unit = rng.choice(candidates)
        cohort = "NEW_UNDER_PLAN" if founded >= PLAN_START else "FOUNDED_2016_2020"
        self.summary["clubs_by_cohort"][cohort] += 1
        short = unit["name"].split(" ", 1)[-1]
        name = f"CLB Liên thế hệ tự giúp nhau {short} {club_id}"
        regulations = founded + dt.timedelta(days=rng.randint(0, 60)) if rng.random() < 0.9 else None
        capital = rng.randint(20, 120) * 500_000 if rng.random() < 0.85 else None
        decision = f"{rng.randint(1, 999)}/QĐ-UBND"
        meeting_day = rng.randint(1, 28)
        self.w.row("club", club_id, name, unit["id"], founded, 0, decision, founded,
                   "UBND " + unit["name"][:1].lower() + unit["name"][1:], None, None, meeting_day,
                   regulations if regulations is None or regulations <= self.today else self.today,
                   capital, rng.choice(EQUIPMENT) or None)
        self.meeting_day = meeting_day
        self.club_loans = []  # (loan id, person, disbursed on, status, outstanding)
        self.inactive = []  # [from, until) spans in which the club was not active (until None: still)

        # Status history: active from the founding; a few suspended (some resumed), a few dissolved.
        status, ended_on = "ACTIVE", None
        self.w.row("club_status_change", club_id, 0, "ACTIVE", founded, None)
        roll = rng.random()
        if roll < 0.05 and (self.today - founded).days > 400:
            since = day_between(rng, founded + dt.timedelta(days=365), self.today - dt.timedelta(days=1))
            self.w.row("club_status_change", club_id, 1, "DISSOLVED", since, rng.choice(DISSOLVE_REASONS))
            status, ended_on = "DISSOLVED", since
            self.inactive.append((since, None))
        elif roll < 0.09 and (self.today - founded).days > 400:
            since = day_between(rng, founded + dt.timedelta(days=365), self.today - dt.timedelta(days=60))
            self.w.row("club_status_change", club_id, 1, "SUSPENDED", since, rng.choice(SUSPEND_REASONS))
            status = "SUSPENDED"
            resumed = None
            if rng.random() < 0.5:
                resumed = since + dt.timedelta(days=rng.randint(30, 59))
                self.w.row("club_status_change", club_id, 2, "ACTIVE", resumed, None)
                status = "ACTIVE"
            self.inactive.append((since, resumed))
        self.summary["clubs_by_status"][status] = self.summary["clubs_by_status"].get(status, 0) + 1
        if status == "ACTIVE" and "sample_club" not in self.summary:
            self.summary["sample_club"] = {"id": club_id, "unit_id": unit["id"], "city_id": unit["parent_id"],
                                           "founded_on": founded.isoformat()}

        # Board of 5-7: chair, vice chair, treasurer, secretary, team leaders.
        size = rng.randint(5, 7)
        roles = ["CHAIR", "VICE_CHAIR", "TREASURER", "SECRETARY"] + ["TEAM_LEADER"] * (size - 4)
        for pos, role in enumerate(roles):
            self.w.row("club_board_member", club_id, pos, self.full_name(rng.random() < 0.7), role, founded,
                       ended_on)

        # Members: mostly founding members; some left (and others joined later).
        members = rng.randint(45, 72)
        women_share = rng.uniform(0.55, 0.75)
        older_share = rng.uniform(0.55, 0.75)
        last_day = ended_on or self.today
        for _ in range(members):
            joined = founded if rng.random() < 0.7 else day_between(rng, founded, last_day)
            pid = self.person(unit["name"], rng.random() < older_share, rng.random() < women_share, joined)
            if ended_on is not None:
                self.membership(pid, club_id, joined, ended_on, "Câu lạc bộ giải thể")
            elif rng.random() < 0.08 and (last_day - joined).days > 60:
                left = day_between(rng, joined + dt.timedelta(days=30), last_day - dt.timedelta(days=1))
                self.membership(pid, club_id, joined, left, rng.choice(LEAVE_REASONS))
            else:
                self.membership(pid, club_id, joined, None, None)
        if capital is not None:
            self.funds(club_id, founded, regulations or founded, capital, ended_on)
        else:
            self.meetings_only(club_id, founded, ended_on)
        if status == "ACTIVE":
            self.sheet_candidate(club_id, founded, capital is not None)

    # ---- the club's two funds (R10, R11), as the fund module records them ----

    def entry(self, club_id, fund, kind, day, amount, posting, loan_id=None, source=None, counterpart=None,
              document=None, note=None):
        eid = self.next_entry
        self.next_entry += 1
        self.w.row("fund_entry", eid, club_id, fund, kind, day, amount, loan_id, None, posting, source, counterpart,
                   document, note, TREASURER, f"{day} 18:00:00")
        return eid

    def posting(self):
        self.next_posting += 1
        return self.next_posting - 1

    def funds(self, club_id, founded, adopted, capital, ended_on):
        """Capital, a loan product, monthly loans and repayments, quarterly transfers of the fees to the activity
        fund, monthly membership fees and some expenses: the fund equations hold by construction (cash never
        goes negative, a repayment is split fee first, then principal)."""
        rng = self.rng
        start = max(founded, dt.date(self.today.year - self.years, self.today.month, 1))
        end = min(self.today, ended_on) if ended_on else self.today
        self.w.row("fund_account", club_id)
        product_id = club_id  # one product per club: its id can be the club's
        rate_bp = rng.choice([50, 60, 80, 100])
        end_of_term = rng.random() < 0.2
        self.w.row("fund_loan_product", product_id, club_id, 1, "FLAT", rate_bp, "6,9,12", 10_000_000,
                   "END_OF_TERM" if end_of_term else "MONTHLY", 0, "REFUSE", min(adopted, start), TREASURER,
                   f"{min(adopted, start)} 09:00:00")
        loan_cash = capital
        self.entry(club_id, "LOAN_FUND", "CAPITAL", start, capital, self.posting(), source=rng.choice(SOURCES),
                   counterpart="UBND", document=f"QĐ-{rng.randint(1, 999)}")
        activity = 0
        fee_per_member = rng.choice([2_000, 3_000, 5_000])
        self.fee_per_member = fee_per_member
        fees_to_transfer = 0
        self.w.row("meeting_collection", club_id, fee_per_member, 0, "SOLIDARITY", 1, TREASURER, f"{start} 09:00:00")
        month = dt.date(start.year, start.month, 1)
        payments = []  # (day, loan_id, fee, principal): repayments, posted in date order below
        while month <= end:
            meeting_day = month.replace(day=self.meeting_day)
            meeting = min(meeting_day, end)
            if meeting < start:
                month = (month + dt.timedelta(days=32)).replace(day=1)
                continue
            members = [m for m in self.club_members if m[1] <= meeting and (m[2] is None or m[2] >= meeting)]
            held = meeting == meeting_day and members and self.meets(meeting)
            present = {m[0] for m in members}
            # Repayments due up to this meeting, in date order; those of the meeting's day are taken on its sheet.
            payments.sort()
            at_meeting = {}
            while payments and payments[0][0] <= meeting:
                day, loan_id, fee, principal = payments.pop(0)
                if held and day == meeting and self.loan_person[loan_id] in present:
                    at_meeting.setdefault(self.loan_person[loan_id], []).append((loan_id, fee, principal))
                    continue
                posting = self.posting()
                if fee:
                    self.entry(club_id, "LOAN_FUND", "FEE_RECEIVED", day, fee, posting, loan_id=loan_id)
                    fees_to_transfer += fee
                if principal:
                    self.entry(club_id, "LOAN_FUND", "PRINCIPAL_REPAID", day, principal, posting, loan_id=loan_id)
                loan_cash += fee + principal
            # The meeting and its sheet: every member's attendance, the membership fee of each member there (one
            # entry each, all the sheet's fees under one posting, as the sheet posts them), the repayments of the
            # day (a posting each), in sheet order.
            if held:
                mid = self.meeting_row(club_id, meeting)
                document = f"BH-{mid}"
                position = 0
                fees_posting = None
                for pid, _, _, name in members:
                    repaid = at_meeting.get(pid)
                    attendance = "PRESENT" if repaid else self.attendance()
                    self.w.raw("meeting_attendance", f"{mid},{pid},{attendance}\n")
                    if attendance != "ABSENT":
                        if fees_posting is None:
                            fees_posting = self.posting()
                        posting = fees_posting
                        eid = self.next_entry
                        self.next_entry += 1
                        self.w.raw("fund_entry", f'{eid},{club_id},ACTIVITY_FUND,MEMBERSHIP_FEE,{meeting},{fee_per_member},'
                                                 f',,{posting},,"{name}",{document},,{TREASURER},{meeting} 18:00:00\n')
                        self.w.raw("meeting_money", f"{mid},{position},{pid},FEE,,{fee_per_member},{posting}\n")
                        position += 1
                        activity += fee_per_member
                    for loan_id, fee, principal in repaid or ():
                        posting = self.posting()
                        if fee:
                            self.entry(club_id, "LOAN_FUND", "FEE_RECEIVED", meeting, fee, posting, loan_id=loan_id,
                                       document=document)
                            fees_to_transfer += fee
                        if principal:
                            self.entry(club_id, "LOAN_FUND", "PRINCIPAL_REPAID", meeting, principal, posting,
                                       loan_id=loan_id, document=document)
                        loan_cash += fee + principal
                        self.w.raw("meeting_money", f"{mid},{position},{pid},REPAYMENT,{loan_id},{fee + principal},"
                                                    f"{posting}\n")
                        position += 1
            else:  # no sheet that day: the day's repayments are taken at the counter
                for pid, repaid in at_meeting.items():
                    for loan_id, fee, principal in repaid:
                        posting = self.posting()
                        if fee:
                            self.entry(club_id, "LOAN_FUND", "FEE_RECEIVED", meeting, fee, posting, loan_id=loan_id)
                            fees_to_transfer += fee
                        if principal:
                            self.entry(club_id, "LOAN_FUND", "PRINCIPAL_REPAID", meeting, principal, posting,
                                       loan_id=loan_id)
                        loan_cash += fee + principal
            # A gift or a sick visit now and then.
            if rng.random() < 0.15:
                amount = rng.randint(2, 20) * 50_000
                self.entry(club_id, "ACTIVITY_FUND", "GOLDEN_HEART_DONATION", meeting, amount, self.posting(),
                           counterpart="Nhà hảo tâm")
                activity += amount
            if rng.random() < 0.35:
                amount = rng.randint(2, 6) * 50_000
                kind = "GIFT" if meeting.month in (1, 2) else rng.choice(["SICK_VISIT", "SICK_VISIT", "ACTIVITY"])
                if amount <= activity:
                    self.entry(club_id, "ACTIVITY_FUND", kind, meeting, amount, self.posting(),
                               counterpart="Ban chủ nhiệm", document=f"PC{meeting:%y%m}")
                    activity -= amount
            # Fees and interest go to the activity fund every quarter.
            if meeting.month % 3 == 0 and fees_to_transfer:
                posting = self.posting()
                self.entry(club_id, "LOAN_FUND", "TRANSFER_TO_ACTIVITY", meeting, fees_to_transfer, posting)
                self.entry(club_id, "ACTIVITY_FUND", "INTEREST_SHARE", meeting, fees_to_transfer, posting)
                loan_cash -= fees_to_transfer
                activity += fees_to_transfer
                fees_to_transfer = 0
            # New loans: about one member in ten a year borrows.
            for _ in range(rng.choices([0, 1, 2], [45, 45, 10])[0]):
                amount = rng.randint(6, 20) * 500_000
                if not members or amount > loan_cash or (self.today - meeting).days < 1:
                    continue
                person = rng.choice(members)[0]
                loan_cash -= amount
                payments.extend(self.loan(club_id, product_id, person, amount, rng.choice([6, 9, 12]), rate_bp,
                                          end_of_term, meeting, end))
            month = (month + dt.timedelta(days=32)).replace(day=1)

    # ---- monthly meetings (R5), as the meeting module records them ----

    def meets(self, day):
        """Whether the club holds its meeting that day: active then (not suspended, not dissolved), and not one of
        the few months it missed."""
        for since, until in self.inactive:
            if since <= day and (until is None or day < until):
                return False
        return self.mrng.random() >= 0.04

    def attendance(self):
        roll = self.mrng.random()
        return "PRESENT" if roll < 0.86 else "EXCUSED" if roll < 0.94 else "ABSENT"

    def meeting_row(self, club_id, day):
        mid = self.next_meeting
        self.next_meeting += 1
        self.w.row("meeting", mid, club_id, day, day, "Nhà văn hóa", self.mrng.choice(MEETING_TOPICS), None,
                   f"gen-{club_id}-{day:%Y%m}", TREASURER, f"{day} 18:00:00", 0)
        return mid

    def meetings_only(self, club_id, founded, ended_on):
        """The meetings of a club without funds: attendance only, nothing collected."""
        start = max(founded, dt.date(self.today.year - self.years, self.today.month, 1))
        end = min(self.today, ended_on) if ended_on else self.today
        month = dt.date(start.year, start.month, 1)
        while month <= end:
            day = month.replace(day=self.meeting_day)
            month = (month + dt.timedelta(days=32)).replace(day=1)
            if day < start or day > end:
                continue
            members = [m for m in self.club_members if m[1] <= day and (m[2] is None or m[2] >= day)]
            if not members or not self.meets(day):
                continue
            mid = self.meeting_row(club_id, day)
            for pid, _, _, _ in members:
                self.w.raw("meeting_attendance", f"{mid},{pid},{self.attendance()}\n")

    def sheet_candidate(self, club_id, founded, funds):
        """An active club with about 60 members now, for the sheet-save benchmark (bench/run.sh): its members and
        running loans, and the days before today it can meet on (not its monthly meeting day, none before it was
        last active nor more than 400 days back)."""
        if len(self.sheet_clubs) >= 200 or not funds:
            return
        current = [(pid, joined) for pid, joined, left, _ in self.club_members if left is None]
        if not 55 <= len(current) <= 65:
            return
        since = max([founded] + [until for _, until in self.inactive if until is not None])
        first = max(since, self.today - dt.timedelta(days=400))
        loans = [(lid, person, disbursed) for lid, person, disbursed, status, outstanding in self.club_loans
                 if status == "ACTIVE" and outstanding >= 1_000_000 and person in dict(current)]
        epoch = dt.date(1970, 1, 1)
        self.sheet_clubs.append({
            "id": club_id, "meeting_day": self.meeting_day, "first_day": first.isoformat(),
            "first_epoch_day": (first - epoch).days, "fee": self.fee_per_member,
            "members": [[pid, (joined - epoch).days] for pid, joined in current],
            "loans": [[lid, person, (disbursed - epoch).days] for lid, person, disbursed in loans]})

    def loan(self, club_id, product_id, person, amount, term, rate_bp, end_of_term, day, end):
        """One loan disbursed on {day}: its schedule (whole đồng, the rounding remainder on the last
        instalment, fees flat on the original amount as LoanProduct.monthlyFee rounds them) and the
        repayments it will get up to {end}: most on time, some late, a few stopping (written off after
        more than 180 days in arrears)."""
        rng = self.rng
        loan_id = self.next_loan
        self.next_loan += 1
        monthly_fee = (amount * rate_bp + 5_000) // 10_000
        if end_of_term:
            schedule = [(add_months(day, term), amount, (amount * rate_bp * term + 5_000) // 10_000)]
        else:
            each = amount // term
            schedule = [(add_months(day, m), each if m < term else amount - each * (term - 1), monthly_fee)
                        for m in range(1, term + 1)]
        for seq, (due, principal, fee) in enumerate(schedule, 1):
            self.w.row("fund_instalment", loan_id, 1, seq, due, principal, fee)
        behaviour = rng.choices(["on_time", "late", "stops"], [85, 13, 2])[0]
        stops_after = rng.randint(0, len(schedule) - 1)
        payments, paid_principal, last_paid = [], 0, day
        for seq, (due, principal, fee) in enumerate(schedule, 1):
            if behaviour == "stops" and seq > stops_after:
                break
            # On time: at the monthly meeting, the day the instalment falls due (the loan was disbursed at one).
            pay_day = due + dt.timedelta(days=rng.randint(5, 60) if behaviour == "late" else 0)
            pay_day = max(pay_day, day + dt.timedelta(days=1))
            if pay_day > end:
                break
            payments.append((pay_day, loan_id, fee, principal))
            paid_principal += principal
            last_paid = pay_day
        status, written_off_on = "ACTIVE", None
        if paid_principal == amount:
            status = "REPAID"
        elif behaviour == "stops":
            first_unpaid_due = schedule[len(payments)][0]
            if (end - first_unpaid_due).days > 180:
                status, written_off_on = "WRITTEN_OFF", first_unpaid_due + dt.timedelta(days=181)
        applied = day - dt.timedelta(days=rng.randint(7, 20))
        self.w.row("fund_loan", loan_id, club_id, person, product_id, rng.choice(PURPOSES), amount, term, applied,
                   False, status, TREASURER, f"{applied} 09:00:00", CHAIR, applied + dt.timedelta(days=3),
                   f"{applied + dt.timedelta(days=3)} 09:00:00", day, TREASURER, written_off_on,
                   CHAIR if written_off_on else None,
                   "Thành viên không còn khả năng trả, Ban chủ nhiệm đã họp xét" if written_off_on else None, 0)
        self.entry(club_id, "LOAN_FUND", "DISBURSEMENT", day, amount, self.posting(), loan_id=loan_id,
                   document=f"PC-V{loan_id}")
        self.loan_person[loan_id] = person
        self.club_loans.append((loan_id, person, day, status, amount - paid_principal))
        if written_off_on:
            # Posted at once: no later payment of this loan comes before it.
            self.entry(club_id, "LOAN_FUND", "WRITE_OFF", written_off_on, amount - paid_principal, self.posting(),
                       loan_id=loan_id, note="Xóa nợ theo quyết định của Ban chủ nhiệm")
        return payments


def add_months(day, months):
    """{day} plus {months} calendar months, the day clipped to the month's end (as LocalDate.plusMonths)."""
    y, m = divmod(day.month - 1 + months, 12)
    y, m = day.year + y, m + 1
    last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(day.day, last))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", choices=sorted(SCALES), required=True)
    ap.add_argument("--units", required=True, help="CSV of the wards/communes: id,type,valid_from,valid_to,name,parent_id")
    ap.add_argument("--out", required=True, help="directory for the CSV files")
    ap.add_argument("--seed", type=int, default=1336)
    ap.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today(),
                    help="the day the data ends (default: today)")
    ap.add_argument("--first-id", type=int, default=1, help="first id of clubs, people and memberships")
    ap.add_argument("--clubs", type=int, help="number of clubs (default: the scale's)")
    args = ap.parse_args()

    units = load_units(args.units)
    if not units:
        sys.exit("no wards or communes in " + args.units)
    os.makedirs(args.out, exist_ok=True)
    w = Writer(args.out)
    g = Generator(args, units, w)
    clubs = args.clubs or SCALES[args.scale]
    for i in range(clubs):
        g.club(args.first_id + i)
    # Accounts for the benchmark, password "demo": everything, the city (or district/province) and the
    # ward of the first active club, that club's board, and a read-only viewer of the same city.
    sample = g.summary["sample_club"]
    created = args.today.isoformat() + " 00:00:00"
    for username, role, unit, club in [("bench-admin", "ADMIN", None, None),
                                       ("bench-city", "CITY_OFFICER", sample["city_id"], None),
                                       ("bench-ward", "WARD_OFFICER", sample["unit_id"], None),
                                       ("bench-club", "CLUB_BOARD", None, sample["id"]),
                                       ("bench-viewer", "VIEWER", sample["city_id"], None)]:
        w.row("app_user", username, "Benchmark " + role.lower().replace("_", " "), DEMO_PASSWORD_HASH, role, unit,
              club, True, 0, created, 0)
    w.close()
    with open(os.path.join(args.out, "load-order.txt"), "w", encoding="utf-8") as f:
        for table, columns in TABLES.items():
            f.write(table + " " + ",".join(columns) + "\n")
    json.dump({"scale": args.scale, "seed": args.seed, "today": args.today.isoformat(), "units": len(units),
               "rows": w.counts, "last_ids": {"club": args.first_id + clubs - 1,
                                              "person": g.next_person - 1,
                                              "membership": g.next_membership - 1,
                                              "fund_loan_product": args.first_id + clubs - 1,
                                              "fund_loan": g.next_loan - 1,
                                              "fund_entry": g.next_entry - 1,
                                              "meeting": g.next_meeting - 1,
                                              "fund_posting_seq": g.next_posting - 1},
               "sheet_clubs": g.sheet_clubs, **g.summary}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
