/**
 * Approvals of policy revisions and the ledger of governed exports (issue 17 item 4, decision 0026). Depends only on
 * {@code core.governance} and {@code core.workspace}, so {@code core.privacy} can enforce approvals in its export
 * path without a package cycle.
 */
package io.safesegment.core.governance.approval;
