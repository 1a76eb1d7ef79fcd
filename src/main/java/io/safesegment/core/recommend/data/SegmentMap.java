package io.safesegment.core.recommend.data;

import io.safesegment.core.data.io.CsvRecordReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Customer → segment labels (an RFM or cluster assignment, or a ground-truth column for demos).
 *
 * @param segments segment by customer id
 */
public record SegmentMap(Map<String, String> segments) {
    public SegmentMap {
        segments = Map.copyOf(segments);
    }

    /** The segment of {@code customer}, or null. */
    public String segment(String customer) {
        return segments.get(customer);
    }

    /**
     * Reads {@code customer_id,SEGMENT_COLUMN} from a CSV with a header.
     *
     * @param column segment column name, or null for the second column
     */
    public static SegmentMap load(Path file, String column) {
        Map<String, String> map = new HashMap<>();
        try (BufferedReader in = Csv.open(file)) {
            CsvRecordReader r = Csv.reader(in, file);
            if (!r.next()) {
                throw new RecommendDataException(file + " is empty. Use a CSV with customer_id and a segment column.");
            }
            int cId = Csv.column(r, file, "customer_id", true);
            int cSeg = column == null ? (cId == 0 ? 1 : 0) : Csv.column(r, file, column.toLowerCase(java.util.Locale.ROOT), true);
            while (r.next()) {
                if (r.isBlankLine()) {
                    continue;
                }
                if (r.fieldCount() <= Math.max(cId, cSeg)) {
                    throw new RecommendDataException(file + " line " + r.recordLine() + ": missing the segment "
                            + "field. Fix or remove that row.");
                }
                map.put(r.field(cId), r.field(cSeg));
            }
        } catch (IOException e) {
            throw new RecommendDataException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return new SegmentMap(map);
    }
}
