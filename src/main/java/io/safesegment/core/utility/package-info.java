/**
 * What an anonymisation costs the marketer: segmentation agreement (adjusted Rand index) and recommendation
 * quality (NDCG@10) of the same seeded runs on the original and on the anonymised customers (issue #16 item 6,
 * decision 0022). A slice of its own because it reads privacy, segment and recommend, none of which may depend on
 * the others.
 */
package io.safesegment.core.utility;
