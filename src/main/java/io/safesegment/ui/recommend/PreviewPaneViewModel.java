package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.recommend.SegmentPreview;
import io.safesegment.core.recommend.UserPreview;
import io.safesegment.core.task.Progress;
import io.safesegment.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import javafx.beans.binding.BooleanBinding;

/**
 * The Preview pane: the top-N of two trained models side by side for a customer or a segment, through
 * {@link RecommendationService#forCustomer} / {@link RecommendationService#forSegment}. Each shown list is recorded
 * as a {@code recommend} recipe step (model, seed, n, segment), whose replay lists the same top-N per customer.
 */
public final class PreviewPaneViewModel {
    private final RecommendSection section;
    private final PreviewState preview = new PreviewState();

    PreviewPaneViewModel(RecommendSection section) {
        this.section = section;
    }

    /** New data: the searchable customers and segments; earlier lists and models are cleared. */
    void dataBuilt(BuiltInteractions data) {
        preview.setData(data.customers(), data.segments());
        preview.setTrained(List.of());
    }

    /** Another workspace: nothing to preview. */
    void clear() {
        preview.setData(List.of(), List.of());
        preview.setTrained(List.of());
    }

    /** The trained models changed: offer them as A and B. */
    void trainedChanged() {
        preview.setTrained(section.trained.stream().map(TrainedModel::name).toList());
    }

    /** Previews the top-N of models A and B for the chosen customer or segment, in the background. */
    public void runPreview() {
        TrainedModel a = section.trainedModel(preview.modelAProperty().get());
        TrainedModel b = section.trainedModel(preview.modelBProperty().get());
        BuiltInteractions data = section.built.get();
        if (a == null || data == null || section.exclusive.isBusy()) {
            if (a == null && !section.exclusive.isBusy()) {
                section.dialogs.showInformation(i18n("recommend.preview"), i18n("recommend.error.notrained"));
            }
            return;
        }
        int n = preview.nProperty().get();
        boolean forSegment = preview.targetProperty().get() == PreviewState.Target.SEGMENT;
        String customer = preview.customerProperty().get();
        String segment = preview.segmentProperty().get();
        if (forSegment ? segment == null : customer == null || customer.isBlank()) {
            section.dialogs.showInformation(i18n("recommend.preview"), forSegment ? i18n("recommend.error.nosegment")
                    : i18n("recommend.error.nocustomer"));
            return;
        }
        List<TrainedModel> models = b == null ? List.of(a) : List.of(a, b);
        section.start(i18n("recommend.task.preview"), progress -> {
            List<PreviewList> out = new ArrayList<>();
            for (int x = 0; x < models.size(); x++) {
                Progress p = progress.slice((double) x / models.size(), (x + 1.0) / models.size());
                var fitted = models.get(x).fitted();
                out.add(forSegment ? segmentList(data, fitted, segment, n, p)
                        : customerList(data, fitted, customer.trim(), n));
            }
            return out;
        }, results -> {
            preview.showA(results.get(0).summary(), results.get(0).items());
            if (results.size() > 1) {
                preview.showB(results.get(1).summary(), results.get(1).items());
            } else {
                preview.showB("", List.of());
            }
            models.forEach(m -> section.recipe.recordRecommend(data.choice(), m, n, forSegment ? segment : null));
        });
    }

    /**
     * Exports a campaign list — top-N of model A for every customer, or every member of the chosen segment when the
     * target is a segment — to a CSV the user chooses, in the background with progress and cancel.
     */
    public void exportCampaignList() {
        TrainedModel a = section.trainedModel(preview.modelAProperty().get());
        if (a == null || section.exclusive.isBusy()) {
            if (a == null && !section.exclusive.isBusy()) {
                section.dialogs.showInformation(i18n("recommend.campaign"), i18n("recommend.error.notrained"));
            }
            return;
        }
        boolean forSegment = preview.targetProperty().get() == PreviewState.Target.SEGMENT;
        String segment = forSegment ? preview.segmentProperty().get() : null;
        if (forSegment && segment == null) {
            section.dialogs.showInformation(i18n("recommend.campaign"), i18n("recommend.error.nosegment"));
            return;
        }
        int n = preview.nProperty().get();
        Optional<Path> target = section.dialogs.save(i18n("recommend.campaign.choose"),
                "campaign-" + a.name() + (segment == null ? "" : "-" + segment.replaceAll("[^A-Za-z0-9_-]", "_"))
                        + ".csv", null, List.of(DialogService.FileFilter.of(i18n("recommend.campaign.filter"),
                        "*.csv")));
        if (target.isEmpty()) {
            return;
        }
        section.start(i18n("recommend.task.campaign"), progress -> RecommendationService.writeCampaignList(
                a.fitted(), segment, n, target.get(), progress), list -> section.status.accept(
                        i18n("recommend.status.campaign", list.customers(), list.file().getFileName().toString())));
    }

    private static PreviewList segmentList(BuiltInteractions data, RecommendationService.Fitted fitted,
                                           String segment, int n, Progress progress) {
        SegmentPreview s = RecommendationService.forSegment(fitted, segment, n, progress);
        return new PreviewList(i18n("recommend.preview.segment", s.model(), s.segment(), s.members(), s.sampled()),
                Explanations.forSegment(s.items(), data.loaded().catalogue(), data.loaded().matrix(),
                        RecommendationService.members(fitted, segment)));
    }

    private static PreviewList customerList(BuiltInteractions data, RecommendationService.Fitted fitted,
                                            String customer, int n) {
        UserPreview u = RecommendationService.forCustomer(fitted, customer, n);
        return new PreviewList(u.known() ? i18n("recommend.preview.customer", u.model(), u.userId(), u.history())
                : i18n("recommend.preview.unknown", u.model(), u.userId()),
                Explanations.forCustomer(u.items(), data.loaded().catalogue(), data.loaded().segments().get(customer)));
    }

    /** One side of the comparison: the heading and the items with translated explanations. */
    private record PreviewList(String summary, List<RecommendedItem> items) {
    }

    /** Target, list length, models A and B, and the shown lists. */
    public PreviewState preview() {
        return preview;
    }

    /** True while previews cannot start (a task runs or nothing is built). */
    public BooleanBinding previewDisabled() {
        return section.exclusive.busyProperty().or(section.built.isNull());
    }
}
