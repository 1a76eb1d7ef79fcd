package io.safesegment.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.PrivacyModel;
import io.safesegment.core.privacy.anonymise.UtilityMetric;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The Anonymise pane without the toolkit: targets → Find optimal → levels, risk and solution space; picking another
 * candidate; hierarchy import/export; l and t variants reaching the search; applying a pick to the policy.
 */
class AnonymiseViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SimpleObjectProperty<Table> source = new SimpleObjectProperty<>();
    private PrivacyViewModel m;
    private Table table;
    private Workspace workspace;
    private WorkspaceSession session;

    @BeforeEach
    void setUp() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        session = new WorkspaceSession();
        workspace = Workspace.open(dir.resolve("ws"));
        Path csv = CustomerCsv.write(workspace.dataDirectory().resolve("customers.csv"), 60);
        session.setWorkspace(workspace);
        m = new PrivacyViewModel(session, source, TaskExecutor.sameThread(), dialogs, s -> { }, () -> { },
                Debouncer.immediate());
        m.setActive(true);
        table = TableImport.load(csv, CsvImportOptions.defaults(), Progress.NONE).table().setName("customers.csv");
    }

    private AnonymiseViewModel searched(int k) {
        source.set(table);
        m.editor().acceptSuggested();
        AnonymiseViewModel a = m.anonymise();
        a.targets().kProperty().set(k);
        a.targets().suppressionPercentProperty().set(5);
        a.findOptimal();
        return a;
    }

    @Test
    void withoutQuasiIdentifiersTheSearchSaysWhatIsMissing() {
        AnonymiseViewModel a = m.anonymise();
        a.findOptimal();
        assertEquals("No quasi-identifier: give columns the Quasi-identifier role and apply the policy first.",
                a.messageProperty().get());
        assertTrue(a.space().points().isEmpty());
    }

    @Test
    void findOptimalReachesKAndShowsLevelsRiskAndTheSolutionSpace() {
        AnonymiseViewModel a = searched(3);
        List<String> qis = a.quasiIdentifiers();
        assertFalse(qis.isEmpty(), "the suggested policy names quasi-identifiers");
        assertTrue(a.quasiIdentifierText().get().contains(qis.getFirst()), a.quasiIdentifierText().get());
        assertFalse(a.searchingProperty().get());
        assertTrue(a.messageProperty().get().startsWith("Information loss"), a.messageProperty().get());
        for (String qi : qis) {
            assertTrue(a.levelsProperty().get().contains(qi + " "), a.levelsProperty().get());
        }
        assertTrue(a.riskProperty().get().startsWith("Highest prosecutor risk: 100 % before"), a.riskProperty().get());
        List<SolutionSpace.Point> optimum = a.space().points().stream().filter(SolutionSpace.Point::optimum).toList();
        assertEquals(1, optimum.size(), "exactly one optimum in the plot");
        double best = optimum.getFirst().loss();
        assertTrue(a.space().points().stream().allMatch(p -> p.loss() >= best - 1e-9), "the optimum has the least loss");
        assertTrue(a.space().points().size() > 1, "the other acceptable nodes are plotted too");
        assertTrue(a.space().points().stream().allMatch(p -> p.risk() <= 1.0 / 3 + 1e-12), "every candidate meets k=3");
        assertEquals(optimum.getFirst(), a.space().pickedProperty().get(), "the optimum is picked first");

        source.set(null);
        assertTrue(a.space().points().isEmpty(), "a new dataset forgets the result");
        assertEquals("", a.levelsProperty().get());
    }

    @Test
    void pickingAnotherCandidateMovesTheReviewAndTheRuleSet() {
        AnonymiseViewModel a = searched(3);
        SolutionSpace space = a.space();
        List<String> optimumReview = space.review().stream().map(SolutionSpace.ReviewRow::after).toList();
        List<String> optimumRules = List.copyOf(space.rules());
        SolutionSpace.Point other = space.points().stream().filter(p -> !p.optimum()).reduce((x, y) -> y)
                .orElseThrow(); // the most lossy candidate: surely other levels
        space.pick(other);
        assertEquals(other, space.pickedProperty().get());
        assertEquals("Smallest group (k)", space.review().getFirst().measure());
        assertEquals(String.valueOf(other.node().smallestClass()), space.review().getFirst().after());
        assertEquals("1", space.review().getFirst().before(), "every sample customer is unique before");
        assertNotEquals(optimumReview, space.review().stream().map(SolutionSpace.ReviewRow::after).toList());
        assertNotEquals(optimumRules, List.copyOf(space.rules()), "the rule set follows the pick");
        for (int j = 0; j < a.quasiIdentifiers().size(); j++) {
            String qi = a.quasiIdentifiers().get(j);
            String level = other.node().levels().get(j) + " ";
            assertTrue(space.review().stream().anyMatch(r -> r.measure().equals(qi + ": level")
                    && r.after().startsWith(level)), space.review().toString());
        }
        assertTrue(space.rules().stream().allMatch(r -> r.contains("generalise-hierarchy")), space.rules().toString());
        assertFalse(String.join("", space.rules()).contains(dir.toString()), "file names, not absolute paths");
    }

    @Test
    void lVariantAndTDistanceChoicesReachTheSearch() {
        source.set(table);
        m.editor().acceptSuggested();
        AnonymiseViewModel a = m.anonymise();
        AnonymiseTargets t = a.targets();
        t.lProperty().set(2);
        t.lVariantProperty().set(PrivacyModel.LVariant.RECURSIVE);
        t.cProperty().set(4);
        t.tProperty().set(0.4);
        t.tDistanceProperty().set(PrivacyModel.TDistance.HIERARCHICAL);
        t.maxRiskPercentProperty().set(50);
        t.metricProperty().set(UtilityMetric.DISCERNIBILITY);
        AnonymiseOptions o = a.options(table, a.quasiIdentifiers());
        assertNotNull(o.sensitive(), "the suggested policy has a sensitive column");
        assertTrue(o.models().contains(new PrivacyModel.LDiversity(2, PrivacyModel.LVariant.RECURSIVE, 4)), o.models().toString());
        assertTrue(o.models().contains(new PrivacyModel.TCloseness(0.4, PrivacyModel.TDistance.HIERARCHICAL)));
        assertTrue(o.models().contains(new PrivacyModel.HighestRisk(0.5)));
        assertEquals(UtilityMetric.DISCERNIBILITY, o.metric());
        assertTrue(o.hierarchies().containsKey(o.sensitive()), "hierarchical t needs the sensitive column's hierarchy");
        a.hierarchies().refresh();
        assertTrue(a.hierarchies().rows().stream().anyMatch(r -> r.column().equals(o.sensitive())),
                "and the hierarchy table offers it for import");
        a.findOptimal();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertFalse(a.messageProperty().get().isEmpty());
    }

    @Test
    void aHierarchicalTTargetIsStoredWithItsHierarchyAndComesBackWithThePolicy() throws Exception {
        source.set(table);
        m.editor().acceptSuggested();
        AnonymiseViewModel a = m.anonymise();
        AnonymiseTargets t = a.targets();
        t.kProperty().set(4);
        t.tProperty().set(0.35);
        t.tDistanceProperty().set(PrivacyModel.TDistance.HIERARCHICAL);
        a.saveTargets();
        var stored = m.policyProperty().get().riskTargets();
        assertEquals("hierarchical", stored.tDistance(), "the distance is not dropped to equal");
        assertEquals(0.35, stored.t(), 1e-12);
        Path hierarchy = Path.of(stored.tHierarchy());
        String sensitive = a.options(table, a.quasiIdentifiers()).sensitive();
        assertEquals(workspace.directory().resolve("policies/hierarchies/customers/" + sensitive + ".csv"), hierarchy);
        assertTrue(Files.isRegularFile(hierarchy), "the export reads the sensitive column's hierarchy from here");
        Path policyFile = workspace.directory().resolve("policies/customers.policy.json");
        assertTrue(Files.readString(policyFile).contains("\"tDistance\" : \"hierarchical\""));

        // Reloaded (another dataset, then this one again): the panel shows the stored targets.
        t.kProperty().set(9);
        t.tProperty().set(0);
        t.tDistanceProperty().set(PrivacyModel.TDistance.EQUAL);
        source.set(null);
        source.set(table);
        assertEquals(4, t.kProperty().get());
        assertEquals(0.35, t.tProperty().get(), 1e-12);
        assertEquals(PrivacyModel.TDistance.HIERARCHICAL, t.tDistanceProperty().get());
        assertTrue(a.hierarchies().rows().stream().anyMatch(r -> r.column().equals(sensitive)
                && r.source().equals(sensitive + ".csv")), "the stored hierarchy is the one used again");
    }

    @Test
    void theMarketingUtilityOfTheCandidatesIsMeasuredOnRequestAndFollowsTheSearch() {
        AnonymiseViewModel a = m.anonymise();
        MarketingUtility u = a.utility();
        u.measure();
        assertEquals("Find optimal first: the utility is measured for the candidates of the solution space.",
                u.messageProperty().get());
        a = searched(3);
        SolutionSpace.Point other = a.space().points().stream().filter(p -> !p.optimum()).reduce((x, y) -> y)
                .orElseThrow();
        a.space().pick(other);
        u.segmentsProperty().set(3);
        u.seedProperty().set(7);
        u.measure();
        assertFalse(u.busyProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        int expected = Math.min(MarketingUtility.MAX_CANDIDATES, a.space().points().size());
        assertEquals(expected, u.measured().size(), u.messageProperty().get());
        assertTrue(u.measured().stream().anyMatch(x -> x.point().optimum()), "the optimum is measured");
        assertTrue(u.measured().stream().anyMatch(x -> x.point() == other), "and the pick");
        for (MarketingUtility.Measured x : u.measured()) {
            assertTrue(x.ari() >= -1 && x.ari() <= 1 + 1e-12, "ARI " + x.ari());
            assertEquals(3, x.report().k());
            assertEquals(7, x.report().seed(), "the seed shown is the seed used");
            assertEquals(null, x.ndcgChange(), "no transactions: ARI only");
        }
        assertTrue(u.messageProperty().get().startsWith("Measured " + expected + " of "
                + a.space().points().size() + " candidates: k-means with 3 segments on "), u.messageProperty().get());
        assertTrue(u.messageProperty().get().contains("(seed 7)"), u.messageProperty().get());

        a.findOptimal();
        assertTrue(u.measured().isEmpty(), "a new search forgets the measurements of the old candidates");
    }

    @Test
    void atMostTwelveCandidatesSpreadOverTheLossRangeWithTheOptimumAndThePick() {
        AnonymiseViewModel a = searched(2);
        List<SolutionSpace.Point> points = a.space().points();
        SolutionSpace.Point last = points.getLast();
        List<SolutionSpace.Point> chosen = MarketingUtility.chosen(points, last);
        assertEquals(Math.min(12, points.size()), chosen.size());
        assertTrue(chosen.contains(last));
        assertTrue(chosen.stream().anyMatch(SolutionSpace.Point::optimum));
        assertEquals(points.getFirst(), chosen.getFirst(), "the range starts at the least loss");
    }

    @Test
    void importedHierarchiesAreUsedOrTheirUncoveredValuesListedAndAnyCanBeExported() throws Exception {
        source.set(table);
        m.editor().acceptSuggested();
        AnonymiseViewModel a = m.anonymise();
        HierarchyChoices h = a.hierarchies();
        String gender = "gender";
        assertTrue(a.quasiIdentifiers().contains(gender), a.quasiIdentifiers().toString());
        HierarchyChoices.Row row = h.rows().stream().filter(r -> r.column().equals(gender)).findFirst().orElseThrow();
        assertEquals("built from the values", row.source());

        Path partial = Files.writeString(dir.resolve("gender-partial.csv"), "M;*\n");
        h.selectedProperty().set(row);
        dialogs.nextFile = partial;
        h.importSelected();
        HierarchyChoices.Row after = h.rows().stream().filter(r -> r.column().equals(gender)).findFirst().orElseThrow();
        assertEquals("built from the values", after.source(), "a hierarchy that misses values is not used");
        assertEquals("gender-partial.csv is not used: it has no line for 1 value(s): F", after.uncovered());

        Path full = Files.writeString(dir.resolve("gender.csv"), "M;person;*\nF;person;*\n");
        dialogs.nextFile = full;
        h.importSelected();
        after = h.rows().stream().filter(r -> r.column().equals(gender)).findFirst().orElseThrow();
        assertEquals("gender.csv", after.source());
        assertEquals(2, after.levels());
        assertEquals("", after.uncovered());
        assertEquals(3, a.options(table, a.quasiIdentifiers()).hierarchies().get(gender).size() + 1,
                "the search uses the imported file");

        Path exported = dir.resolve("out/gender-export.csv");
        Files.createDirectories(exported.getParent());
        dialogs.nextFile = exported;
        h.exportSelected();
        assertEquals("M;person;*\nF;person;*\n", Files.readString(exported), "written as ARX reads it");
    }

    @Test
    void applyingThePickWritesRulesHierarchiesAndTargetsAndAMissedTargetBlocksTheExportUntilOverridden()
            throws Exception {
        AnonymiseViewModel a = searched(3);
        SolutionSpace.Point other = a.space().points().stream().filter(p -> !p.optimum()).findFirst().orElseThrow();
        a.space().pick(other);
        a.applyPick();
        MaskingPolicy applied = m.policyProperty().get();
        assertEquals(3, applied.riskTargets().k());
        assertEquals(0.05, applied.riskTargets().maxSuppression(), 1e-12);
        for (String qi : a.quasiIdentifiers()) {
            assertTrue(applied.ruleFor(qi).isEmpty() || applied.ruleFor(qi).get().operator()
                    .equals("generalise-hierarchy"), applied.rules().toString());
        }
        assertTrue(Files.isRegularFile(workspace.directory().resolve("policies/hierarchies/customers/gender.csv")));
        assertFalse(m.editor().dirtyProperty().get(), "the editor shows the new revision");

        // A stricter target than the applied transformation reaches: the export is blocked and says why.
        a.targets().kProperty().set(40);
        a.saveTargets();
        assertEquals(40, m.policyProperty().get().riskTargets().k());
        Path target = dir.resolve("masked.csv");
        // As after Data › Import: the recipe's mask step then reads that import.
        session.recipe().append(io.safesegment.core.recipe.StepKind.IMPORT, "import",
                io.safesegment.core.recipe.SessionRecipe.fields().put("file",
                        workspace.dataDirectory().resolve("customers.csv").toString()));
        dialogs.nextFile = target;
        m.export().export();
        assertEquals(ExportViewModel.ExportState.BLOCKED, m.export().exportStateProperty().get(),
                m.export().messageProperty().get());
        assertTrue(m.export().messageProperty().get().startsWith("Export blocked: k-anonymity: target k 40, measured "
                + "smallest class "), m.export().messageProperty().get());
        assertFalse(Files.exists(target));

        dialogs.nextText = "pilot with the agency, approved by the DPO";
        m.export().exportAnyway();
        assertEquals(ExportViewModel.ExportState.WRITTEN, m.export().exportStateProperty().get(),
                m.export().messageProperty().get());
        assertTrue(Files.exists(target));
        assertTrue(m.export().messageProperty().get().contains("despite missed risk targets"));
        String lineage = io.safesegment.core.data.DatasetService.datasets(workspace.directory()).stream()
                .filter(d -> d.name().equals("masked.csv")).findFirst().orElseThrow().steps().toString();
        assertTrue(lineage.contains("riskOverride") && lineage.contains("pilot with the agency, approved by the DPO"),
                lineage);
        assertTrue(session.recipe().steps().stream().anyMatch(s -> "pilot with the agency, approved by the DPO"
                .equals(s.text("overrideRiskTargets", null))), "the recipe replays the override");
    }
}
