package io.safesegment.ui.campaign;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.campaign.stats.ExperimentOptions;
import io.safesegment.core.campaign.stats.ExperimentReport;
import io.safesegment.ui.common.I18n;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Experiment analysis: results file → per-arm table with intervals, tests and the peeking warning. */
public final class ResultsPaneViewModel {
    private final CampaignSection section;
    private final ObjectProperty<Path> results = new SimpleObjectProperty<>(this, "results");
    private final StringProperty control = new SimpleStringProperty(this, "control", "");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");
    private final ObservableList<ExperimentReport.ArmResult> arms = FXCollections.observableArrayList();

    ResultsPaneViewModel(CampaignSection section) {
        this.section = section;
    }

    /** Asks for the results file. */
    public void chooseResults() {
        section.chooseCsv(i18n("campaign.results.choose")).ifPresent(results::set);
    }

    /** Analyses the chosen file. */
    public void analyse() {
        Path file = results.get();
        if (file == null) {
            section.dialogs.showError(i18n("campaign.results.title"), new IllegalArgumentException(
                    i18n("campaign.results.missing")));
            return;
        }
        CampaignService.ExperimentRequest request = section.withUserInput(() ->
                new CampaignService.ExperimentRequest(file, null, new ExperimentOptions(
                        control.get().isBlank() ? null : control.get().trim(), 0.05, 2000,
                        CampaignSection.parseLong(seed.get()), 0)));
        if (request != null) {
            section.start(i18n("campaign.results.title"), progress -> CampaignService.analyse(request, progress),
                    this::show);
        }
    }

    private void show(ExperimentReport report) {
        arms.setAll(report.arms());
        warnings.set(report.warnings().stream().map(I18n::render).collect(Collectors.joining("\n")));
        section.status.accept(i18n("campaign.results.done", report.arms().size(), report.control()));
    }

    /** The results file. */
    public ObjectProperty<Path> resultsProperty() {
        return results;
    }

    /** Control arm name (blank: "control" or the first arm). */
    public StringProperty controlProperty() {
        return control;
    }

    /** Bootstrap seed. */
    public StringProperty seedProperty() {
        return seed;
    }

    /** Peeking and multiple-arm notes of the last analysis, in the UI language. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** Per-arm results, control first. */
    public ObservableList<ExperimentReport.ArmResult> arms() {
        return arms;
    }
}
