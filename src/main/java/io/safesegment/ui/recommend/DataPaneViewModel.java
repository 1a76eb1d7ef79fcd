package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.recommend.data.SkippedRows;
import io.safesegment.core.workspace.RunDatasets;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * The Data pane of the Recommendations section: which workspace datasets to read and how purchases become
 * feedback ({@link RecommendSource}), and the build of the interaction matrix that every other pane works on.
 */
public final class DataPaneViewModel {
    private final RecommendSection section;
    private final RecommendSource source = new RecommendSource();
    private final Runnable onBuilt;

    /**
     * @param onBuilt runs after a successful build (the other panes reset what depended on the old data)
     */
    DataPaneViewModel(RecommendSection section, Runnable onBuilt) {
        this.section = section;
        this.onBuilt = onBuilt;
    }

    /** Builds the interaction matrix (and segments) from the chosen datasets in the background. */
    public void buildInteractions() {
        SourceChoice choice = section.withUserInput(() -> source.choice(section.session.workspace()));
        if (choice == null || section.exclusive.isBusy()) {
            return;
        }
        List<RunDatasets.Used> reading = source.usedDatasets(section.session.workspace());
        section.start(i18n("recommend.task.build"), progress -> BuiltInteractions.build(choice, progress), result -> {
            section.builtFrom = reading;
            section.trained.clear();
            section.built.set(result);
            onBuilt.run();
            RecommendationService.MatrixSize m = RecommendationService.size(result.loaded().matrix());
            section.dataSummary.set(i18n("recommend.data.summary", m.customers(), m.items(), m.interactions(),
                    result.segments().size(), result.choice().description())
                    + (result.choice().inputs().transactions() == null ? ""
                    : "\n" + skippedText(result.loaded().skipped())));
            section.status.accept(i18n("recommend.status.built", m.interactions()));
        });
    }

    /** What the transactions left out or netted, shown under the interaction counts (also when all are 0). */
    private static String skippedText(SkippedRows skipped) {
        return i18n("recommend.data.skipped", skipped.withoutCustomer(), skipped.returnLines(),
                skipped.nettedReturnLines(), skipped.fullyReturnedPairs());
    }

    /** The dataset choice the pane's fields bind to. */
    public RecommendSource source() {
        return source;
    }

    /** True while a task of the section runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return section.exclusive.busyProperty();
    }
}
