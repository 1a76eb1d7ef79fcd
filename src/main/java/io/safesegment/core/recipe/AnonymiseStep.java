package io.safesegment.core.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.Hierarchy;
import io.safesegment.core.privacy.anonymise.PrivacyModel;
import io.safesegment.core.privacy.anonymise.UtilityMetric;
import io.safesegment.core.task.WorkerPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.privacy.anonymise.Anonymiser;
import io.safesegment.core.privacy.anonymise.Transformation;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;

/**
 * Turns an {@code anonymise} step's fields into {@link AnonymiseOptions}, the same way for validation and replay.
 * Hierarchy files are relative to the recipe; a quasi-identifier without one gets a hierarchy built from its own
 * values ({@link PrivacyService#suggestHierarchy}). The step needs no seed: the lattice search is exhaustive (with
 * monotonicity pruning) and ties are broken in a fixed order, so the same input always gives the same levels.
 */
final class AnonymiseStep {
    private AnonymiseStep() {
    }

    /** Column → hierarchy file, resolved against the recipe; a value that is not a text names its field. */
    static Map<String, Path> hierarchyFiles(Recipe recipe, RecipeStep s) {
        Map<String, Path> files = new LinkedHashMap<>();
        JsonNode o = s.get("hierarchies");
        if (o == null) {
            return files;
        }
        for (var it = o.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isTextual()) {
                throw new StepOptions.FieldException("hierarchies." + e.getKey(),
                        Message.of("recipe.anonymiseStep.hierarchyPath"));
            }
            files.put(e.getKey(), RecipePaths.input(recipe, e.getValue().asText()));
        }
        return files;
    }

    /**
     * Reads the hierarchy files, names the field of one that is missing or unreadable.
     *
     * @throws StepOptions.FieldException naming {@code hierarchies.<column>}
     */
    static Map<String, Hierarchy> readHierarchies(Map<String, Path> files) {
        Map<String, Hierarchy> read = new LinkedHashMap<>();
        for (var e : files.entrySet()) {
            String field = "hierarchies." + e.getKey();
            if (!Files.isRegularFile(e.getValue())) {
                throw new StepOptions.FieldException(field, Message.of("recipe.anonymiseStep.fileNotFound",
                        e.getValue()));
            }
            try {
                read.putAll(PrivacyService.readHierarchies(Map.of(e.getKey(), e.getValue())));
            } catch (RuntimeException ex) {
                throw new StepOptions.FieldException(field, Message.of("recipe.anonymiseStep.cannotRead",
                        LocalizedMessage.of(ex)));
            }
        }
        return read;
    }

    /** The privacy models of the step: k-anonymity, plus distinct l-diversity and equal-distance t-closeness. */
    static List<PrivacyModel> models(RecipeStep s) {
        List<PrivacyModel> models = new ArrayList<>();
        try {
            models.add(new PrivacyModel.KAnonymity((int) s.integer("k", 0)));
        } catch (IllegalArgumentException e) {
            throw new StepOptions.FieldException("k", LocalizedMessage.of(e));
        }
        try {
            if (s.get("l") != null) {
                models.add(new PrivacyModel.LDiversity(s.number("l", 0), PrivacyModel.LVariant.parse("distinct"), 3));
            }
        } catch (IllegalArgumentException e) {
            throw new StepOptions.FieldException("l", LocalizedMessage.of(e));
        }
        try {
            if (s.get("t") != null) {
                models.add(new PrivacyModel.TCloseness(s.number("t", 0), PrivacyModel.TDistance.parse("equal")));
            }
        } catch (IllegalArgumentException e) {
            throw new StepOptions.FieldException("t", LocalizedMessage.of(e));
        }
        return models;
    }

    static UtilityMetric metric(RecipeStep s) {
        try {
            return UtilityMetric.parse(s.text("metric", "loss"));
        } catch (IllegalArgumentException e) {
            throw new StepOptions.FieldException("metric", LocalizedMessage.of(e));
        }
    }

    /**
     * The options for {@code table}: the given hierarchies, and for every other quasi-identifier one built from its
     * values.
     */
    static AnonymiseOptions options(RecipeStep s, Table table, Map<String, Hierarchy> given) {
        List<String> qis = StepOptions.strings(s, "quasiIdentifiers");
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>(given);
        for (String qi : qis) {
            if (!hierarchies.containsKey(qi) && table.columnNames().contains(qi)) {
                hierarchies.put(qi, PrivacyService.suggestHierarchy(table, qi));
            }
        }
        return options(s, qis, hierarchies);
    }

    /** Validates the step's targets with these hierarchies (the field named by the failing check). */
    static AnonymiseOptions options(RecipeStep s, List<String> qis, Map<String, Hierarchy> hierarchies) {
        List<PrivacyModel> models = models(s);
        UtilityMetric metric = metric(s);
        try {
            return new AnonymiseOptions(qis, hierarchies, s.text("sensitive", null), models,
                    s.number("suppressionLimit", 0), metric, WorkerPool.THREADS);
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            String field = m.contains("suppression") ? "suppressionLimit"
                    : m.contains("sensitive") ? "sensitive" : "quasiIdentifiers";
            throw new StepOptions.FieldException(field, LocalizedMessage.of(e));
        }
    }

    /**
     * The step's {@code levels} (quasi-identifier → generalisation level) in the options' quasi-identifier order:
     * a given transformation instead of the search (record 0037).
     *
     * @throws StepOptions.FieldException on {@code levels} naming a quasi-identifier without a level in range
     */
    static int[] levels(RecipeStep s, AnonymiseOptions options) {
        JsonNode o = s.get("levels");
        List<String> qis = options.quasiIdentifiers();
        int[] levels = new int[qis.size()];
        for (int j = 0; j < levels.length; j++) {
            String qi = qis.get(j);
            Hierarchy h = options.hierarchies().get(qi);
            int top = h == null ? 0 : h.height() - 1;
            JsonNode v = o == null ? null : o.get(qi);
            if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0 || v.asInt() > top) {
                throw new StepOptions.FieldException("levels", Message.of("recipe.error.levels", qi, top));
            }
            levels[j] = v.asInt();
        }
        return levels;
    }

    /**
     * Runs the step with its given {@code levels}: measured like a node of the search (suppression of the classes
     * below k within the limit), refused on {@code levels} when not acceptable, else written as the search's
     * optimum would be.
     */
    static String runGiven(RecipeRunner r, RecipeStep s, Map<String, Object> details, Progress progress)
            throws java.io.IOException {
        StepData in = r.in(s, "input");
        Path out = r.out(s, "output", s.name() + ".csv");
        Map<String, Path> files = hierarchyFiles(r.recipe(), s);
        Table table = DatasetService.importFile(in.file(), in.options(), progress.slice(0, 0.4)).table();
        AnonymiseOptions options = options(s, table, readHierarchies(files));
        int[] levels;
        try {
            levels = levels(s, options);
        } catch (StepOptions.FieldException e) {
            throw new RecipeException(s.number(), e.field, LocalizedMessage.of(e));
        }
        Transformation t = PrivacyService.measure(table, options, levels);
        int limit = (int) Math.floor(options.suppressionLimit() * table.rowCount() + 1e-9);
        if (!t.acceptable()) {
            throw new RecipeException(s.number(), "levels", Message.of("recipe.error.levelsNotAcceptable",
                    t.suppressedRows(), limit));
        }
        AtomicFiles.requireNotSameFile(in.file(), out);
        for (Path h : files.values()) {
            AtomicFiles.requireNotSameFile(h, out);
        }
        TableExport.write(Anonymiser.apply(table, options, levels), out, ExportOptions.defaults()
                .withInput(in.file()), progress.slice(0.6, 1));
        Map<String, Integer> named = new LinkedHashMap<>();
        for (int j = 0; j < levels.length; j++) {
            named.put(options.quasiIdentifiers().get(j), levels[j]);
        }
        details.put("found", true);
        details.put("rows", table.rowCount());
        details.put("levels", named);
        details.put("suppressedRows", t.suppressedRows());
        details.put("smallestClass", t.smallestClass());
        r.put(s.name(), StepData.written(out, in.roles(), null, in.policyId()));
        return "done";
    }
}
