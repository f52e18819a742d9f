package vn.ishc.backup;

import java.util.List;
import vn.ishc.shared.AuditRecord;
import vn.ishc.shared.Audited;
import vn.ishc.shared.FieldChange;

/** Backups taken and restored, audited under record type {@code backup} (no unit or club: administrators' entries). */
public final class BackupEvents {
    private BackupEvents() {}

    /** The audit action of a backup written; the home page and the backup screen look for the newest. */
    static final String TAKEN = "BackupTaken";

    /** A full backup was written (to a download or a file). */
    public record BackupTaken(String takenAt, String schemaVersion, int tables, long rows, String where)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "backup",
                            takenAt,
                            TAKEN,
                            null,
                            null,
                            List.of(
                                    new FieldChange("schemaVersion", null, schemaVersion),
                                    new FieldChange("tables", null, String.valueOf(tables)),
                                    new FieldChange("rows", null, String.valueOf(rows))))
                    .because(where);
        }
    }

    /** A backup was restored into the empty database: whose backup (when taken), how much. */
    public record BackupRestored(String takenAt, String schemaVersion, int tables, long rows, String where)
            implements Audited {
        @Override
        public AuditRecord audit() {
            return AuditRecord.of(
                            "backup",
                            takenAt,
                            "BackupRestored",
                            null,
                            null,
                            List.of(
                                    new FieldChange("schemaVersion", null, schemaVersion),
                                    new FieldChange("tables", null, String.valueOf(tables)),
                                    new FieldChange("rows", null, String.valueOf(rows))))
                    .because(where);
        }
    }
}
