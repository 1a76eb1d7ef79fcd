/**
 * Retention periods per workspace dataset and the reminder when one is exceeded (issue 17 item 7, decision 0026).
 */
package io.safesegment.core.governance.retention;
