/**
 * Encrypted backup of a whole workspace to one file and a restore that verifies everything before it replaces
 * anything (issue 17 item 7, decision 0026). Depends on {@code core.crypto} (password-based AES-256-GCM with an
 * Argon2id key, the {@code FileCipher} format), {@code core.governance} and {@code core.workspace}.
 */
package io.safesegment.core.backup;
