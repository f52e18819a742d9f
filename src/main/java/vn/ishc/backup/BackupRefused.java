package vn.ishc.backup;

import vn.ishc.shared.Refused;

/** A restore refused before anything changed: the database is not empty, or the archive is not one it can take. */
public class BackupRefused extends Refused {
    public BackupRefused(String messageKey, Object... args) {
        super("archive", messageKey, args);
    }
}
