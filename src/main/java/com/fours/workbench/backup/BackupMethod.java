package com.fours.workbench.backup;

/** How this workbench backs up the database it uses. */
public record BackupMethod(Kind kind, String database, String tool) {

    public enum Kind {
        /** The embedded H2 file, backed up online with H2's BACKUP TO. */
        H2_ONLINE,
        /** A PostgreSQL server, backed up with pg_dump found on this computer. */
        PG_DUMP,
        /** A PostgreSQL server without pg_dump here: the server's own backups are the way. */
        PG_SERVER,
        /** A database in memory (tests): nothing to back up. */
        NONE
    }

    public boolean canBackUp() {
        return kind == Kind.H2_ONLINE || kind == Kind.PG_DUMP;
    }

    public boolean canRestoreHere() {
        return kind == Kind.H2_ONLINE;
    }
}
