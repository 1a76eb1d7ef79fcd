package io.safesegment.ui.campaign;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.campaign.design.CampaignDesign;
import io.safesegment.core.campaign.design.DesignResult;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.recipe.RecipeRecordingService;
import io.safesegment.ui.common.DialogService;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Campaign design: target, offers, channel, seeded split, power check, assignment export. */
public final class DesignPaneViewModel {
    private final CampaignSection section;
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty where = new SimpleStringProperty(this, "where", "");
    private final StringProperty offers = new SimpleStringProperty(this, "offers", "coupon-10,free-shipping");
    private final StringProperty channel = new SimpleStringProperty(this, "channel", "email");
    private final StringProperty controlShare = new SimpleStringProperty(this, "controlShare", "0.2");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
    private final StringProperty baseline = new SimpleStringProperty(this, "baseline", "0.05");
    private final StringProperty mde = new SimpleStringProperty(this, "mde", "0.01");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<DesignResult.ArmSize> arms = FXCollections.observableArrayList();

    DesignPaneViewModel(CampaignSection section) {
        this.section = section;
        if (section.session != null) {
            section.session.workspaceProperty().addListener((obs, old, now) -> preselect());
            section.session.datasetsRevisionProperty().addListener((obs, old, now) -> preselect());
            preselect();
        }
    }

    /**
     * Offers the workspace's segment file (else its customers), masked child first, as the target while none is
     * chosen: a campaign starts from data the workspace already holds.
     */
    void preselect() {
        var ws = section.session.workspace();
        if (ws == null || target.get() != null) {
            return;
        }
        DatasetService.preferredDataset(ws, "segment").or(() -> DatasetService.preferredDataset(ws, "customer"))
                .map(Dataset::file).ifPresent(target::set);
    }

    /** Asks for the target file (segment file, RFM scores, recommendation list, customers). */
    public void chooseTarget() {
        section.chooseCsv(i18n("campaign.design.target.choose")).ifPresent(target::set);
    }

    /** Splits the target and asks where to write the assignment list. */
    public void design() {
        Path file = target.get();
        if (file == null) {
            section.dialogs.showError(i18n("campaign.design.title"), new IllegalArgumentException(
                    i18n("campaign.design.target.missing")));
            return;
        }
        CampaignService.DesignRequest request = section.withUserInput(() -> new CampaignService.DesignRequest(file,
                RoleMapping.empty(), where.get().isBlank() ? null : where.get(), new CampaignDesign(
                Arrays.stream(offers.get().split(",")).map(String::trim).toList(), channel.get(),
                CampaignSection.parseDouble(controlShare.get()), CampaignSection.parseLong(seed.get())),
                baseline.get().isBlank() ? null : new CampaignService.SampleSizeRequest(
                        CampaignSection.parseDouble(baseline.get()), CampaignSection.parseDouble(mde.get()), 0.05,
                        0.8), null, section.workspaceDirectory(), section.actor()));
        if (request == null) {
            return;
        }
        Path out = section.dialogs.save(i18n("campaign.design.save"), "assignments.csv", file.getParent(),
                List.of(DialogService.FileFilter.of(i18n("campaign.filter.csv"), "*.csv"))).orElse(null);
        CampaignService.DesignRequest withOut = request.withOut(out);
        section.start(i18n("campaign.design.title"), progress -> CampaignService.design(withOut, progress),
                result -> {
                    if (withOut.out() != null) { // replayable: the same seeded split to the same list
                        RecipeRecordingService.recordCampaign(section.recipe, withOut);
                    }
                    show(result);
                });
    }

    private void show(DesignResult result) {
        arms.setAll(result.arms());
        String power = "";
        if (result.sampleSizePerArm() != null) {
            power = " " + (result.underpowered() ? i18n("campaign.design.underpowered", result.sampleSizePerArm())
                    : i18n("campaign.design.powered", result.sampleSizePerArm()));
        }
        summary.set(i18n("campaign.design.summary", result.targetCustomers(), result.seed(), result.channel())
                + power + (result.assignments() == null ? "" : " " + i18n("campaign.design.written",
                result.assignments())));
        section.status.accept(summary.get());
    }

    /** The target file. */
    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    /** {@code column=value} filter. */
    public StringProperty whereProperty() {
        return where;
    }

    /** Offers, comma-separated. */
    public StringProperty offersProperty() {
        return offers;
    }

    /** Channel. */
    public StringProperty channelProperty() {
        return channel;
    }

    /** Control share 0..1. */
    public StringProperty controlShareProperty() {
        return controlShare;
    }

    /** Seed of the split (shown, recorded in the result). */
    public StringProperty seedProperty() {
        return seed;
    }

    /** Baseline rate for the power check (blank: none). */
    public StringProperty baselineProperty() {
        return baseline;
    }

    /** Minimum detectable effect (absolute). */
    public StringProperty mdeProperty() {
        return mde;
    }

    /** What the last design did. */
    public javafx.beans.property.ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Arm sizes of the last design. */
    public ObservableList<DesignResult.ArmSize> arms() {
        return arms;
    }
}
