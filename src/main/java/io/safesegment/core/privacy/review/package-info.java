/**
 * Headless helpers for reviewing a masking policy before export: the utility cost of masking, the choice of
 * quasi-identifiers for risk measurement, one combined review run, and the leak-checked masked export.
 */
package io.safesegment.core.privacy.review;
