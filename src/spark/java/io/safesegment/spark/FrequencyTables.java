package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.anonymise.FrequencyTable;
import io.safesegment.core.privacy.anonymise.Hierarchy;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;

/**
 * What the anonymisation search needs of a distributed table, counted where the data lives (ARX's idea, record
 * 0037): the distinct combinations of the quasi-identifiers' values (and the sensitive value) with their row counts
 * and first rows, and the distinct values of a column whose hierarchy is built from its values. Only these come to
 * the driver, never the rows; more than {@link #MAX_COMBINATIONS} of them (default
 * {@value #DEFAULT_MAX_COMBINATIONS}) stops the step before it writes anything.
 */
final class FrequencyTables {
    /** Spark configuration key of the bound (e.g. {@code --conf spark.safesegment.anonymise.maxCombinations=…}). */
    static final String MAX_COMBINATIONS = "spark.safesegment.anonymise.maxCombinations";
    /** About 1 GB of driver heap for the table and the search's per-combination arrays (docs/spark.md, Sizing). */
    static final long DEFAULT_MAX_COMBINATIONS = 1_000_000L;

    private FrequencyTables() {
    }

    /** The bound on combinations (and on distinct values of a column) the driver takes. */
    static long bound(SparkSession spark) {
        String v = spark.conf().get(MAX_COMBINATIONS, String.valueOf(DEFAULT_MAX_COMBINATIONS));
        try {
            long n = Long.parseLong(v.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(MAX_COMBINATIONS + " must be a whole number of at least 1, was '" + v + "'");
    }

    /**
     * The frequency table of {@code columns}: each value as the desktop's search reads it (the typed cell's text,
     * missing as the empty string), combinations in the order of their first row in the file.
     *
     * @throws RecipeException on {@code quasiIdentifiers} when there are more than {@code bound} combinations
     */
    static FrequencyTable count(SparkFrame in, List<String> columns, long bound, RecipeStep s) {
        int[] index = index(in.schema(), columns, s);
        StructType texts = new StructType();
        Column[] keys = new Column[columns.size()];
        for (int j = 0; j < keys.length; j++) {
            texts = texts.add("c" + j, DataTypes.StringType);
            keys[j] = functions.col("c" + j);
        }
        texts = texts.add("__row", DataTypes.LongType);
        List<Row> combinations = new ArrayList<>(in.rows()
                .mapPartitions(new SearchTexts(sub(in.schema(), index), index), Encoders.row(texts))
                .groupBy(keys).agg(functions.count("*").as("__n"), functions.min("__row").as("__first"))
                .limit((int) Math.min(bound + 1, Integer.MAX_VALUE - 8)).collectAsList());
        if (combinations.size() > bound) {
            throw new RecipeException(s.number(), "quasiIdentifiers", "the quasi-identifiers (with the sensitive "
                    + "column, when the step names one) take more than " + bound + " distinct combinations; the "
                    + "Spark engine brings them to the driver for the search only up to " + MAX_COMBINATIONS
                    + " (raise it for a larger driver heap, or give levels and hierarchy files)");
        }
        int n = columns.size();
        combinations.sort(Comparator.comparingLong(r -> r.getLong(n + 1)));
        String[][] values = new String[n][combinations.size()];
        int[] counts = new int[combinations.size()];
        long rows = 0;
        for (int i = 0; i < counts.length; i++) {
            Row r = combinations.get(i);
            for (int j = 0; j < n; j++) {
                values[j][i] = r.getString(j);
            }
            rows += r.getLong(n);
            counts[i] = (int) Math.min(Integer.MAX_VALUE, r.getLong(n));
        }
        if (rows > Integer.MAX_VALUE) {
            throw new RecipeException(s.number(), "input", "the anonymisation search counts rows as the desktop does, "
                    + "at most " + Integer.MAX_VALUE + "; the input has " + rows);
        }
        return new FrequencyTable(columns, values, counts);
    }

    /**
     * The hierarchy the desktop builds from the values of {@code column} ({@code PrivacyService.suggestHierarchy}),
     * built on the driver from the column's distinct cells rebuilt with the column's type.
     *
     * @throws RecipeException on {@code hierarchies.<column>} when it has more than {@code bound} distinct values
     */
    static Hierarchy fromValues(SparkFrame in, String column, long bound, RecipeStep s) {
        int[] index = index(in.schema(), List.of(column), s);
        int i = index[0];
        List<String> distinct = in.rows().map((MapFunction<Row, String>) r -> r.isNullAt(i) ? "" : r.get(i).toString(),
                Encoders.STRING()).distinct().limit((int) Math.min(bound + 1, Integer.MAX_VALUE - 8)).collectAsList();
        if (distinct.size() > bound) {
            throw new RecipeException(s.number(), "hierarchies." + column, "more than " + bound + " distinct values "
                    + "to build a hierarchy from on the driver (" + MAX_COMBINATIONS + "); give a hierarchy file");
        }
        List<String[]> cells = new ArrayList<>(distinct.size());
        distinct.forEach(v -> cells.add(new String[] {v}));
        Table table = ChunkTables.build(sub(in.schema(), index), cells, "hierarchy");
        return PrivacyService.suggestHierarchy(table, column);
    }

    private static int[] index(ColumnsSchema schema, List<String> columns, RecipeStep s) {
        int[] index = new int[columns.size()];
        for (int j = 0; j < index.length; j++) {
            index[j] = schema.indexOf(columns.get(j));
            if (index[j] < 0) {
                throw new RecipeException(s.number(), "quasiIdentifiers", "no column '" + columns.get(j) + "'");
            }
        }
        return index;
    }

    private static ColumnsSchema sub(ColumnsSchema schema, int[] index) {
        String[] names = new String[index.length];
        ColumnType[] types = new ColumnType[index.length];
        String[] patterns = new String[index.length];
        for (int j = 0; j < index.length; j++) {
            names[j] = schema.names()[index[j]];
            types[j] = schema.types()[index[j]];
            patterns[j] = schema.patterns()[index[j]];
        }
        return new ColumnsSchema(names, types, patterns, schema.missing());
    }

    /**
     * Per partition, in chunks: the wanted columns rebuilt with their types, each cell as the search reads it, and
     * the row's position in the file (partition index above 33 bits, as Spark's monotonically increasing id).
     */
    private record SearchTexts(ColumnsSchema wanted, int[] index) implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            long base = (long) TaskContext.getPartitionId() << 33;
            return new ChunkedRows(rows, PartitionMasker.CHUNK_ROWS) {
                private long next = base;

                @Override
                List<Row> chunk(List<Row> in) {
                    List<String[]> texts = new ArrayList<>(in.size());
                    for (Row r : in) {
                        String[] cells = new String[index.length];
                        for (int j = 0; j < index.length; j++) {
                            cells[j] = r.isNullAt(index[j]) ? "" : r.get(index[j]).toString();
                        }
                        texts.add(cells);
                    }
                    Table t = ChunkTables.build(wanted, texts, "anonymise");
                    List<Row> out = new ArrayList<>(t.rowCount());
                    for (int r = 0; r < t.rowCount(); r++) {
                        Object[] cells = new Object[index.length + 1];
                        for (int j = 0; j < index.length; j++) {
                            var c = t.column(j);
                            cells[j] = c.isMissing(r) ? "" : c.getString(r);
                        }
                        cells[index.length] = next++;
                        out.add(RowFactory.create(cells));
                    }
                    return out;
                }
            };
        }
    }
}
