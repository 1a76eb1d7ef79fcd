package io.safesegment.core.data.join;

import tech.tablesaw.api.Table;

/** The joined table and its match report. */
public record JoinResult(Table table, JoinReport report) {
}
