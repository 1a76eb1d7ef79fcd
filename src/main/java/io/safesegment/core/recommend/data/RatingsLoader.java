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
            Pattern split = null;
            int cUser = 0;
            int cItem = 1;
            int cRating = 2;
            int cTime = 3;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (split == null) {
                    split = Pattern.compile(Pattern.quote(detectDelimiter(line)));
                    String[] f = split.split(line.trim(), -1);
                    if (f.length >= 3 && !isNumber(f[2].trim())) {
                        List<String> header = Arrays.stream(f).map(String::trim).toList();
                        RoleMapping roles = RoleSuggester.resolve(header, overrides);
                        boolean byRole = !overrides.asMap().isEmpty() || (roles.has(SemanticRole.CUSTOMER_ID)
                                && roles.has(SemanticRole.PRODUCT_ID) && roles.has(SemanticRole.RATING));
                        if (byRole) {
                            String what = "The ratings file";
                            cUser = Csv.column(header, roles, SemanticRole.CUSTOMER_ID, file, what, true);
                            cItem = Csv.column(header, roles, SemanticRole.PRODUCT_ID, file, what, true);
                            cRating = Csv.column(header, roles, SemanticRole.RATING, file, what, true);
                            cTime = Csv.column(header, roles, SemanticRole.TIMESTAMP, file, what, false);
                        }
                        continue; // header row
                    }
                }
                String[] f = split.split(line.trim(), -1);
                int needed = Math.max(Math.max(cUser, cItem), cRating) + 1; // the timestamp may be left off a line
                if (f.length < needed) {
                    throw new RecommendDataException(Message.of("data.ratingsLoader.line", file, lineNo, f.length));
                }
                String user = CustomerIds.orNull(f[cUser]);
                if (user == null) {
                    continue; // a rating by nobody in particular
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
                builder.add(user, f[cItem].trim(), rating, time);
                ratings++;
                if ((lineNo & 0xffff) == 0) {
                    progress.checkCancelled();
                    progress.report(-1, Message.of("progress.recommend.ratings.reading", lineNo));
                }
            }
        } catch (IOException e) {
            throw new RecommendDataException(Message.of("data.ratingsLoader.cannotRead", file, LocalizedMessage.of(e)), e);
        }
        if (ratings == 0) {
            throw new RecommendDataException(Message.of("data.ratingsLoader.hasNoRatingsUse", file));
        }
        InteractionMatrix m = builder.build(InteractionBuilder.Merge.LATEST, null, true);
        if (m.nnz() == 0) {
            throw new RecommendDataException(Message.of("data.ratingsLoader.hasNoRatingsThe", file));
        }
        progress.report(1, Message.of("progress.recommend.ratings", m.nnz()));
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
