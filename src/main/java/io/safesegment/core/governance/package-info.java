/**
 * Governance: the tamper-evident audit trail ({@link io.safesegment.core.governance.AuditService}). Users, roles,
 * approvals and subject requests come in later slices of issue 17. Depends only on {@code core.workspace} and the
 * JDK's cryptography, so every other core service can record into it without a package cycle.
 */
package io.safesegment.core.governance;
