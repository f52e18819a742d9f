package vn.ishc.backup;

import java.util.List;
import java.util.Map;

/**
 * The archive's {@code manifest.json}: what it holds and how to check it before anything is restored.
 *
 * @param format the archive format's version (1)
 * @param schemaVersion the latest migration Flyway had applied to the database backed up
 * @param takenAt when the backup was taken (the application clock, ISO-8601 with offset)
 * @param database the database product it came from (PostgreSQL or H2)
 * @param tables every table, in foreign-key order, with its file, row count, SHA-256 and columns
 * @param sequences the next value of each standalone sequence
 */
public record Manifest(
        int format,
        String schemaVersion,
        String takenAt,
        String database,
        List<TableEntry> tables,
        Map<String, Long> sequences) {

    public static final int FORMAT = 1;

    /** One table's file: {@code tables/<name>.jsonl}, a JSON array per row, one row per line. */
    public record TableEntry(String name, String file, long rows, String sha256, List<ColumnEntry> columns) {}

    public record ColumnEntry(String name, String kind) {}

    public long rows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }
}
