package io.safesegment.core.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.join.JoinOptions;
import io.safesegment.core.data.join.JoinType;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.recommend.data.Weighting;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.SplitKind;
import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.SegmentOptions;
import io.safesegment.core.segment.cluster.Hierarchical;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.features.MissingValues;
import io.safesegment.core.segment.features.Scaling;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a step's JSON fields into the services' option records, with the same defaults as the CLI. Validation and
 * replay use the same conversions, so whatever validates also runs. A bad value throws {@link FieldException}
 * naming the field.
 */
final class StepOptions {
    private StepOptions() {
    }

    /** A field's value is unusable. */
    static final class FieldException extends RuntimeException implements io.safesegment.core.i18n.LocalizedMessage {
        private static final long serialVersionUID = 1L;
        final String field;
        private final transient io.safesegment.core.i18n.Message reason;

        FieldException(String field, String reason) {
            super(reason);
            this.field = field;
            this.reason = null;
        }

        /** A reason with a message key, rendered in the front end's language. */
        FieldException(String field, io.safesegment.core.i18n.Message reason) {
            super(reason.english());
            this.field = field;
            this.reason = reason;
        }

        @Override
        public io.safesegment.core.i18n.Message message() {
            return reason;
        }
    }

    static CsvImportOptions importOptions(JsonNode o) {
        CsvImportOptions options = CsvImportOptions.defaults();
        if (o == null) {
            return options;
        }
        for (var it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("encoding", "delimiter", "header", "decimalSeparator", "skipBadRows", "types").contains(f)) {
                throw new FieldException("options." + f, Message.of("recipe.stepOptions.unknownImportOption"));
            }
        }
        if (o.hasNonNull("encoding")) {
            try {
                options = options.withEncoding(Charset.forName(o.get("encoding").asText()));
            } catch (IllegalArgumentException e) {
                throw new FieldException("options.encoding", Message.of("recipe.stepOptions.unknownEncoding"));
            }
        }
        if (o.hasNonNull("delimiter")) {
            String d = o.get("delimiter").asText();
            d = d.equalsIgnoreCase("tab") || d.equals("\\t") ? "\t" : d;
            if (d.length() != 1) {
                throw new FieldException("options.delimiter", Message.of("recipe.stepOptions.delimiter"));
            }
            options = options.withDelimiter(d.charAt(0));
        }
        if (o.hasNonNull("header")) {
            if (!o.get("header").isBoolean()) {
                throw new FieldException("options.header", Message.of("recipe.stepOptions.trueOrFalse"));
            }
            options = options.withHeader(o.get("header").asBoolean());
        }
        if (o.hasNonNull("decimalSeparator")) {
            String d = o.get("decimalSeparator").asText();
            if (d.length() != 1) {
                throw new FieldException("options.decimalSeparator", Message.of("recipe.stepOptions.decimalSeparator"));
            }
            options = options.withDecimalSeparator(d.charAt(0));
        }
        if (o.hasNonNull("skipBadRows")) {
            options = options.withSkipBadRows(o.get("skipBadRows").asBoolean());
        }
        if (o.hasNonNull("types")) {
            Map<String, ColumnType> types = new LinkedHashMap<>();
            for (var e : o.get("types").properties()) {
                try {
                    types.put(e.getKey(), ColumnType.valueOf(e.getValue().asText().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException ex) {
                    throw new FieldException("options.types." + e.getKey(), Message.of("recipe.stepOptions.unknownType",
                            String.valueOf(List.of(ColumnType.values()))));
                }
            }
            options = options.withColumnTypes(types);
        }
        return options;
    }

    static RoleMapping roles(JsonNode v) {
        if (v == null) {
            return RoleMapping.empty();
        }
        String text;
        if (v.isTextual()) {
            text = v.asText();
        } else {
            List<String> parts = new ArrayList<>();
            v.properties().forEach(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
            text = String.join(",", parts);
        }
        try {
            return RoleMapping.parse(text);
        } catch (IllegalArgumentException e) {
            throw new FieldException("roles", LocalizedMessage.of(e));
        }
    }

    static JoinOptions joinOptions(RecipeStep s) {
        JoinType type = switch (s.text("how", "inner").toLowerCase(Locale.ROOT)) {
            case "inner" -> JoinType.INNER;
            case "left" -> JoinType.LEFT;
            default -> throw new FieldException("how", Message.of("recipe.stepOptions.how"));
        };
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (String key : strings(s, "on")) {
            int eq = key.indexOf('=');
            String l = (eq < 0 ? key : key.substring(0, eq)).trim();
            String r = (eq < 0 ? key : key.substring(eq + 1)).trim();
            if (l.isEmpty() || r.isEmpty()) {
                throw new FieldException("on", Message.of("recipe.stepOptions.on"));
            }
            left.add(l);
            right.add(r);
        }
        try {
            return new JoinOptions(left, right, type, "_right");
        } catch (IllegalArgumentException e) {
            throw new FieldException("on", LocalizedMessage.of(e));
        }
    }

    static FeatureOptions featureOptions(RecipeStep s) {
        FeatureOptions o = FeatureOptions.of(s.get("features") == null ? FeatureOptions.DEFAULT_COLUMNS
                : strings(s, "features"));
        o = o.withScaling(enumValue(Scaling.class, s, "scaling", Scaling.ZSCORE));
        o = o.withMissing(enumValue(MissingValues.class, s, "missing", MissingValues.MEAN_IMPUTE));
        o = o.withReferenceDate(date(s, "referenceDate"));
        if (!s.bool("log", true)) {
            o = o.withLogColumns(Set.of());
        }
        JsonNode byColumn = s.get("scalingByColumn");
        if (byColumn != null && !byColumn.isEmpty()) {
            Map<String, Scaling> overrides = new LinkedHashMap<>();
            byColumn.properties().forEach(e -> overrides.put(e.getKey(), scaling(e.getValue().asText())));
            o = new FeatureOptions(o.columns(), o.logColumns(), o.scaling(), overrides, o.missing(),
                    o.referenceDate());
        }
        return o;
    }

    private static Scaling scaling(String value) {
        try {
            return Scaling.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FieldException("scalingByColumn", Message.of("recipe.stepOptions.unknownScaling", value));
        }
    }

    /**
     * The recorded segment names, or null: non-blank, and for algorithms with a chosen k exactly k of them (DBSCAN's
     * and the rules' segment count is known only after the run, where the service checks it).
     */
    static List<String> segmentNames(RecipeStep s, SegmentOptions options) {
        if (s.get("segmentNames") == null) {
            return null;
        }
        List<String> names = strings(s, "segmentNames");
        if (names.stream().anyMatch(String::isBlank)) {
            throw new FieldException("segmentNames", Message.of("recipe.stepOptions.blankSegmentName"));
        }
        if (options.algorithm() != Algorithm.DBSCAN && options.algorithm() != Algorithm.RULES
                && names.size() != options.k()) {
            throw new FieldException("segmentNames", Message.of("recipe.stepOptions.segmentNameCount", names.size(),
                    options.k()));
        }
        return names;
    }

    static SegmentOptions segmentOptions(RecipeStep s) {
        Algorithm algorithm;
        try {
            algorithm = Algorithm.parse(s.text("algorithm", "kmeans"));
        } catch (IllegalArgumentException e) {
            throw new FieldException("algorithm", LocalizedMessage.of(e));
        }
        try {
            return new SegmentOptions(algorithm, (int) s.integer("k", 5), s.integer("seed", 42),
                    (int) s.integer("restarts", 4), (int) s.integer("minPoints", 10), s.number("epsilon", 0),
                    (int) s.integer("sample", Hierarchical.DEFAULT_SAMPLE),
                    s.get("groupBy") == null ? List.of() : strings(s, "groupBy"), s.number("bandWidth", 10));
        } catch (IllegalArgumentException e) {
            throw new FieldException("parameters", LocalizedMessage.of(e));
        }
    }

    static TransactionOptions transactionOptions(RecipeStep s) {
        try {
            return new TransactionOptions(enumValue(Weighting.class, s, "weighting", Weighting.COUNT),
                    s.number("halfLife", 180), 0);
        } catch (IllegalArgumentException e) {
            throw new FieldException("halfLife", LocalizedMessage.of(e));
        }
    }

    static EvaluationOptions evaluationOptions(RecipeStep s) {
        SplitKind split = enumValue(SplitKind.class, s, "split", SplitKind.RANDOM);
        try {
            return new EvaluationOptions(split, (int) s.integer("folds", 5), (int) s.integer("k", 10),
                    s.number("testShare", 0.2), (int) s.integer("maxUsers", 10_000), null, s.integer("seed", 42));
        } catch (IllegalArgumentException e) {
            throw new FieldException("parameters", LocalizedMessage.of(e));
        }
    }

    static ExportFormat exportFormat(RecipeStep s) {
        return enumValue(ExportFormat.class, s, "format", null);
    }

    static LocalDate date(RecipeStep s, String field) {
        String v = s.text(field, null);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new FieldException(field, Message.of("recipe.stepOptions.date"));
        }
    }

    static List<String> strings(RecipeStep s, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = s.get(field);
        if (v != null) {
            v.forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, RecipeStep s, String field, E fallback) {
        String v = s.text(field, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name().toLowerCase(Locale.ROOT));
            }
            throw new FieldException(field, Message.of("recipe.stepOptions.unknownValue", String.valueOf(allowed)));
        }
    }
}
