package io.safesegment.core.backup;

import java.nio.file.Path;

/**
 * What a backup or a restore did.
 *
 * @param backup    the encrypted backup file
 * @param workspace the workspace folder backed up or restored
 * @param files     files in the backup (the database snapshot included)
 * @param bytes     their total size before compression and encryption
 * @param createdAt when the backup was made (ISO-8601), as recorded inside it
 */
public record BackupResult(Path backup, Path workspace, int files, long bytes, String createdAt) {
}
