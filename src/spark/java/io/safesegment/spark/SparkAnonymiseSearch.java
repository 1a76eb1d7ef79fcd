package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.anonymise.AnonymisationResult;
import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.Anonymiser;
import io.safesegment.core.privacy.anonymise.FrequencyTable;
import io.safesegment.core.privacy.anonymise.Hierarchy;
import io.safesegment.core.privacy.anonymise.Transformation;
import io.safesegment.core.privacy.risk.RiskOptions;
import io.safesegment.core.privacy.risk.RiskReport;
import io.safesegment.core.recipe.EngineSteps;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * An {@code anonymise} step on Spark that needs the whole table's statistics: the search for the optimal
 * transformation (no {@code levels}), l-diversity or t-closeness as suppression models, or a hierarchy built from a
 * column's values. Executors count the distinct combinations of the quasi-identifiers (and the sensitive value)
 * with their first rows ({@link FrequencyTables}); the driver runs the desktop's own search, check and suppression
 * on that table ({@code Anonymiser.search/check/suppressedCombinations(FrequencyTable, …)}, the same figures to the
 * bit as on the rows), and executors write the chosen transformation with the suppressed classes as the desktop's
 * {@code Anonymiser.apply} does ({@link SuppressingGeneraliser}). Hierarchies built from values come from the
 * column's distinct values and the desktop's builder.
 */
final class SparkAnonymiseSearch {
    private SparkAnonymiseSearch() {
    }

    /** Whether the step needs the frequency table (else {@link SparkAnonymise}'s given-levels path runs it). */
    static boolean needed(Recipe recipe, RecipeStep s) {
        if (s.get("levels") == null || s.get("l") != null || s.get("t") != null) {
            return true;
        }
        Map<String, Path> files = SparkAnonymise.files(recipe, s);
        return !files.keySet().containsAll(SparkAnonymise.qis(s));
    }

    static SparkAnonymise.Result run(Recipe recipe, RecipeStep s, SparkFrame in, Path out) throws IOException {
        long bound = FrequencyTables.bound(in.rows().sparkSession());
        List<String> qis = SparkAnonymise.qis(s);
        Map<String, Path> files = SparkAnonymise.files(recipe, s);
        if (in.file() != null) {
            AtomicFiles.requireNotSameFile(in.file(), out);
        }
        for (Path h : files.values()) {
            AtomicFiles.requireNotSameFile(h, out);
        }
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>(PrivacyService.readHierarchies(files));
        for (String qi : qis) { // as the desktop: a quasi-identifier without a file gets one built from its values
            if (!hierarchies.containsKey(qi) && in.schema().indexOf(qi) >= 0) {
                hierarchies.put(qi, FrequencyTables.fromValues(in, qi, bound, s));
            }
        }
        AnonymiseOptions options = EngineSteps.anonymiseOptions(s, hierarchies);
        int[] given = s.get("levels") == null ? null : EngineSteps.anonymiseLevels(s, options);
        List<String> columns = new ArrayList<>(qis);
        if (options.sensitive() != null) { // the desktop's checker groups by it whenever the step names it
            columns.add(options.sensitive());
        }
        FrequencyTable frequencies = FrequencyTables.count(in, columns, bound, s);
        Transformation chosen;
        if (given != null) {
            chosen = Anonymiser.check(frequencies, options, given);
            if (!chosen.acceptable()) { // as the desktop's given levels: nothing written
                int limit = (int) Math.floor(options.suppressionLimit() * frequencies.rows() + 1e-9);
                throw new RecipeException(s.number(), "levels", Message.of("recipe.error.levelsNotAcceptable",
                        chosen.suppressedRows(), limit));
            }
        } else {
            AnonymisationResult result = Anonymiser.search(frequencies, options, Progress.NONE);
            if (!result.found()) {
                throw new RecipeException(s.number(), "k", Message.of("recipe.error.noAnonymisation"));
            }
            chosen = result.optimum();
        }
        int[] levels = chosen.levelArray();
        write(in, out, options, frequencies, levels);
        SparkFrame written = SparkImport.read(in.rows().sparkSession(), out, CsvImportOptions.defaults(), in.roles());
        RiskReport risk = SparkRisk.analyze(written, RiskOptions.of(qis, s.text("sensitive", null)));
        Map<String, Integer> named = new LinkedHashMap<>();
        for (int j = 0; j < levels.length; j++) {
            named.put(qis.get(j), levels[j]);
        }
        return new SparkAnonymise.Result(risk.rows(), named, chosen.suppressedRows(), chosen.smallestClass(), risk,
                given == null ? chosen.loss() : null, frequencies.size());
    }

    /** Generalises and suppresses per partition, then writes the desktop's CSV. */
    private static void write(SparkFrame in, Path out, AnonymiseOptions options, FrequencyTable frequencies,
                              int[] levels) throws IOException {
        List<String> qis = options.quasiIdentifiers();
        boolean[] suppressed = Anonymiser.suppressedCombinations(frequencies, options, levels);
        HashSet<ArrayList<String>> classes = new HashSet<>();
        ArrayList<ArrayList<ArrayList<String>>> rows = new ArrayList<>();
        for (String qi : qis) {
            rows.add(SuppressingGeneraliser.rowsOf(options.hierarchies().get(qi)));
        }
        for (int i = 0; i < suppressed.length; i++) {
            if (suppressed[i]) {
                ArrayList<String> key = new ArrayList<>(qis.size());
                for (int j = 0; j < qis.size(); j++) {
                    key.add(options.hierarchies().get(qis.get(j)).generalise(frequencies.column(qis.get(j))[i],
                            levels[j]));
                }
                classes.add(key);
            }
        }
        ColumnsSchema schema = in.schema();
        int[] index = new int[qis.size()];
        ColumnType[] types = schema.types().clone();
        String[] patterns = schema.patterns().clone();
        for (int j = 0; j < index.length; j++) {
            index[j] = schema.indexOf(qis.get(j));
            types[index[j]] = ColumnType.TEXT;
            patterns[index[j]] = null;
        }
        Dataset<Row> result = in.rows().mapPartitions(new SuppressingGeneraliser(schema, index, levels, rows, classes),
                Encoders.row(SparkClean.textSchema(schema)));
        ColumnsSchema outSchema = new ColumnsSchema(schema.names(), types, patterns, CsvImportOptions.DEFAULT_MISSING);
        SparkExport.csv(new SparkFrame(result, outSchema, in.roles(), in.policyId(), out), out);
    }
}
