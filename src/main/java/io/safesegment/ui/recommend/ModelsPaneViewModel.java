package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recommend.ModelParameters;
import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.recommend.TuneResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The Models pane: the model list, hyper-parameters and seed ({@link ModelSettings}), tuning the ticked models by
 * inner validation ({@link RecommendationService#tune}) and training them on all interactions through
 * {@link RecommendationService#fit}, for the preview (with the tuned values after a Tune).
 */
public final class ModelsPaneViewModel {
    private final RecommendSection section;
    private final ModelSettings settings = new ModelSettings();
    private final Runnable onTrained;
    private final ReadOnlyObjectWrapper<RecommendationService.TuneReport> tuned =
            new ReadOnlyObjectWrapper<>(this, "tuned");
    private final ReadOnlyStringWrapper tuneSummary = new ReadOnlyStringWrapper(this, "tuneSummary", "");

    /**
     * @param onTrained runs after training (the preview lists the trained models)
     */
    ModelsPaneViewModel(RecommendSection section, Runnable onTrained) {
        this.section = section;
        this.onTrained = onTrained;
    }

    /** Offers the models that fit the built data (mf only for ratings, content only with products). */
    void dataBuilt(BuiltInteractions data) {
        settings.offer(data.explicit(), !data.loaded().catalogue().isEmpty());
        tuned.set(null); // chosen on other data
        tuneSummary.set("");
    }

    /**
     * Tunes the ticked models' hyper-parameters by inner validation on the built interactions (decision 0027), in
     * the background; the next training uses the chosen values and the summary lists them.
     */
    public void tune() {
        BuiltInteractions data = section.built.get();
        if (data == null || section.exclusive.isBusy()) {
            return;
        }
        List<String> names = settings.selected();
        long seed = settings.seedProperty().get();
        ModelParameters params = section.withUserInput(() -> settings.parameters(seed));
        if (params == null || names.isEmpty()) {
            if (names.isEmpty()) {
                section.dialogs.showInformation(i18n("recommend.tune"), i18n("recommend.error.nomodels"));
            }
            return;
        }
        section.start(i18n("recommend.task.tune"), progress -> RecommendationService.tune(data.loaded(), names,
                params, seed, progress), report -> {
                    tuned.set(report);
                    tuneSummary.set(summary(report));
                    section.status.accept(i18n("recommend.status.tuned", report.models().size()));
                });
    }

    private static String summary(RecommendationService.TuneReport report) {
        StringBuilder sb = new StringBuilder();
        for (TuneResult r : report.models()) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(r.settingsTried() == 0 ? i18n("recommend.tune.none", r.model())
                    : i18n("recommend.tune.result", r.model(), r.metric(), r.defaultValue(), r.tunedValue(),
                            r.chosen().toString()));
        }
        return sb.toString();
    }

    /** The chosen values of the last Tune, one line per model (empty before tuning). */
    public ReadOnlyStringProperty tuneSummaryProperty() {
        return tuneSummary.getReadOnlyProperty();
    }

    /** The last tuning on the current data, or null. */
    public RecommendationService.TuneReport tuned() {
        return tuned.get();
    }

    /** Trains the ticked models on all interactions (for previews), one after the other, in the background. */
    public void train() {
        BuiltInteractions data = section.built.get();
        if (data == null || section.exclusive.isBusy()) {
            return;
        }
        List<String> names = settings.selected();
        long seed = settings.seedProperty().get();
        double longTail = settings.longTailProperty().get();
        RecommendationService.TuneReport tuning = tuned.get();
        ModelParameters params = tuning != null && tuning.seed() == seed ? tuning.parameters()
                : section.withUserInput(() -> settings.parameters(seed));
        if (params == null || names.isEmpty()) {
            if (names.isEmpty()) {
                section.dialogs.showInformation(i18n("recommend.train"), i18n("recommend.error.nomodels"));
            }
            return;
        }
        section.start(i18n("recommend.task.train"), progress -> {
            List<TrainedModel> out = new ArrayList<>();
            for (int x = 0; x < names.size(); x++) {
                String name = names.get(x);
                progress.update((double) x / names.size(), i18n("recommend.task.training", name));
                long t0 = System.nanoTime();
                var fitted = RecommendationService.fit(data.loaded(),
                        new RecommendationService.ModelChoice(name, seed, longTail), params,
                        progress.slice((double) x / names.size(), (x + 1.0) / names.size()));
                out.add(new TrainedModel(name, fitted, (System.nanoTime() - t0) / 1e9, seed, params));
            }
            return out;
        }, result -> {
            Map<String, TrainedModel> byName = new LinkedHashMap<>();
            section.trained.forEach(t -> byName.put(t.name(), t));
            result.forEach(t -> byName.put(t.name(), t));
            section.trained.setAll(byName.values());
            onTrained.run();
            section.status.accept(i18n("recommend.status.trained", result.size()));
        });
    }

    /** The model list, hyper-parameters and seed. */
    public ModelSettings settings() {
        return settings;
    }

    /** The models trained on the current data. */
    public ObservableList<TrainedModel> trained() {
        return section.trained;
    }

    /** True while training cannot start (a task runs or nothing is built). */
    public BooleanBinding trainDisabled() {
        return section.exclusive.busyProperty().or(section.built.isNull());
    }
}
