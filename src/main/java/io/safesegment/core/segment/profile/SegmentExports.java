package io.safesegment.core.segment.profile;

import io.safesegment.core.segment.SegmentNames;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes assignments and profiles as CSV files, atomically. */
public final class SegmentExports {

    private SegmentExports() {
    }

    /** {@code customer_id,segment,segment_name}, one row per customer. */
    public static void writeAssignments(Path file, List<String> customerIds, int[] labels, List<String> names)
            throws IOException {
        AtomicFiles.write(file, false, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write("customer_id,segment,segment_name\n");
            // The text after the id depends only on the label: built once per label, not once per row (decision 0020).
            Map<Integer, String> tails = new HashMap<>();
            for (int i = 0; i < labels.length; i++) {
                int l = labels[i];
                String tail = tails.computeIfAbsent(l, label -> "," + label + "," + csv(label < 0
                        ? SegmentNames.noise().english() : label < names.size() ? names.get(label)
                        : SegmentNames.defaultName(label).english()) + "\n");
                w.write(csv(customerIds.get(i)));
                w.write(tail);
            }
            w.flush();
        });
    }

    /** {@code segment,name,description,size,share,feature,mean,median,overall_mean,overall_median,z}: one row per
     * segment and feature. */
    public static void writeProfiles(Path file, List<SegmentProfile> profiles) throws IOException {
        AtomicFiles.write(file, false, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("segment,name,description,size,share,feature,mean,median,overall_mean,overall_median,z\n");
            for (SegmentProfile p : profiles) {
                for (SegmentProfile.FeatureStat s : p.features()) {
                    w.write(String.join(",", String.valueOf(p.segment()), csv(p.name()), csv(p.description()),
                            String.valueOf(p.size()), num(p.share()), csv(s.feature()), num(s.mean()),
                            num(s.median()), num(s.overallMean()), num(s.overallMedian()), num(s.z())) + "\n");
                }
            }
            w.flush();
        });
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** RFC 4180 quoting when needed. */
    static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
