package io.safesegment.core.recommend.data;

import io.safesegment.core.task.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads explicit ratings: {@code user, item, rating[, timestamp]} per line. The delimiter is detected from the
 * first line ({@code ::} as in MovieLens, tab, or comma) and a header row is recognised by a non-numeric rating.
 */
public final class RatingsLoader {
    private RatingsLoader() {
    }

    /** The detected field separator of {@code line}. */
    static String detectDelimiter(String line) {
        if (line.contains("::")) {
            return "::";
        }
        if (line.indexOf('\t') >= 0) {
            return "\t";
        }
        if (line.indexOf(',') >= 0) {
            return ",";
        }
        if (line.indexOf(';') >= 0) {
            return ";";
        }
        return " ";
    }

    /** Loads {@code file}; re-ratings of the same (user, item) keep the latest. */
    public static InteractionMatrix load(Path file, Progress progress) {
        InteractionBuilder builder = new InteractionBuilder();
        try (BufferedReader in = Csv.open(file)) {
            String line;
            long lineNo = 0;
            Pattern split = null;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (split == null) {
                    split = Pattern.compile(Pattern.quote(detectDelimiter(line)));
                    String[] f = split.split(line.trim(), -1);
                    if (f.length >= 3 && !isNumber(f[2].trim())) {
                        continue; // header row
                    }
                }
                String[] f = split.split(line.trim(), -1);
                if (f.length < 3) {
                    throw new RecommendDataException(file + " line " + lineNo + ": expected user, item, rating"
                            + "[, timestamp], found " + f.length + " field(s). Fix or remove that line.");
                }
                float rating;
                try {
                    rating = Float.parseFloat(f[2].trim());
                } catch (NumberFormatException e) {
                    throw new RecommendDataException(file + " line " + lineNo + " column 3: the rating is not a "
                            + "number. Fix or remove that line.", e);
                }
                if (!Float.isFinite(rating)) {
                    // NaN or ±Infinity (also a value beyond float range) would poison every model and metric:
                    // MF trains on NaN and RMSE silently comes out as 0.0.
                    throw new RecommendDataException(file + " line " + lineNo + " column 3: the rating is not a "
                            + "finite number (NaN, Infinity or beyond ±3.4e38). Fix or remove that line.");
                }
                if (f[0].isBlank() || f[1].isBlank()) {
                    throw new RecommendDataException(file + " line " + lineNo + " column " + (f[0].isBlank() ? 1 : 2)
                            + ": the " + (f[0].isBlank() ? "user" : "item") + " id is empty. Fix or remove that line.");
                }
                long time = Long.MIN_VALUE;
                if (f.length >= 4 && !f[3].isBlank()) {
                    try {
                        time = Timestamps.parse(f[3].trim());
                    } catch (IllegalArgumentException e) {
                        throw new RecommendDataException(file + " line " + lineNo + " column 4: expected epoch "
                                + "seconds or an ISO date-time. Fix that line or drop the column.", e);
                    }
                }
                builder.add(f[0].trim(), f[1].trim(), rating, time);
                if ((lineNo & 0xffff) == 0) {
                    progress.checkCancelled();
                    progress.update(-1, "Reading ratings (" + lineNo + " lines)");
                }
            }
        } catch (IOException e) {
            throw new RecommendDataException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        InteractionMatrix m = builder.build(InteractionBuilder.Merge.LATEST, null, true);
        if (m.nnz() == 0) {
            throw new RecommendDataException(file + " has no ratings (the file is empty or has only a header); "
                    + "expected lines of user, item, rating[, timestamp]");
        }
        progress.update(1, "Loaded " + m.nnz() + " ratings");
        return m;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
