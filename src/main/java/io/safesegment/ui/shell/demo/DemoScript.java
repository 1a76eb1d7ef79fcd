package io.safesegment.ui.shell.demo;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.workspace.DemoWorkspace;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.data.DataViewModel;
import io.safesegment.ui.privacy.PrivacyViewModel;
import io.safesegment.ui.recommend.PreviewState;
import io.safesegment.ui.recommend.RecommendationsViewModel;
import io.safesegment.ui.segment.SegmentsViewModel;
import io.safesegment.ui.shell.AppContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The demo's steps performed through the window's own ViewModels — the same calls the sections' buttons make, so
 * the demo has no second implementation of any flow. Each step chains its actions with {@link FxIdle}: the next
 * action runs when the previous one's background task (and its callbacks) are over. Approval and signing are in
 * {@link DemoRelease}.
 */
final class DemoScript implements DemoActions {
    /** The anonymisation target: every combination of quasi-identifiers shared by at least this many customers. */
    static final int K = 5;
    /** Segments of the demo run, and its seed (recorded in the run and the recipe; shown in the Segments section). */
    static final int SEGMENTS = 4;
    static final long SEGMENT_SEED = 7;
    static final long RECOMMEND_SEED = 99;
    static final String MODEL = "itemknn";

    private final AppContext app;
    private final DemoDialogs dialogs;
    private final FxIdle idle;
    private final DemoRelease release;

    DemoScript(AppContext app, DemoDialogs dialogs) {
        this.app = app;
        this.dialogs = dialogs;
        this.idle = new FxIdle(app.tasks().runningTasks());
        this.release = new DemoRelease(app, dialogs, idle);
    }

    @Override
    public void perform(DemoStep step, Consumer<Outcome> done) {
        // Wait for what the navigation itself started (a section's first detection or dataset list refresh).
        idle.then(() -> {
            switch (step) {
                case LOAD -> load(done);
                case ROLES -> roles(done);
                case DETECT -> detect(done);
                case POLICY -> policy(done);
                case ANONYMISE -> anonymise(done);
                case APPROVE -> release.approveAndExport(files(), done);
                case SEGMENT -> segment(done);
                case RECOMMEND -> recommend(done);
                case SIGN -> release.sign(files(), done);
            }
        });
    }

    private DemoFiles files() {
        Workspace ws = app.session().workspace();
        DemoFiles files = DemoFiles.in(ws.directory());
        try {
            Files.createDirectories(files.folder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Opens the demo workspace (sample datasets) and loads the customers, as Help › Open sample data does. */
    private void load(Consumer<Outcome> done) {
        DataViewModel data = app.data();
        app.shell().openSampleData(() -> {
            data.datasets().stream().filter(d -> DemoWorkspace.SAMPLE_FILES.getFirst().equals(d.name())).findFirst()
                    .ifPresent(data.selectedProperty()::set);
            data.loadSelected();
        });
        idle.then(() -> done.accept(data.tableProperty().get() == null ? Outcome.failed(i18n("demo.load.failed"))
                : Outcome.done(i18n("demo.load.done", data.tableProperty().get().rowCount(),
                data.datasets().size()))));
    }

    /** Opens the role-mapping panel on the suggestions; the presenter checks them and presses Apply. */
    private void roles(Consumer<Outcome> done) {
        var mapping = app.data().roleMapping();
        if (!mapping.openForLoaded()) {
            done.accept(Outcome.failed(i18n("demo.load.failed")));
            return;
        }
        mapping.editingProperty().addListener(new ChangeListener<Dataset>() {
            @Override
            public void changed(ObservableValue<? extends Dataset> o, Dataset was, Dataset now) {
                if (now == null) { // Apply saves in the background; Cancel keeps the saved roles
                    o.removeListener(this);
                    idle.then(() -> done.accept(Outcome.done(i18n("demo.roles.done",
                            mapping.mapping().asMap().size()))));
                }
            }
        });
    }

    private void detect(Consumer<Outcome> done) {
        PrivacyViewModel privacy = app.privacy();
        privacy.detection().detect();
        idle.then(() -> done.accept(Outcome.done(i18n("demo.detect.done"))));
    }

    /**
     * Accepts the suggested policy, keeping the customer number as the join key to the transactions (an internal
     * number, not a direct identifier outside the company), and applies it as a revision.
     */
    private void policy(Consumer<Outcome> done) {
        var editor = app.privacy().editor();
        editor.acceptSuggested();
        editor.columns().stream().filter(r -> r.column().equals("customer_id")).findFirst().ifPresent(r -> {
            r.operatorProperty().set("keep");
            r.roleProperty().set(ColumnRole.OTHER);
        });
        boolean applied = editor.apply();
        idle.then(() -> {
            var policy = app.privacy().policyProperty().get();
            done.accept(applied && policy != null ? Outcome.done(i18n("demo.policy.done", policy.revision()))
                    : Outcome.failed(editor.invalidReasonProperty().get()));
        });
    }

    /** Finds the least-loss generalisation that makes the customers {@value #K}-anonymous and applies it. */
    private void anonymise(Consumer<Outcome> done) {
        var anonymise = app.privacy().anonymise();
        anonymise.targets().kProperty().set(K);
        anonymise.findOptimal();
        idle.then(() -> {
            if (anonymise.space().pickedProperty().get() == null) {
                done.accept(Outcome.failed(anonymise.messageProperty().get()));
                return;
            }
            anonymise.applyPick();
            idle.then(() -> {
                var policy = app.privacy().policyProperty().get();
                done.accept(Outcome.done(i18n("demo.anonymise.done", K, anonymise.levelsProperty().get(),
                        policy.revision())));
            });
        });
    }

    /** Clusters the masked customers (the newest masked dataset) with a fixed seed and keeps the assignments. */
    private void segment(Consumer<Outcome> done) {
        SegmentsViewModel segments = app.segments();
        Workspace ws = app.session().workspace();
        String masked = ws.datasets().stream().filter(d -> "masked".equals(d.kind()))
                .max(Comparator.comparing(Workspace.DatasetEntry::addedAt)).map(Workspace.DatasetEntry::name)
                .orElse(null);
        if (masked == null) {
            done.accept(Outcome.failed(i18n("demo.segment.nomasked")));
            return;
        }
        segments.source().customersDatasetProperty().set(masked);
        segments.source().loadSource();
        idle.then(() -> {
            segments.settings().kProperty().set(SEGMENTS);
            segments.settings().seedProperty().set(SEGMENT_SEED);
            segments.run();
            idle.then(() -> {
                if (segments.runProperty().get() == null) {
                    done.accept(Outcome.failed(i18n("demo.segment.failed")));
                    return;
                }
                DemoFiles files = files();
                dialogs.answerNextSave(files.assignments());
                segments.exportAssignments();
                idle.then(() -> done.accept(Files.isRegularFile(files.assignments())
                        ? Outcome.done(i18n("demo.segment.done", SEGMENTS, SEGMENT_SEED, masked))
                        : Outcome.failed(i18n("demo.segment.failed"))));
            });
        });
    }

    /** Builds purchase interactions, trains item kNN and previews and exports the top 5 for one RFM segment. */
    private void recommend(Consumer<Outcome> done) {
        RecommendationsViewModel recommend = app.recommendations();
        recommend.settings().seedProperty().set(RECOMMEND_SEED);
        recommend.dataPane().buildInteractions();
        idle.then(() -> {
            recommend.settings().select(List.of(MODEL));
            recommend.modelsPane().train();
            idle.then(() -> {
                PreviewState preview = recommend.preview();
                if (preview.segments().isEmpty() || recommend.trained().isEmpty()) {
                    done.accept(Outcome.failed(i18n("demo.recommend.failed")));
                    return;
                }
                preview.modelAProperty().set(MODEL);
                preview.nProperty().set(5);
                preview.targetProperty().set(PreviewState.Target.SEGMENT);
                preview.segmentProperty().set(preview.segments().getFirst());
                recommend.previewPane().runPreview();
                idle.then(() -> exportCampaign(recommend, preview, done));
            });
        });
    }

    private void exportCampaign(RecommendationsViewModel recommend, PreviewState preview, Consumer<Outcome> done) {
        DemoFiles files = files();
        dialogs.answerNextSave(files.campaignList());
        recommend.previewPane().exportCampaignList();
        idle.then(() -> done.accept(Files.isRegularFile(files.campaignList())
                ? Outcome.done(i18n("demo.recommend.done", preview.segmentProperty().get(),
                files.campaignList().getFileName()))
                : Outcome.failed(i18n("demo.recommend.failed"))));
    }

    /** The text of a failure for the panel (the sections show their own error dialogs too). */
    static String reason(Throwable error) {
        return I18n.message(error);
    }
}
