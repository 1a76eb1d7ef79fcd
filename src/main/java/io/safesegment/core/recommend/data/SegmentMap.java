package io.safesegment.core.recommend.data;

import io.safesegment.core.data.CustomerIds;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.io.CsvRecordReader;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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

    /** Reads a segment map with suggested roles (see {@link #load(Path, String, RoleMapping)}). */
    public static SegmentMap load(Path file, String column) {
        return load(file, column, RoleMapping.empty());
    }

    /**
     * Reads customer id → segment from a CSV with a header. Rows without a customer id are skipped.
     *
     * @param column    segment column name (case-insensitive), or null for the column with the segment role, else the
     *                  first column that is not the customer id
     * @param overrides the user's role mapping (customer_id, segment)
     */
    public static SegmentMap load(Path file, String column, RoleMapping overrides) {
        Map<String, String> map = new HashMap<>();
        try (BufferedReader in = Csv.open(file)) {
            CsvRecordReader r = Csv.reader(in, file);
            if (!r.next()) {
                throw new RecommendDataException(Message.of("data.segmentMap.isEmptyUseA", file));
            }
            List<String> header = Csv.header(r);
            RoleMapping roles = RoleSuggester.resolve(header, overrides);
            int cId = Csv.column(header, roles, SemanticRole.CUSTOMER_ID, file, "The segments file", true);
            int cSeg = column != null ? Csv.column(r, file, column.toLowerCase(java.util.Locale.ROOT), true)
                    : roles.has(SemanticRole.SEGMENT)
                    ? Csv.column(header, roles, SemanticRole.SEGMENT, file, "The segments file", true)
                    : (cId == 0 ? 1 : 0);
            while (r.next()) {
                if (r.isBlankLine()) {
                    continue;
                }
                if (r.fieldCount() <= Math.max(cId, cSeg)) {
                    throw new RecommendDataException(Message.of("data.segmentMap.line", file, r.recordLine()));
                }
                String customer = CustomerIds.orNull(r.field(cId));
                if (customer != null) {
                    map.put(customer, r.field(cSeg));
                }
            }
        } catch (IOException e) {
            throw new RecommendDataException(Message.of("data.segmentMap.cannotRead", file, LocalizedMessage.of(e)), e);
        }
        return new SegmentMap(map);
    }
}
