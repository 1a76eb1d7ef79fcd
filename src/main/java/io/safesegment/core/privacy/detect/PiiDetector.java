package io.safesegment.core.privacy.detect;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Finds personal data in a table, column by column, from the column name and from a deterministic sample of values.
 *
 * <p>Confidence combines two independent pieces of evidence as {@code 1 - (1 - header)(1 - values)}: a matching
 * column name counts {@value #HEADER_WEIGHT}, and the share of sampled values a recogniser accepts counts in
 * proportion to how specific that recogniser is (a valid checksum says more than "a number between 0 and 120").
 */
public final class PiiDetector {
    /** Weight of a column-name hint on its own. */
    public static final double HEADER_WEIGHT = 0.6;
    /** Entities below this confidence are not reported. */
    public static final double REPORT_THRESHOLD = 0.3;
    /** A column gets the entity's role when the top entity reaches this confidence. */
    public static final double ROLE_THRESHOLD = 0.5;

    private final List<ValueRecognizer> recognizers;
    private final int sampleSize;

    /** A detector with all built-in recognisers examining up to {@code sampleSize} values per column. */
    public PiiDetector(int sampleSize) {
        this(Recognizers.all(), sampleSize);
    }

    /** A detector with the given recognisers. */
    public PiiDetector(List<ValueRecognizer> recognizers, int sampleSize) {
        if (sampleSize < 1) {
            throw new LocalizedArgumentException(Message.of("detect.piiDetector.samplesizeMustBeAt", sampleSize));
        }
        this.recognizers = List.copyOf(recognizers);
        this.sampleSize = sampleSize;
    }

    /** The default detector: 1,000 sampled values per column. */
    public static PiiDetector standard() {
        return new PiiDetector(1000);
    }

    /** Scans every column of {@code table}. */
    public DetectionReport scan(Table table, Progress progress) {
        List<ColumnDetection> columns = new ArrayList<>();
        int n = table.columnCount();
        for (int i = 0; i < n; i++) {
            progress.checkCancelled();
            Column<?> column = table.column(i);
            progress.report((double) i / n, Message.of("progress.detect.column", column.name()));
            columns.add(detect(column.name(), sample(column)));
        }
        progress.report(1, Message.of("progress.detect.done"));
        return new DetectionReport(table.name(), table.rowCount(), columns);
    }

    /** Detects entities in one column given its name and (sampled) values; nulls and blanks are ignored. */
    public ColumnDetection detect(String columnName, List<String> values) {
        List<String> nonEmpty = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                nonEmpty.add(v.strip());
            }
        }
        Map<EntityType, Double> shares = new EnumMap<>(EntityType.class);
        for (ValueRecognizer r : recognizers) {
            if (nonEmpty.isEmpty()) {
                break;
            }
            int hits = 0;
            for (String v : nonEmpty) {
                if (r.matches(v)) {
                    hits++;
                }
            }
            double share = (double) hits / nonEmpty.size();
            shares.merge(r.entity(), share, Math::max);
        }
        EntityType hinted = ColumnNameHints.entityFor(columnName).orElse(null);
        List<EntityMatch> matches = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            double share = shares.getOrDefault(type, 0.0);
            double valueEvidence = share * specificity(type);
            boolean header = type == hinted;
            // A column name alone is trusted less when the values clearly contradict it.
            double headerEvidence = header ? (nonEmpty.isEmpty() || share > 0 || !hasRecognizer(type)
                    ? HEADER_WEIGHT : HEADER_WEIGHT * 0.6) : 0;
            double confidence = 1 - (1 - headerEvidence) * (1 - valueEvidence);
            if (confidence >= REPORT_THRESHOLD) {
                matches.add(new EntityMatch(type, round(confidence), round(share), header));
            }
        }
        matches.sort(Comparator.comparingDouble(EntityMatch::confidence).reversed());
        ColumnRole role = matches.isEmpty() || matches.get(0).confidence() < ROLE_THRESHOLD
                ? ColumnRole.OTHER : matches.get(0).entity().suggestedRole();
        return new ColumnDetection(columnName, matches, role, nonEmpty.size());
    }

    private double specificity(EntityType type) {
        double best = 0;
        for (ValueRecognizer r : recognizers) {
            if (r.entity() == type) {
                best = Math.max(best, r.specificity());
            }
        }
        return best;
    }

    private boolean hasRecognizer(EntityType type) {
        return recognizers.stream().anyMatch(r -> r.entity() == type);
    }

    /** Takes up to {@code sampleSize} values spread evenly over the column, so results are deterministic. */
    private List<String> sample(Column<?> column) {
        int rows = column.size();
        List<String> values = new ArrayList<>(Math.min(rows, sampleSize));
        if (rows == 0) {
            return values;
        }
        double stride = Math.max(1.0, (double) rows / sampleSize);
        for (double pos = 0; pos < rows && values.size() < sampleSize; pos += stride) {
            int row = (int) pos;
            values.add(column.isMissing(row) ? null : column.getString(row));
        }
        return values;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
