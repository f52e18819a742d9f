package vn.ishc.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ishc.meeting.MeetingCommands.HoldMeeting;
import vn.ishc.meeting.MeetingCommands.Payment;
import vn.ishc.meeting.MeetingCommands.SheetLine;
import vn.ishc.shared.Vnd;

/**
 * A club's monthly meeting and its sheet (R5): the day, the place, the minutes, every member's attendance
 * and the money taken, line by line, with the fund posting that recorded each. A meeting is recorded whole
 * ({@link #hold}) and corrected whole ({@link #reverse}): its money is never edited, only reversed with a
 * reason, and a reversed meeting frees its day for the sheet entered again.
 */
public final class Meeting {
    static final int PLACE_MAX = 200;
    static final int TEXT_MAX = 2000;
    static final int REASON_MAX = 500;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    /** A member's attendance. */
    public record Attendee(long personId, Attendance attendance) {}

    /** Money taken from a member on the sheet, and the fund posting that recorded it (0 until posted). */
    public record Money(long personId, MoneyKind kind, Long loanId, Vnd amount, long posting) {
        Money posted(long number) {
            return new Money(personId, kind, loanId, amount, number);
        }
    }

    /** A money line with the sheet line it came from, for naming a refusal. */
    public record Taken(int line, Money money) {}

    /** When and why a meeting was reversed, and by whom. */
    public record Reversal(LocalDate on, String reason, String by, Instant at) {}

    /**
     * What the sheet is checked against, read by the service: today, the club's founding day and whether it
     * was active on the meeting's day, its members on that day (person id → name, in sheet order), the loans
     * running that day (loan id → borrower), whether the day already has a meeting.
     */
    public record Context(
            LocalDate today,
            LocalDate foundedOn,
            boolean activeOnTheDay,
            Map<Long, String> members,
            Map<Long, Long> loans,
            boolean dayTaken) {}

    private final Long id;
    private final long clubId;
    private final LocalDate heldOn;
    private String place;
    private String topics;
    private String decisions;
    private final String sheetKey;
    private final String recordedBy;
    private final Instant recordedAt;
    private final List<Attendee> attendance;
    private final List<Money> money;
    private Reversal reversal;
    private final int version;
    /** The sheet line of each money line, while the sheet is being recorded. */
    private List<Integer> lines = List.of();

    Meeting(
            Long id,
            long clubId,
            LocalDate heldOn,
            String place,
            String topics,
            String decisions,
            String sheetKey,
            String recordedBy,
            Instant recordedAt,
            List<Attendee> attendance,
            List<Money> money,
            Reversal reversal,
            int version) {
        this.id = id;
        this.clubId = clubId;
        this.heldOn = heldOn;
        this.place = place;
        this.topics = topics;
        this.decisions = decisions;
        this.sheetKey = sheetKey;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.attendance = new ArrayList<>(attendance);
        this.money = new ArrayList<>(money);
        this.reversal = reversal;
        this.version = version;
    }

    /**
     * A meeting as its sheet records it, every rule checked: a key, a day not in the future nor before the
     * club was founded, on which the club was active and had no other meeting; each line a member of the club
     * on that day, once, with an attendance; amounts whole đồng, not negative; a repayment only of a loan of
     * that member running that day. The club's members left off the sheet are recorded absent. Nothing is
     * posted yet: the service posts {@link #moneyToPost()} and hands back the postings ({@link #posted}).
     */
    public static Meeting hold(HoldMeeting c, Context ctx, String by, Instant at) {
        String key = c.key() == null ? "" : c.key().strip();
        if (!KEY.matcher(key).matches()) throw new MeetingRefused("key", "meeting.error.key");
        if (c.heldOn() == null) throw new MeetingRefused("heldOn", "validation.required");
        if (c.heldOn().isAfter(ctx.today())) throw new MeetingRefused("heldOn", "meeting.error.future");
        if (ctx.foundedOn() != null && c.heldOn().isBefore(ctx.foundedOn()))
            throw new MeetingRefused(
                    "heldOn",
                    "meeting.error.beforeFounding",
                    ctx.foundedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        if (!ctx.activeOnTheDay()) throw new MeetingRefused("heldOn", "meeting.error.clubNotActive");
        if (ctx.dayTaken()) throw new MeetingRefused("heldOn", "meeting.error.oneADay");
        String place = text(c.place(), PLACE_MAX, "place");
        String topics = text(c.topics(), TEXT_MAX, "topics");
        String decisions = text(c.decisions(), TEXT_MAX, "decisions");

        Map<Long, Attendance> marked = new LinkedHashMap<>();
        List<Money> money = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            SheetLine line = c.lines().get(i);
            long person = line.personId();
            String name = ctx.members().get(person);
            if (name == null) throw new SheetLineRefused(i, person, null, "personId", "meeting.error.notAMember");
            if (marked.containsKey(person))
                throw new SheetLineRefused(i, person, name, "personId", "meeting.error.twice");
            if (line.attendance() == null)
                throw new SheetLineRefused(i, person, name, "attendance", "meeting.error.attendance");
            marked.put(person, line.attendance());
            if (taken(line.fee(), i, person, name, "fee")) {
                money.add(new Money(person, MoneyKind.FEE, null, line.fee(), 0));
                lines.add(i);
            }
            if (taken(line.contribution(), i, person, name, "contribution")) {
                money.add(new Money(person, MoneyKind.CONTRIBUTION, null, line.contribution(), 0));
                lines.add(i);
            }
            Set<Long> loansOnLine = new HashSet<>();
            for (int j = 0; j < line.repayments().size(); j++) {
                Payment p = line.repayments().get(j);
                String field = "repayments[" + j + "].amount";
                if (p == null) throw new SheetLineRefused(i, person, name, field, "validation.required");
                Long borrower = ctx.loans().get(p.loanId());
                if (borrower == null || borrower != person)
                    throw new SheetLineRefused(
                            i, person, name, "repayments[" + j + "].loanId", "meeting.error.notTheirLoan");
                if (!loansOnLine.add(p.loanId()))
                    throw new SheetLineRefused(i, person, name, "repayments[" + j + "].loanId", "meeting.error.twice");
                if (taken(p.amount(), i, person, name, field)) {
                    money.add(new Money(person, MoneyKind.REPAYMENT, p.loanId(), p.amount(), 0));
                    lines.add(i);
                }
            }
        }
        List<Attendee> attendance = new ArrayList<>();
        for (Long person : ctx.members().keySet())
            attendance.add(new Attendee(person, marked.getOrDefault(person, Attendance.ABSENT)));
        Meeting m = new Meeting(
                null, c.clubId(), c.heldOn(), place, topics, decisions, key, by, at, attendance, money, null, 0);
        m.lines = List.copyOf(lines);
        return m;
    }

    /** Whether an amount was taken (null or zero: nothing); a negative amount is refused on its line. */
    private static boolean taken(Vnd amount, int line, long person, String name, String field) {
        if (amount == null || amount.dong() == 0) return false;
        if (amount.isNegative()) throw new SheetLineRefused(line, person, name, field, "meeting.error.negative");
        return true;
    }

    static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.codePointCount(0, v.length()) > max) throw new MeetingRefused(field, "validation.tooLong", max);
        return v;
    }

    /** The money lines to post into the funds, in sheet order, each with its sheet line. */
    public List<Taken> moneyToPost() {
        List<Taken> out = new ArrayList<>();
        for (int i = 0; i < money.size(); i++) out.add(new Taken(lines.isEmpty() ? -1 : lines.get(i), money.get(i)));
        return out;
    }

    /** Records the fund postings of {@link #moneyToPost()}, in the same order. */
    public void posted(List<Long> postings) {
        if (postings.size() != money.size()) throw new IllegalStateException("one posting per money line");
        for (int i = 0; i < money.size(); i++) money.set(i, money.get(i).posted(postings.get(i)));
    }

    /** Corrects the minutes; the day, attendance and money stay. */
    public void editMinutes(String place, String topics, String decisions) {
        requireStanding();
        this.place = text(place, PLACE_MAX, "place");
        this.topics = text(topics, TEXT_MAX, "topics");
        this.decisions = text(decisions, TEXT_MAX, "decisions");
    }

    /**
     * Reverses the meeting as one document: a reason is required, the day of the reversal is not before the
     * meeting nor in the future. The service reverses the postings ({@link #postings()}) in the same
     * transaction.
     */
    public void reverse(LocalDate on, String reason, String by, Instant at, LocalDate today) {
        requireStanding();
        String why = text(reason, REASON_MAX, "reason");
        if (why == null) throw new MeetingRefused("reason", "meeting.error.reason");
        if (on.isBefore(heldOn) || on.isAfter(today)) throw new MeetingRefused("reason", "meeting.error.future");
        this.reversal = new Reversal(on, why, by, at);
    }

    private void requireStanding() {
        if (reversal != null) throw new MeetingRefused(null, "meeting.error.reversed");
    }

    /** The fund postings of the sheet, in sheet order. */
    public List<Long> postings() {
        return money.stream().map(Money::posting).filter(p -> p != 0).distinct().toList();
    }

    public Vnd total(MoneyKind kind) {
        return Vnd.of(money.stream()
                .filter(m -> m.kind() == kind)
                .mapToLong(m -> m.amount().dong())
                .sum());
    }

    public long count(Attendance a) {
        return attendance.stream().filter(x -> x.attendance() == a).count();
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String place() {
        return place;
    }

    public String topics() {
        return topics;
    }

    public String decisions() {
        return decisions;
    }

    public String sheetKey() {
        return sheetKey;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public List<Attendee> attendance() {
        return List.copyOf(attendance);
    }

    public List<Money> money() {
        return List.copyOf(money);
    }

    public Reversal reversal() {
        return reversal;
    }

    public boolean standing() {
        return reversal == null;
    }

    public int version() {
        return version;
    }

    Meeting withId(long newId) {
        Meeting m = new Meeting(
                newId,
                clubId,
                heldOn,
                place,
                topics,
                decisions,
                sheetKey,
                recordedBy,
                recordedAt,
                attendance,
                money,
                reversal,
                version);
        m.lines = lines;
        return m;
    }
}
