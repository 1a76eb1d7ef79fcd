package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.profile.SegmentProfile;
import io.safesegment.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The profiles pane: one row per segment of the current run (editable name), the run summary, CSV export. */
public final class ProfilesViewModel {
    private final SegmentsContext context;
    private final ObservableList<ProfileRow> profiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper runSummary = new ReadOnlyStringWrapper(this, "runSummary", "");
    private Runnable afterRename = () -> { };
    private java.util.function.Consumer<java.nio.file.Path> afterExport = file -> { };

    ProfilesViewModel(SegmentsContext context) {
        this.context = context;
        context.currentProperty().addListener((obs, old, now) -> {
            // A rename replaces the run by itself with another name: the rows (and an edit in progress) stay.
            if (now != null && (old == null || !old.run().id().equals(now.run().id()))) {
                show(now);
            }
        });
    }

    /** Runs after the profiles were written to a file (the section records it). */
    void setAfterExport(java.util.function.Consumer<java.nio.file.Path> action) {
        this.afterExport = action;
    }

    /** Runs after a rename was saved (the runs list refreshes). */
    void setAfterRename(Runnable action) {
        this.afterRename = action;
    }

    private void show(SegmentsContext.CurrentRun current) {
        List<ProfileRow> rows = new ArrayList<>();
        for (SegmentProfile p : current.profiles()) {
            if (p.segment() >= 0) {
                ProfileRow row = new ProfileRow(p);
                row.nameProperty().addListener((obs, old, now) -> rename(p.segment(), now));
                rows.add(row);
            }
        }
        profiles.setAll(rows);
        ClusteringRun r = current.run();
        runSummary.set(i18n("segments.run.summary", SegmentText.algorithm(r.algorithm()), r.k(), r.seed(),
                r.silhouette() == null ? "–" : String.format(Locale.ROOT, "%.3f", r.silhouette()), r.noise(),
                r.durationMillis()) + "\n" + FeatureText.report(current.matrix().report()));
    }

    /** Renames a segment of the current run and saves the run again. */
    void rename(int segment, String newName) {
        SegmentsContext.CurrentRun current = context.current();
        String name = newName == null ? "" : newName.strip();
        if (current == null) {
            return;
        }
        ClusteringRun r = current.run();
        if (segment < 0 || segment >= r.k() || name.isEmpty() || name.equals(r.segmentNames().get(segment))) {
            return;
        }
        List<String> names = new ArrayList<>(r.segmentNames());
        names.set(segment, name);
        ClusteringRun renamed = new ClusteringRun(r.id(), r.createdAt(), r.algorithm(), r.parameters(), r.seed(),
                r.featureNames(), r.datasetFingerprint(), r.rowFingerprint(), r.durationMillis(), r.labels(),
                r.sizes(), r.noise(), r.centroids(), names, r.silhouette());
        context.setCurrent(new SegmentsContext.CurrentRun(current.matrix(), renamed, current.projection(),
                current.profiles()));
        Workspace workspace = context.session().workspace();
        context.tasks().run(i18n("segments.task.rename"), progress -> {
            SegmentationService.saveRun(workspace, renamed);
            return renamed;
        }, saved -> afterRename.run(), error -> context.dialogs().showError(i18n("segments.error.rename"), error));
    }

    /** Writes the profile statistics (with the names as edited) to a CSV file the user picks. */
    public void exportProfiles() {
        if (profiles.isEmpty()) {
            return;
        }
        List<SegmentProfile> named = profiles.stream().map(row -> {
            SegmentProfile p = row.profile();
            return new SegmentProfile(p.segment(), row.nameProperty().get(), p.size(), p.share(), p.features(),
                    p.topCategories(), p.description());
        }).toList();
        context.saveAs(i18n("segments.export.profiles.title"), "segment-profiles.csv",
                i18n("segments.export.csv"), "*.csv", file -> SegmentationService.writeProfiles(file, named),
                afterExport);
    }

    /** Profile column title of a feature of the current run: its name and original unit. */
    public String featureTitle(String feature) {
        SegmentsContext.CurrentRun current = context.current();
        return FeatureText.title(feature, current == null ? null : current.matrix().report());
    }

    /** The features of the current run, in column order (empty before a run). */
    public List<String> runFeatures() {
        SegmentsContext.CurrentRun current = context.current();
        return current == null ? List.of() : current.run().featureNames();
    }

    /** Changes when another run is shown (the heat-map columns follow its features). */
    public ReadOnlyObjectProperty<SegmentsContext.CurrentRun> currentProperty() {
        return context.currentProperty();
    }

    /** True until a run exists. */
    public BooleanBinding noRun() {
        return context.currentProperty().isNull();
    }

    /** One row per segment. */
    public ObservableList<ProfileRow> profiles() {
        return profiles;
    }

    /** About the current run: algorithm, k, seed, silhouette, and what the features left out. */
    public ReadOnlyStringProperty runSummaryProperty() {
        return runSummary.getReadOnlyProperty();
    }
}
