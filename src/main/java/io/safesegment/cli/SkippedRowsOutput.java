package io.safesegment.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.recommend.data.SkippedRows;
import java.io.PrintWriter;

/**
 * Adds what a recommendation run left out of its transactions to the text and JSON output of {@code recommend} and
 * {@code recommend evaluate}, next to (never instead of) the fields they always had.
 */
final class SkippedRowsOutput {
    private SkippedRowsOutput() {
    }

    /** {@code value} as a JSON object with the skipped-row fields appended. */
    static ObjectNode withSkipped(Object value, SkippedRows skipped) {
        ObjectNode node = Json.mapper().valueToTree(value);
        node.put("skippedRowsWithoutCustomer", skipped.withoutCustomer());
        node.put("skippedReturnLines", skipped.returnLines());
        node.put("nettedReturnLines", skipped.nettedReturnLines());
        node.put("fullyReturnedPairs", skipped.fullyReturnedPairs());
        return node;
    }

    /** One line of counts (always printed, also when 0, so that a clean file is visibly clean). */
    static void print(PrintWriter out, SkippedRows skipped) {
        out.printf("Skipped: %,d rows without customer id, %,d return lines; netted %,d return lines "
                        + "(%,d fully returned customer x product pairs dropped)%n", skipped.withoutCustomer(),
                skipped.returnLines(), skipped.nettedReturnLines(), skipped.fullyReturnedPairs());
    }
}
