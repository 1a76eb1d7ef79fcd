package io.safesegment.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import io.safesegment.core.privacy.review.LeakOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.api.Table;

/**
 * The ViewModel with a same-thread task runner: every background job runs inside the call, and {@link #fxRun}
 * waits for the callbacks JavaFX posts afterwards, so each step can be checked directly. JavaFX 25 tasks must be
 * touched on the FX thread, hence {@link #fx}.
 */
class PrivacyViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> statuses = new ArrayList<>();
    private final AtomicInteger dataRequests = new AtomicInteger();
    private final SimpleObjectProperty<Table> source = new SimpleObjectProperty<>();
    private final TaskRunner runner = TaskRunner.sameThread();
    private WorkspaceSession session;
    private Table customers;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        session = new WorkspaceSession();
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        Path csv = CustomerCsv.write(workspace.dataDirectory().resolve("customers.csv"), 120);
        workspace.registerDataset("customers.csv", csv, "csv");
        session.setWorkspace(workspace);
        customers = TableImport.load(csv, CsvImportOptions.defaults(), io.safesegment.core.task.Progress.NONE).table()
                .setName("customers.csv");
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
    }

    /** Runs {@code action} on the FX thread and waits for the tasks it started and their callbacks. */
    private void fxRun(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
        runner.awaitIdle(Duration.ofSeconds(60));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A ViewModel whose section is showing (detection starts when a dataset arrives). */
    private PrivacyViewModel model(Debouncer debouncer) throws Exception {
        PrivacyViewModel m = fx(() -> new PrivacyViewModel(session, source, runner, dialogs, statuses::add,
                dataRequests::incrementAndGet, debouncer));
        fxRun(() -> m.setActive(true));
        return m;
    }

    private static ColumnRow row(PrivacyViewModel m, String column) {
        return m.editor().columns().stream().filter(r -> r.column().equals(column)).findFirst().orElseThrow();
    }

    @Test
    void withoutDatasetThereIsNothingToDoAndTheButtonLeadsToTheDataSection() throws Exception {
        PrivacyViewModel m = model(Debouncer.immediate());
        assertFalse(fx(() -> m.hasTable().get()));
        assertTrue(m.editor().columns().isEmpty());
        fxRun(m::showData);
        assertEquals(1, dataRequests.get());
        assertTrue(fx(() -> m.export().exportDisabled().get()));
    }

    @Test
    void detectionWaitsUntilTheSectionIsShown() throws Exception {
        PrivacyViewModel m = model(Debouncer.immediate());
        fxRun(() -> m.setActive(false));
        fxRun(() -> source.set(customers));
        assertNull(m.detection().detectionProperty().get());
        assertEquals(13, m.editor().columns().size());
        fxRun(() -> m.setActive(true));
        assertNotNull(m.detection().detectionProperty().get());
    }

    @Test
    void loadingADatasetDetectsPersonalDataAndReviewsTheDraft() throws Exception {
        PrivacyViewModel m = model(Debouncer.immediate());
        fxRun(() -> source.set(customers));

        assertEquals(13, m.editor().columns().size());
        assertEquals(List.of(), dialogs.shown, () -> dialogs.errors.toString());
        assertNotNull(m.detection().detectionProperty().get());
        assertEquals("", m.review().reviewErrorProperty().get());
        assertTrue(row(m, "email").entitiesProperty().get().startsWith("Email"), row(m, "email").entitiesProperty().get());
        assertTrue(row(m, "email").confidenceProperty().get() > 0.9);
        assertEquals(ColumnRole.DIRECT_IDENTIFIER, row(m, "email").roleProperty().get());
        assertEquals(ColumnRole.QUASI_IDENTIFIER, row(m, "birth_date").roleProperty().get());
        assertEquals("keep", row(m, "email").operatorProperty().get(), "draft has no rules until accepted");
        assertTrue(row(m, "email").suggestedRuleProperty().get().startsWith("char-mask"));
        assertTrue(m.editor().policyProblemsProperty().get().contains("'email'"), m.editor().policyProblemsProperty().get());
        assertNotNull(m.review().reviewProperty().get(), "the draft is reviewed too");
        assertFalse(m.review().riskRows().isEmpty());
        assertTrue(statuses.getLast().startsWith("Scanned customers.csv"), statuses.toString());
        assertFalse(Files.exists(m.policyFile()), "an untouched draft is not written");
    }

    @Test
    void acceptingTheSuggestionMasksEveryDirectIdentifierAndSavesThePolicy() throws Exception {
        PrivacyViewModel m = model(Debouncer.immediate());
        fxRun(() -> source.set(customers));
        fxRun(m.editor()::acceptSuggested);

        assertEquals("", m.editor().policyProblemsProperty().get());
        assertEquals("char-mask", row(m, "email").operatorProperty().get());
        assertTrue(row(m, "email").paramsProperty().get().contains("keepEmailDomain=true"));
        MaskingPolicy saved = PolicyJson.read(m.policyFile());
        assertEquals(m.policyProperty().get().rules(), saved.rules());

        var review = m.review().reviewProperty().get();
        assertEquals(120, review.mask().masked().rowCount());
        String maskedEmail = review.mask().masked().column("email").getString(0);
        assertTrue(maskedEmail.contains("*") && maskedEmail.endsWith(customers.column("email").getString(0)
                .substring(customers.column("email").getString(0).indexOf('@'))), maskedEmail);
        assertNotNull(review.before());
        assertTrue(review.after().k() >= review.before().k(), "generalising cannot make the smallest class smaller");
        assertTrue(m.review().outcomeRows().stream().anyMatch(r -> r.column().equals("email") && r.label().equals("Masked")));
        assertTrue(m.review().utilitySummaryProperty().get().startsWith("Utility cost: "), m.review().utilitySummaryProperty().get());
    }

    @Test
    void roleOverridesAndRuleEditsPersistAcrossReloads() throws Exception {
        PrivacyViewModel m = model(Debouncer.immediate());
        fxRun(() -> source.set(customers));
        fxRun(m.editor()::acceptSuggested);
        fxRun(() -> row(m, "city").roleProperty().set(ColumnRole.OTHER));
        fxRun(() -> row(m, "phone").paramsProperty().set("keepFirst=2"));
        fxRun(m.editor()::apply);
        int revision = m.policyProperty().get().revision();

        fxRun(() -> source.set(null));
        assertTrue(m.editor().columns().isEmpty());
        fxRun(() -> source.set(customers));

        assertEquals(ColumnRole.OTHER, row(m, "city").roleProperty().get());
        assertEquals("keepFirst=2", row(m, "phone").paramsProperty().get());
        assertEquals(revision, m.policyProperty().get().revision());
        assertTrue(m.policyLocationProperty().get().startsWith("Policy loaded from customers.policy.json"),
                m.policyLocationProperty().get());
        assertFalse(m.review().reviewProperty().get().before().quasiIdentifiers().contains("city"));
    }

    @Test
    void anInvalidEditIsShownOnTheRowAndLeavesThePolicyAlone() throws Exception {
        PrivacyViewModel m = model(Debouncer.immediate());
        fxRun(() -> source.set(customers));
        fxRun(m.editor()::acceptSuggested);
        MaskingPolicy before = m.policyProperty().get();

        fxRun(() -> row(m, "phone").paramsProperty().set("keepFirst=three"));
        assertTrue(row(m, "phone").problemProperty().get().contains("'keepFirst' must be a number"),
                row(m, "phone").problemProperty().get());
        fxRun(() -> row(m, "email").paramsProperty().set("keepFirst"));
        assertEquals("Parameter \"keepFirst\" needs the form name=value", row(m, "email").problemProperty().get());
        assertEquals(before, m.policyProperty().get());

        fxRun(() -> row(m, "phone").paramsProperty().set("keepFirst=3"));
        assertEquals("", row(m, "phone").problemProperty().get());
        assertEquals(before, m.policyProperty().get(), "a valid edit is a draft until applied");
        fxRun(m.editor()::apply);
        assertEquals(3, m.policyProperty().get().ruleFor("phone").orElseThrow().params().get("keepFirst"));
    }

    @Test
    void choosingTheSuggestedOperatorAgainRestoresItsParameters() throws Exception {
        PrivacyViewModel m = model(Debouncer.immediate());
        fxRun(() -> source.set(customers));
        fxRun(m.editor()::acceptSuggested);
        fxRun(() -> row(m, "email").operatorProperty().set("keep"));
        assertEquals("", row(m, "email").paramsProperty().get());
        assertTrue(m.editor().policyProblemsProperty().get().contains("'email'"));
        fxRun(() -> row(m, "email").operatorProperty().set("char-mask"));
        assertEquals(java.util.Map.of("keepFirst", 1, "keepEmailDomain", true),
                RuleParams.parse(row(m, "email").paramsProperty().get()));
    }

    @Test
    void editsInQuickSuccessionAreReviewedOnceForTheLatestPolicy() throws Exception {
        List<Runnable> pending = new ArrayList<>();
        Debouncer manual = action -> {
            pending.clear();
            pending.add(action);
        };
        PrivacyViewModel m = model(manual);
        fxRun(() -> source.set(customers));
        fxRun(m.editor()::acceptSuggested);
        fxRun(() -> row(m, "phone").paramsProperty().set("keepFirst=1"));
        fxRun(m.editor()::apply);
        fxRun(() -> row(m, "phone").paramsProperty().set("keepFirst=2"));
        fxRun(m.editor()::apply);
        assertNull(m.review().reviewProperty().get(), "nothing reviewed while edits keep coming");
        assertEquals(1, pending.size());

        fxRun(pending.getFirst());
        assertEquals(m.policyProperty().get().ruleFor("phone"),
                Optional.of(m.policyProperty().get().ruleFor("phone").orElseThrow()));
        assertTrue(m.review().reviewProperty().get().mask().masked().column("phone").getString(0)
                .startsWith(customers.column("phone").getString(0).substring(0, 2)));
        assertTrue(m.review().outcomeRows().stream().anyMatch(r -> r.rule().equals("char-mask  keepFirst=2")),
                m.review().outcomeRows().toString());
    }

    @Test
    void exportIsBlockedWhileAnIdentifierLeaksAndWritesOnceFixed() throws Exception {
        PrivacyViewModel m = model(Debouncer.immediate());
        Path target = dir.resolve("out").resolve("customers-masked.csv");
        dialogs.nextFile = target;
        fxRun(() -> source.set(customers));
        fxRun(m.editor()::acceptSuggested);
        fxRun(() -> row(m, "email").operatorProperty().set("keep"));
        fxRun(m.editor()::apply);

        fxRun(m.export()::export);
        assertEquals(ExportViewModel.ExportState.BLOCKED, m.export().exportStateProperty().get());
        assertEquals(List.of("save: Export masked dataset", "info: Export blocked: personal data survives in email"),
                dialogs.shown);
        assertFalse(Files.exists(target));

        fxRun(() -> row(m, "email").operatorProperty().set("char-mask"));
        fxRun(m.editor()::apply);
        fxRun(m.export()::export);
        assertEquals(ExportViewModel.ExportState.WRITTEN, m.export().exportStateProperty().get());
        String written = Files.readString(target);
        assertTrue(written.startsWith("customer_id,full_name,email"), written.substring(0, 80));
        for (int i = 0; i < customers.rowCount(); i++) {
            assertFalse(written.contains(customers.column("email").getString(i)));
        }
        assertEquals(121, written.lines().count());
    }

    @Test
    void exportAnywayAsksForAReasonAndKeepsItWithTheExport() throws Exception {
        PrivacyViewModel m = model(Debouncer.immediate());
        Path target = dir.resolve("anyway").resolve("customers-masked.csv");
        dialogs.nextFile = target;
        fxRun(() -> source.set(customers));
        fxRun(m.editor()::acceptSuggested);
        fxRun(() -> row(m, "email").operatorProperty().set("keep"));
        fxRun(m.editor()::apply);
        assertFalse(fx(() -> m.export().exportAnywayAvailable().get()), "nothing blocked yet");

        fxRun(m.export()::export);
        assertEquals(ExportViewModel.ExportState.BLOCKED, m.export().exportStateProperty().get());
        assertTrue(fx(() -> m.export().exportAnywayAvailable().get()));

        dialogs.nextText = null; // the officer cancels: still blocked, nothing written
        fxRun(m.export()::exportAnyway);
        assertFalse(Files.exists(target));
        assertEquals(ExportViewModel.ExportState.BLOCKED, m.export().exportStateProperty().get());

        dialogs.nextText = "审计副本，数据保护官已批准";
        fxRun(m.export()::exportAnyway);
        assertEquals(ExportViewModel.ExportState.WRITTEN, m.export().exportStateProperty().get());
        assertTrue(Files.exists(target));
        LeakOverride kept = LeakOverride.read(LeakOverride.fileBeside(target));
        assertEquals("审计副本，数据保护官已批准", kept.reason());
        assertTrue(kept.leaks().getFirst().startsWith("Column 'email': "), kept.leaks().toString());
        assertEquals(2, dialogs.shown.stream().filter(s -> s.startsWith("ask: ")).count(), dialogs.shown.toString());
        assertFalse(fx(() -> m.export().exportAnywayAvailable().get()), "written: no longer offered");
    }

    @Test
    void anUnlockedVaultReplacesTheDemoKeyAndGivesStablePseudonyms() throws Exception {
        SimpleObjectProperty<io.safesegment.core.crypto.vault.KeyVault> vault = new SimpleObjectProperty<>();
        PrivacyViewModel m = fx(() -> new PrivacyViewModel(session, source, runner, dialogs, statuses::add,
                dataRequests::incrementAndGet, Debouncer.immediate(), vault));
        fxRun(() -> m.setActive(true));
        fxRun(() -> source.set(customers));
        fxRun(m.editor()::acceptSuggested);
        assertTrue(fx(() -> m.demoKeyProperty().get()), "locked: demo key notice shown");

        try (var opened = io.safesegment.core.crypto.vault.KeyVault.create(dir.resolve("ws"), "pw".toCharArray(),
                new io.safesegment.core.crypto.Argon2Params(256, 1, 1))) {
            fxRun(() -> vault.set(opened));
            assertFalse(fx(() -> m.demoKeyProperty().get()), "unlocked: no demo notice");
            String first = m.review().reviewProperty().get().mask().masked().column("customer_id").getString(0);
            assertTrue(opened.list().stream().anyMatch(k -> k.name().equals("pseudonym")), "the missing key was created");
            assertTrue(statuses.stream().anyMatch(s -> s.contains("pseudonym")), statuses.toString());
            fxRun(() -> row(m, "phone").paramsProperty().set("keepFirst=2"));
            fxRun(m.editor()::apply);
            String again = m.review().reviewProperty().get().mask().masked().column("customer_id").getString(0);
            assertEquals(first, again, "the vault key does not change between reviews");
        }
    }
}
