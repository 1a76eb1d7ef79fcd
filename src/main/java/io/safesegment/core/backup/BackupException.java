package io.safesegment.core.backup;

/**
 * A backup could not be made or restored; the message names the file and what failed (a listed file whose digest
 * differs, a missing database, an entry name pointing outside the workspace). A restore that throws has changed
 * nothing.
 */
public class BackupException extends RuntimeException {
    /** With a message a user can act on. */
    public BackupException(String message) {
        super(message);
    }

    /** With a message a user can act on and its cause. */
    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
