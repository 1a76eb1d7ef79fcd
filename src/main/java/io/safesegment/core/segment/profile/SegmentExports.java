package io.safesegment.core.segment.profile;

import io.safesegment.core.segment.SegmentNames;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes assignments and profiles as CSV files, atomically. */
public final class SegmentExports {

    private SegmentExports() {
    }

    /** {@code customer_id,segment,segment_name}, one row per customer. */
    public static void writeAssignments(Path file, List<String> customerIds, int[] labels, List<String> names)
            throws IOException {
        AtomicFiles.write(file, false, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("customer_id,segment,segment_name\n");
            for (int i = 0; i < labels.length; i++) {
                int l = labels[i];
                String name = l < 0 ? SegmentNames.noise().english() : l < names.size() ? names.get(l)
                        : SegmentNames.defaultName(l).english();
                w.write(csv(customerIds.get(i)) + "," + l + "," + csv(name) + "\n");
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
