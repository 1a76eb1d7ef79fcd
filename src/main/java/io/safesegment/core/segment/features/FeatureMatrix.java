package io.safesegment.core.segment.features;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.cluster.Points;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A customer × feature matrix, column-major, with the customer ids of its rows.
 *
 * @param customerIds   id of each row (pseudonymised ids work the same)
 * @param featureNames  name of each column
 * @param raw           column-major values after imputation, before log and scaling (for profiles)
 * @param scaled        column-major values the algorithms see
 * @param categories    text attributes of the rows with few distinct values (gender, city, ...) for profiles and
 *                      rule-based grouping
 * @param attributes    numeric attributes of the rows (selected or not, NaN = missing) for rule-based grouping
 * @param referenceDate "today" used for recency, tenure and age
 * @param report        what was dropped, imputed or unmatched
 */
public record FeatureMatrix(List<String> customerIds, List<String> featureNames, double[][] raw, double[][] scaled,
                            Map<String, String[]> categories, Map<String, double[]> attributes,
                            LocalDate referenceDate, FeatureReport report) {

    /** Checks shapes. */
    public FeatureMatrix {
        customerIds = List.copyOf(customerIds);
        featureNames = List.copyOf(featureNames);
        categories = Map.copyOf(categories);
        attributes = Map.copyOf(attributes);
        if (raw.length != featureNames.size() || scaled.length != featureNames.size()) {
            throw new LocalizedArgumentException(Message.of("features.featureMatrix.featureMatrixColumnCount"));
        }
        for (double[] c : scaled) {
            if (c.length != customerIds.size()) {
                throw new LocalizedArgumentException(Message.of("features.featureMatrix.featureMatrixAColumn"));
            }
        }
    }

    /** Rows. */
    public int rows() {
        return customerIds.size();
    }

    /** Columns. */
    public int columns() {
        return featureNames.size();
    }

    /** The scaled matrix as row-major points for the clustering algorithms. */
    public Points points() {
        return Points.fromColumns(scaled);
    }

    /** Raw values of a feature by name. */
    public double[] rawColumn(String name) {
        int j = featureNames.indexOf(name);
        if (j < 0) {
            throw new FeatureException(Message.of("features.error.noFeature", name, String.valueOf(featureNames)));
        }
        return raw[j];
    }

    /**
     * SHA-256 over the feature names and the scaled values: two runs with the same fingerprint clustered exactly
     * the same numbers.
     */
    public String fingerprint() {
        MessageDigest md = sha256();
        featureNames.forEach(n -> md.update((n + "\n").getBytes(StandardCharsets.UTF_8)));
        int block = 8192;
        ByteBuffer buf = ByteBuffer.allocate(8 * block); // big-endian, as putDouble wrote it value by value before
        for (double[] col : scaled) {
            for (int from = 0; from < col.length; from += block) {
                int count = Math.min(block, col.length - from);
                buf.clear();
                buf.asDoubleBuffer().put(col, from, count);
                md.update(buf.array(), 0, 8 * count);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** SHA-256 over the row ids in order: runs with equal row fingerprints can be compared row by row. */
    public String rowFingerprint() {
        return rowFingerprint(customerIds);
    }

    /** SHA-256 over the given ids in order. */
    public static String rowFingerprint(List<String> ids) {
        MessageDigest md = sha256();
        // the same bytes as one update per id, in ~64 KB pieces (a million tiny updates and concatenations cost more)
        StringBuilder piece = new StringBuilder(1 << 16);
        for (String id : ids) {
            piece.append(id).append('\n');
            if (piece.length() >= 1 << 16) {
                md.update(piece.toString().getBytes(StandardCharsets.UTF_8));
                piece.setLength(0);
            }
        }
        md.update(piece.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new LocalizedStateException(Message.of("features.featureMatrix.sha256IsMissing"), e);
        }
    }
}
