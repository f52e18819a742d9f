/**
 * A full backup of the database into one archive (every table's rows and a manifest with counts and
 * checksums) and its restore into an empty database (requirement R18), for administrators: from the screen
 * and from the command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package vn.ishc.backup;
