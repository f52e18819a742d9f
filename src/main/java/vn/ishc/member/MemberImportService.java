package vn.ishc.member;

import java.io.InputStream;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubStatus;
import vn.ishc.club.ClubView;
import vn.ishc.member.MemberImportLine.Problem;
import vn.ishc.member.MemberImportPreview.Status;
import vn.ishc.shared.CurrentUser;
import vn.ishc.shared.MonthLocks;
import vn.ishc.shared.SearchText;
import vn.ishc.shared.SpreadsheetReader;
import vn.ishc.shared.SpreadsheetRow;
import vn.ishc.shared.SpreadsheetTable;

/**
 * The Excel import of a club's member list (R18): an upload is stored as a pending import; its preview
 * checks every row (the registry's person rules, national IDs unique in the file and not yet on record,
 * possible duplicates and the club's composition as warnings); rows can be corrected or skipped; the
 * commit checks everything again and saves every row or none.
 */
@Service
class MemberImportService {
    private final MonthLocks monthLocks;
    /** The most data rows one upload may hold. */
    static final int MAX_ROWS = 20_000;

    private static final int CHUNK = 500;

    private final MemberRegistry registry;
    private final ClubDirectory clubs;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final java.time.Duration keepPending;

    private final CurrentUser user;

    private final org.springframework.context.ApplicationEventPublisher events;

    private final People people;
    private final Memberships memberships;

    MemberImportService(
            MonthLocks monthLocks,
            MemberRegistry registry,
            ClubDirectory clubs,
            People people,
            Memberships memberships,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            CurrentUser user,
            @Value("${ishc.import.keep-pending}") java.time.Duration keepPending,
            org.springframework.context.ApplicationEventPublisher events) {
        this.monthLocks = monthLocks;
        this.user = user;
        this.keepPending = keepPending;
        this.registry = registry;
        this.clubs = clubs;
        this.people = people;
        this.memberships = memberships;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.events = events;
    }

    /** The saved import: how many members joined, and the composition rules it moved out of band. */
    record Committed(long clubId, int members, List<Composition.Check> outOfBand) {}

    private record Header(
            long id, long clubId, String createdBy, LocalDateTime createdAt, String fileName, Status status) {}

    // ---- upload ----

    /**
     * Reads an uploaded workbook and stores it as a pending import of the club. The workbook is read
     * before anything is written; a refused workbook ({@link vn.ishc.shared.SpreadsheetRefused}) or one
     * without the required columns ({@link MemberImportRefused}) stores nothing.
     *
     * @return the import's id
     */
    long upload(long clubId, String fileName, InputStream xlsx) {
        String username = user.name();
        ClubView club = registry.changeableClub(clubId);
        if (club.status() == ClubStatus.DISSOLVED) throw new MemberImportRefused("import.error.clubDissolved");
        SpreadsheetTable table = SpreadsheetReader.read(xlsx, MAX_ROWS);
        List<MemberImportRow> rows = rows(table);
        return transaction.execute(t -> store(club.id(), fileName, username, rows));
    }

    /** The sheet's rows by template column; refuses a sheet without a required column. */
    static List<MemberImportRow> rows(SpreadsheetTable table) {
        Map<MemberImportColumn, Integer> positions = new EnumMap<>(MemberImportColumn.class);
        for (int i = 0; i < table.header().size(); i++) {
            int position = i;
            MemberImportColumn.ofHeader(table.header().get(i)).ifPresent(c -> positions.putIfAbsent(c, position));
        }
        List<String> missing = Arrays.stream(MemberImportColumn.values())
                .filter(c -> c.required() && !positions.containsKey(c))
                .map(MemberImportColumn::header)
                .toList();
        if (!missing.isEmpty())
            throw new MemberImportRefused("import.error.missingColumns", String.join(", ", missing));
        List<MemberImportRow> rows = new ArrayList<>(table.rows().size());
        for (SpreadsheetRow r : table.rows()) {
            Map<MemberImportColumn, Object> values = new EnumMap<>(MemberImportColumn.class);
            positions.forEach((column, position) -> values.put(column, r.value(position)));
            MemberImportRow row = MemberImportRow.fromSheet(r.number(), values);
            // Rows holding only cells of columns the template does not know are left out, like blank rows.
            if (row.cells().stream().anyMatch(s -> !s.isEmpty())) rows.add(row);
        }
        if (rows.isEmpty()) throw new MemberImportRefused(SpreadsheetReader.EMPTY);
        return rows;
    }

    private long store(long clubId, String fileName, String username, List<MemberImportRow> rows) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into member_import (club_id, created_by, created_at, file_name, status, row_data)"
                        + " values (:club, :by, :at, :file, 'PREVIEW', :rows)")
                .param("club", clubId)
                .param("by", username)
                .param("at", LocalDateTime.now(clock))
                .param("file", clip(fileName, 255))
                .param("rows", MemberImportRows.write(rows))
                .update(key, "id");
        return key.getKey().longValue();
    }

    // ---- preview and corrections ----

    /** The pending import with every row checked (404 unless the user may change the club). */
    @Transactional(readOnly = true)
    public MemberImportPreview preview(long importId) {
        Header header = header(importId);
        ClubView club = changeable(header);
        List<MemberImportRow> rows = header.status() == Status.PREVIEW ? storedRows(importId) : List.of();
        return preview(header, club, check(club, rows));
    }

    /** One stored row, for its form (404 when there is no such row). */
    @Transactional(readOnly = true)
    public MemberImportRow row(long importId, int rowNumber) {
        Header header = header(importId);
        changeable(header);
        if (header.status() != Status.PREVIEW) throw new MemberImportClosed(importId);
        return storedRows(importId).stream()
                .filter(r -> r.number() == rowNumber)
                .findFirst()
                .orElseThrow(() -> new MemberImportNotFound("row " + rowNumber + " of import " + importId));
    }

    /** Replaces a row's texts with the user's correction; the row keeps its Excel row number. */
    @Transactional
    public void correct(long importId, MemberImportRow row) {
        Header header = claim(importId);
        List<MemberImportRow> rows = new ArrayList<>(storedRows(importId));
        rows.set(position(rows, header, row.number()), row);
        storeRows(header, rows);
    }

    /** Leaves a row out of the import. */
    @Transactional
    public void skip(long importId, int rowNumber) {
        Header header = claim(importId);
        List<MemberImportRow> rows = new ArrayList<>(storedRows(importId));
        rows.remove(position(rows, header, rowNumber));
        storeRows(header, rows);
    }

    /** Drops the pending import and its rows (the personal data in them with it). */
    @Transactional
    public long discard(long importId) {
        Header header = claim(importId);
        close(header, Status.DISCARDED);
        return header.clubId();
    }

    /**
     * Discards pending imports nobody saved or cancelled within {@code ishc.import.keep-pending} (a week
     * by default), so the personal data in their rows does not linger. {@link MemberImportCleanup} runs it
     * every hour on one instance; running it twice does no harm.
     */
    @Transactional
    public int discardAbandoned() {
        LocalDateTime before = LocalDateTime.now(clock).minus(keepPending);
        List<Long> abandoned = jdbc.sql(
                        "select id from member_import where status = 'PREVIEW' and created_at < :before")
                .param("before", before)
                .query(Long.class)
                .list();
        int discarded = 0;
        for (Long id : abandoned) {
            // Only if still pending: someone may be saving it at this very moment.
            discarded += jdbc.sql("update member_import set status = 'DISCARDED', row_data = null,"
                            + " version = version + 1 where id = :id and status = 'PREVIEW'")
                    .param("id", id)
                    .update();
        }
        return discarded;
    }

    // ---- commit ----

    /**
     * Saves every row as a new person joining the club, or nothing: the rows are checked again (someone
     * may have recorded some of these people meanwhile) and a row in error refuses the whole import.
     * Marking the import saved first makes a second commit, from any instance, wait and then find it
     * closed.
     */
    @Transactional
    public Committed commit(long importId) {
        Header header = claim(importId);
        ClubView club = changeable(header);
        List<MemberImportLine> lines = check(club, storedRows(importId));
        if (lines.isEmpty()) throw new MemberImportRefused("import.error.nothingToSave");
        long wrong = lines.stream().filter(l -> !l.valid()).count();
        if (wrong > 0) throw new MemberImportRefused("import.error.rowsHaveErrors", wrong);
        // A row dated in a locked month refuses the whole import, naming the month: nothing is half-imported.
        for (MemberImportLine line : lines) monthLocks.ensureOpen(club.id(), line.joinedOn());
        LocalDate today = LocalDate.now(clock);
        Composition before = registry.compositionOf(club.id(), today);
        insert(club.id(), lines);
        close(header, Status.COMMITTED);
        events.publishEvent(new MemberEvents.MembersImported(importId, club.id(), club.unitId(), lines.size()));
        Composition after = registry.compositionOf(club.id(), today);
        return new Committed(club.id(), lines.size(), before.brokenBy(after));
    }

    /**
     * Inserts the people, as {@link Person#record} describes them, and their memberships, in two JDBC
     * batches with positional parameters: for thousands of rows several times faster than the
     * repositories' {@code saveAll}.
     */
    /**
     * The people and their memberships, through the member module's repositories (one write path), in
     * JDBC batches: a list of thousands would otherwise be a round trip a row.
     */
    private void insert(long clubId, List<MemberImportLine> lines) {
        List<Long> ids = people.insertAll(
                lines.stream().map(l -> Person.record(l.person())).toList());
        List<Membership> joined = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            joined.add(Membership.join(ids.get(i), clubId, lines.get(i).joinedOn(), null));
        }
        memberships.insertAll(joined);
    }

    // ---- checking rows ----

    /** Reads and checks every row; problems that involve other rows or the database are added here. */
    List<MemberImportLine> check(ClubView club, List<MemberImportRow> rows) {
        LocalDate today = LocalDate.now(clock);
        List<MemberImportLine> lines = new ArrayList<>(rows.size());
        for (MemberImportRow row : rows) {
            MemberImportLine line = row.parse(today);
            if (line.valid()) checkPerson(club, line);
            lines.add(line);
        }
        checkNationalIds(lines);
        checkDuplicates(club, lines);
        return lines;
    }

    private void checkPerson(ClubView club, MemberImportLine line) {
        try {
            registry.validate(line.person());
            registry.checkJoin(club, line.joinedOn());
        } catch (MemberRefused e) {
            line.errors().add(new Problem(column(e.field()), e.messageKey(), List.of(e.args())));
        }
    }

    /** A national ID appears once in the file, and belongs to no one on record yet. */
    private void checkNationalIds(List<MemberImportLine> lines) {
        Map<String, Integer> firstRow = new HashMap<>();
        List<MemberImportLine> withId = new ArrayList<>();
        for (MemberImportLine line : lines) {
            String id = line.person().nationalId();
            if (id == null || line.wrong(MemberImportColumn.NATIONAL_ID)) continue;
            Integer first = firstRow.putIfAbsent(id, line.number());
            if (first != null) {
                line.errors().add(Problem.of(MemberImportColumn.NATIONAL_ID, "import.error.nationalIdRepeated", first));
            } else {
                withId.add(line);
            }
        }
        Set<String> taken = new HashSet<>();
        for (List<String> chunk : chunks(firstRow.keySet())) {
            taken.addAll(jdbc.sql("select national_id from person where national_id in (:ids)")
                    .param("ids", chunk)
                    .query(String.class)
                    .list());
        }
        for (MemberImportLine line : withId) {
            if (taken.contains(line.person().nationalId())) {
                line.errors().add(Problem.of(MemberImportColumn.NATIONAL_ID, "member.error.nationalIdTaken"));
            }
        }
    }

    /**
     * Possible duplicates, as warnings: the same normalised name and birth year earlier in the file, or
     * on record in a club of the same ward (the registry decides; asked only for the few rows whose name
     * and year are on record at all, so large files stay fast).
     */
    private void checkDuplicates(ClubView club, List<MemberImportLine> lines) {
        Map<String, Integer> firstRow = new HashMap<>();
        Set<String> names = new HashSet<>();
        // The name key and birth year of each valid line, computed once (by identity: lines change).
        Map<MemberImportLine, String> nameAndYear = new IdentityHashMap<>();
        for (MemberImportLine line : lines) {
            if (!line.valid()) continue;
            String key = SearchText.key(line.person().fullName());
            nameAndYear.put(line, key + "|" + line.person().effectiveBirthYear());
            Integer first = firstRow.putIfAbsent(nameAndYear.get(line), line.number());
            if (first != null) line.warnings().add(Problem.of(null, "import.warning.sameInFile", first));
            names.add(key);
        }
        Set<String> onRecord = new HashSet<>();
        for (List<String> chunk : chunks(names)) {
            jdbc.sql("select name_key, birth_year from person where merged_into_id is null and name_key in (:keys)")
                    .param("keys", chunk)
                    .query((ResultSet rs) -> {
                        onRecord.add(rs.getString("name_key") + "|" + rs.getInt("birth_year"));
                    });
        }
        for (MemberImportLine line : lines) {
            if (!line.valid() || !onRecord.contains(nameAndYear.get(line))) continue;
            try {
                for (PossibleDuplicates.Candidate c : registry.duplicatesOf(line.person(), club.id(), null)) {
                    line.warnings()
                            .add(
                                    c.clubName() == null
                                            ? Problem.of(
                                                    null,
                                                    "import.warning.possibleDuplicateElsewhere",
                                                    c.fullName(),
                                                    String.valueOf(c.birthYear()))
                                            : Problem.of(
                                                    null,
                                                    "import.warning.possibleDuplicate",
                                                    c.fullName(),
                                                    String.valueOf(c.birthYear()),
                                                    c.clubName()));
                }
            } catch (MemberRefused e) {
                line.errors().add(new Problem(column(e.field()), e.messageKey(), List.of(e.args())));
            }
        }
    }

    private MemberImportPreview preview(Header header, ClubView club, List<MemberImportLine> lines) {
        LocalDate today = LocalDate.now(clock);
        Composition now = registry.compositionOf(club.id(), today);
        AgeRule age = registry.standard().ageRule();
        int members = 0;
        int women = 0;
        int older = 0;
        int disadvantaged = 0;
        for (MemberImportLine line : lines) {
            if (!line.valid() || line.joinedOn().isAfter(today)) continue;
            PersonDetails d = line.person();
            members++;
            if (d.sex() == Sex.FEMALE) women++;
            if (age.isOlder(d.birthDate(), d.effectiveBirthYear(), today)) older++;
            if (MemberRegistry.disadvantaged(d)) disadvantaged++;
        }
        Composition after = Composition.of(
                now.members() + members,
                now.women() + women,
                now.older() + older,
                now.disadvantaged() + disadvantaged,
                registry.standard());
        return new MemberImportPreview(
                header.id(),
                club.id(),
                club.name(),
                header.fileName(),
                header.createdBy(),
                header.createdAt(),
                header.status(),
                lines,
                now,
                after,
                now.brokenBy(after));
    }

    // ---- storage ----

    private Header header(long importId) {
        return jdbc.sql(
                        "select id, club_id, created_by, created_at, file_name, status from member_import where id = :id")
                .param("id", importId)
                .query((rs, n) -> new Header(
                        rs.getLong("id"),
                        rs.getLong("club_id"),
                        rs.getString("created_by"),
                        rs.getObject("created_at", LocalDateTime.class),
                        rs.getString("file_name"),
                        Status.valueOf(rs.getString("status"))))
                .optional()
                .orElseThrow(() -> new MemberImportNotFound("import " + importId));
    }

    /** The import's club, when the user may change it; 404 otherwise (an import is the board's business). */
    private ClubView changeable(Header header) {
        ClubView club = clubs.get(header.clubId());
        if (!clubs.mayChange(club)) throw new MemberImportNotFound("import " + header.id());
        return club;
    }

    /**
     * Checks access and takes the pending import for a change: the version bump locks its row until the
     * transaction ends, so corrections and the commit, from any instance, happen one after the other.
     */
    private Header claim(long importId) {
        Header header = header(importId);
        changeable(header);
        int claimed = jdbc.sql("update member_import set version = version + 1 where id = :id and status = 'PREVIEW'")
                .param("id", importId)
                .update();
        if (claimed == 0) throw new MemberImportClosed(importId);
        return header;
    }

    /** Closes the import and drops its rows (the personal data in them with it). */
    private void close(Header header, Status status) {
        jdbc.sql("update member_import set status = :status, row_data = null where id = :id")
                .param("status", status.name())
                .param("id", header.id())
                .update();
    }

    private List<MemberImportRow> storedRows(long importId) {
        return jdbc.sql("select row_data from member_import where id = :id")
                .param("id", importId)
                .query((rs, n) -> MemberImportRows.read(rs.getBytes("row_data")))
                .optional()
                .orElse(List.of());
    }

    private void storeRows(Header header, List<MemberImportRow> rows) {
        jdbc.sql("update member_import set row_data = :rows where id = :id")
                .param("rows", MemberImportRows.write(rows))
                .param("id", header.id())
                .update();
    }

    /** Where the row of this Excel row number is in the stored rows (404 when there is no such row). */
    private static int position(List<MemberImportRow> rows, Header header, int rowNumber) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).number() == rowNumber) return i;
        }
        throw new MemberImportNotFound("row " + rowNumber + " of import " + header.id());
    }

    private static MemberImportColumn column(String field) {
        if (field == null) return null;
        return switch (field) {
            case "fullName" -> MemberImportColumn.FULL_NAME;
            case "sex" -> MemberImportColumn.SEX;
            case "birthDate", "birthYear" -> MemberImportColumn.BIRTH;
            case "ethnicity" -> MemberImportColumn.ETHNICITY;
            case "householdStatus" -> MemberImportColumn.HOUSEHOLD;
            case "householdStatusYear" -> MemberImportColumn.HOUSEHOLD_YEAR;
            case "otherHardship" -> MemberImportColumn.OTHER_HARDSHIP;
            case "nationalId" -> MemberImportColumn.NATIONAL_ID;
            case "phone" -> MemberImportColumn.PHONE;
            case "residentialGroup" -> MemberImportColumn.RESIDENTIAL_GROUP;
            case "joinedOn" -> MemberImportColumn.JOINED_ON;
            default -> null;
        };
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        return chunks;
    }

    private static String clip(String text, int max) {
        if (text == null) return null;
        return text.length() > max ? text.substring(0, max) : text;
    }
}
