package io.safesegment.core.recommend.data;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.CustomerIds;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.task.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads explicit ratings: {@code user, item, rating[, timestamp]} per line (or the columns of those roles when the
 * file has a header). The delimiter is detected from the
 * first line ({@code ::} as in MovieLens, tab, or comma) and a header row is recognised by a non-numeric rating.
 */
public final class RatingsLoader {
    private static final Pattern DOUBLE_COLON = Pattern.compile("::");

    private RatingsLoader() {
    }

    /** The detected field separator of {@code line}. */
    public static String detectDelimiter(String line) {
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

    /** Loads {@code file} with roles suggested from its header (or positional without one). */
    public static InteractionMatrix load(Path file, Progress progress) {
        return load(file, RoleMapping.empty(), progress);
    }

    /**
     * Loads {@code file}; re-ratings of the same (user, item) keep the latest. With a header row the customer id,
     * product id, rating and optional timestamp columns are found by role ({@code overrides} first, then suggested
     * from the names); without one they are the first three or four fields. Rows without a customer id are skipped;
     * ratings that are not finite numbers and files without any rating are refused.
     */
    public static InteractionMatrix load(Path file, RoleMapping overrides, Progress progress) {
        InteractionBuilder builder = new InteractionBuilder();
        long ratings = 0;
        try (BufferedReader in = Csv.open(file)) {
            String line;
            long lineNo = 0;
            Layout layout = null;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (layout == null) {
                    layout = Layout.of(line, overrides, file);
                    if (layout.header()) {
                        continue; // header row
                    }
                }
                Rating r = rating(line, layout, file, lineNo);
                if (r == null) {
                    continue; // a rating by nobody in particular
                }
                builder.add(r.user(), r.item(), r.rating(), r.time());
                ratings++;
                if ((lineNo & 0xffff) == 0) {
                    progress.checkCancelled();
                    progress.report(-1, Message.of("progress.recommend.ratings.reading", lineNo));
                }
            }
        } catch (IOException e) {
            throw new RecommendDataException(Message.of("data.ratingsLoader.cannotRead", file, LocalizedMessage.of(e)), e);
        }
        InteractionMatrix m = ratings == 0 ? null : builder.build(InteractionBuilder.Merge.LATEST, null, true);
        return finish(m, ratings, file, progress);
    }

    /**
     * The ratings of a file whose (user, item) pairs were merged elsewhere with {@link InteractionPairs} and
     * {@code LATEST} (the Spark engine, record 0037): the same matrix as {@link #load(Path, RoleMapping, Progress)}.
     *
     * @param ratings the rating lines read (0 refuses the file as the desktop does)
     */
    public static InteractionMatrix fromPairs(List<InteractionPairs.Pair> pairs, long ratings, Path file) {
        return finish(ratings == 0 ? null : InteractionPairs.matrix(pairs, List.of(), true), ratings, file,
                Progress.NONE);
    }

    private static InteractionMatrix finish(InteractionMatrix m, long ratings, Path file, Progress progress) {
        if (ratings == 0) {
            throw new RecommendDataException(Message.of("data.ratingsLoader.hasNoRatingsUse", file));
        }
        if (m.nnz() == 0) {
            throw new RecommendDataException(Message.of("data.ratingsLoader.hasNoRatingsThe", file));
        }
        progress.report(1, Message.of("progress.recommend.ratings", m.nnz()));
        return m;
    }

    /**
     * How the lines of a ratings file read, from its first non-blank line: the delimiter, whether that line is a
     * header, and the columns of user, item, rating and optional timestamp.
     */
    public record Layout(String delimiter, boolean header, int user, int item, int rating, int time)
            implements java.io.Serializable {
        /** The fields of a line. */
        String[] fields(String line) {
            // a one-character delimiter takes String.split's fast path; "::" a compiled pattern
            return delimiter.length() == 1 ? line.trim().split(delimiter, -1) : DOUBLE_COLON.split(line.trim(), -1);
        }

        /** The layout the first non-blank line gives; roles by {@code overrides}, else suggested from a header. */
        public static Layout of(String firstLine, RoleMapping overrides, Path file) {
            String delimiter = detectDelimiter(firstLine);
            String[] f = firstLine.trim().split(Pattern.quote(delimiter), -1);
            if (f.length >= 3 && !isNumber(f[2].trim())) {
                List<String> header = Arrays.stream(f).map(String::trim).toList();
                RoleMapping roles = RoleSuggester.resolve(header, overrides);
                boolean byRole = !overrides.asMap().isEmpty() || (roles.has(SemanticRole.CUSTOMER_ID)
                        && roles.has(SemanticRole.PRODUCT_ID) && roles.has(SemanticRole.RATING));
                if (byRole) {
                    String what = "The ratings file";
                    return new Layout(delimiter, true,
                            Csv.column(header, roles, SemanticRole.CUSTOMER_ID, file, what, true),
                            Csv.column(header, roles, SemanticRole.PRODUCT_ID, file, what, true),
                            Csv.column(header, roles, SemanticRole.RATING, file, what, true),
                            Csv.column(header, roles, SemanticRole.TIMESTAMP, file, what, false));
                }
                return new Layout(delimiter, true, 0, 1, 2, 3);
            }
            return new Layout(delimiter, false, 0, 1, 2, 3);
        }
    }

    /**
     * One rating.
     *
     * @param time epoch seconds, or {@code Long.MIN_VALUE}
     */
    public record Rating(String user, String item, float rating, long time) {
    }

    /**
     * The rating of a non-blank, non-header line, or null when it has no customer id; refuses a malformed line
     * naming file, line and column (never its values).
     */
    public static Rating rating(String line, Layout layout, Object file, long lineNo) {
        String[] f = layout.fields(line);
        int cUser = layout.user();
        int cItem = layout.item();
        int cRating = layout.rating();
        int cTime = layout.time();
        int needed = Math.max(Math.max(cUser, cItem), cRating) + 1; // the timestamp may be left off a line
        if (f.length < needed) {
            throw new RecommendDataException(Message.of("data.ratingsLoader.line", file, lineNo, f.length));
        }
        String user = CustomerIds.orNull(f[cUser]);
        if (user == null) {
            return null;
        }
        float rating;
        try {
            rating = Float.parseFloat(f[cRating].trim());
        } catch (NumberFormatException e) {
            throw new RecommendDataException(Message.of("data.ratingsLoader.line2", file, lineNo, cRating + 1), e);
        }
        if (!Float.isFinite(rating)) {
            // NaN would make every error metric NaN (or 0.0 after a max): refuse it where it is.
            throw new RecommendDataException(Message.of("data.ratingsLoader.line3", file, lineNo, cRating + 1));
        }
        if (f[cItem].isBlank()) {
            // A rating of nothing: refusing it beats silently learning from a broken column mapping.
            throw new RecommendDataException(Message.of("data.ratingsLoader.line4", file, lineNo, cItem + 1));
        }
        long time = Long.MIN_VALUE;
        if (cTime >= 0 && f.length > cTime && !f[cTime].isBlank()) {
            try {
                time = Timestamps.parse(f[cTime].trim());
            } catch (IllegalArgumentException e) {
                throw new RecommendDataException(Message.of("data.ratingsLoader.line5", file, lineNo, cTime + 1), e);
            }
        }
        return new Rating(user, f[cItem].trim(), rating, time);
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
