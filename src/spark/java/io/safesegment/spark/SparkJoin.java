package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.join.JoinOptions;
import io.safesegment.core.data.join.JoinType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * A {@code join} step on Spark with the desktop's rules ({@code TableJoin}): keys compare by the text the desktop
 * gives the typed cell (so an integer 42 matches a text "42"), a row with a missing key never matches, right key
 * columns are dropped, clashing right names get the suffix, and the rows come out in the desktop's order (left rows
 * in file order, each followed by its matches in the right file's order; a left join keeps unmatched left rows in
 * place with empty right cells). The equi-join itself is Spark's (shuffled or broadcast).
 */
final class SparkJoin {
    private SparkJoin() {
    }

    /** The joined rows (texts) and their columns, with the counts the desktop reports. */
    record Joined(Dataset<Row> rows, ColumnsSchema schema, long resultRows, long matchedLeftRows, long leftRows) {
    }

    /**
     * @throws IllegalArgumentException naming a key column that does not exist (before any job runs)
     */
    static Joined join(SparkFrame left, SparkFrame right, JoinOptions options) {
        for (String k : options.leftKeys()) {
            require(left.schema(), k, "left");
        }
        for (String k : options.rightKeys()) {
            require(right.schema(), k, "right");
        }
        Dataset<Row> l = canonical(left).withColumn("__l", functions.monotonically_increasing_id());
        Dataset<Row> r = canonical(right).withColumn("__r", functions.monotonically_increasing_id());
        List<Column> select = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int c = 0; c < left.schema().size(); c++) {
            String name = left.schema().names()[c];
            select.add(l.col(name).as(name));
            add(left.schema(), c, name, names, types, patterns, taken);
        }
        Set<String> rightKeys = new HashSet<>(options.rightKeys());
        for (int c = 0; c < right.schema().size(); c++) {
            String source = right.schema().names()[c];
            if (rightKeys.contains(source)) {
                continue;
            }
            String name = source;
            while (taken.contains(name)) {
                name = name + options.suffix();
            }
            select.add(functions.coalesce(r.col(source), functions.lit("")).as(name));
            add(right.schema(), c, name, names, types, patterns, taken);
        }
        Column on = null;
        for (int i = 0; i < options.leftKeys().size(); i++) {
            Column eq = key(l.col(options.leftKeys().get(i))).equalTo(key(r.col(options.rightKeys().get(i))));
            on = on == null ? eq : on.and(eq);
        }
        Dataset<Row> joined = l.join(r, on, options.type() == JoinType.LEFT ? "left_outer" : "inner");
        Row counts = joined.agg(functions.count("*"), functions.countDistinct(functions.when(
                r.col("__r").isNotNull(), l.col("__l")))).first();
        select.add(l.col("__l"));
        select.add(r.col("__r"));
        Dataset<Row> ordered = joined.select(select.toArray(Column[]::new))
                .orderBy(functions.col("__l").asc(), functions.col("__r").asc_nulls_first())
                .drop("__l", "__r");
        ColumnsSchema schema = new ColumnsSchema(names.toArray(String[]::new), types.toArray(ColumnType[]::new),
                patterns.toArray(String[]::new), io.safesegment.core.data.io.CsvImportOptions.DEFAULT_MISSING);
        return new Joined(ordered.select(names.stream().map(functions::col).toArray(Column[]::new)), schema,
                counts.getLong(0), counts.getLong(1), l.count());
    }

    /** A missing key (the empty text) never matches: null never equals anything in Spark. */
    private static Column key(Column c) {
        return functions.when(c.equalTo(""), functions.lit(null)).otherwise(c);
    }

    private static Dataset<Row> canonical(SparkFrame f) {
        return f.rows().mapPartitions(ChunkTransform.canonical(f.schema()),
                Encoders.row(SparkClean.textSchema(f.schema())));
    }

    private static void add(ColumnsSchema from, int c, String name, List<String> names, List<ColumnType> types,
                            List<String> patterns, Set<String> taken) {
        names.add(name);
        types.add(from.types()[c]);
        patterns.add(from.patterns()[c]);
        taken.add(name);
    }

    private static void require(ColumnsSchema schema, String name, String side) {
        if (schema.indexOf(name) < 0) {
            throw new IllegalArgumentException("the " + side + " table has no key column '" + name + "'; it has "
                    + String.join(", ", schema.names()));
        }
    }
}
