/**
 * Release reports (HTML and PDF) per governed export, the signed manifest that covers them, and the privacy impact
 * assessment template pre-filled from a workspace (issue 17 item 5, decision 0026).
 */
package io.safesegment.core.release;
