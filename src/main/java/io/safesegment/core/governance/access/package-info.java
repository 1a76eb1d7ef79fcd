/**
 * Workspace accounts, roles and permissions (issue 17 item 1) and alerts (item 3): {@link
 * io.safesegment.core.governance.access.AccessService} manages local accounts (Argon2id hashes, optional RFC 6238
 * TOTP, lock-out), {@link io.safesegment.core.governance.access.AccessPolicy} is the one-line guard the other core
 * services call at their entry points, {@link io.safesegment.core.governance.access.Alerts} raises the configured
 * alerts. A workspace without accounts is <em>ungoverned</em> and behaves as before (record 0025). Depends only on
 * {@code core.governance}, {@code core.workspace}, {@code core.i18n}, the JDK and BouncyCastle's Argon2, so every
 * service can call it without a package cycle.
 */
package io.safesegment.core.governance.access;
