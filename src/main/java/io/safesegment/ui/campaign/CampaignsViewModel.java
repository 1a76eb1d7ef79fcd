package io.safesegment.ui.campaign;

import io.safesegment.core.recipe.SessionRecipe;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * The Campaigns section: design → assignment export, results → analysis, offer policies, rules, odd transactions.
 * One pane ViewModel per tab; they share only {@link CampaignSection} (one background task at a time).
 */
public final class CampaignsViewModel {
    private final CampaignSection section;
    private final DesignPaneViewModel design;
    private final ResultsPaneViewModel results;
    private final PoliciesPaneViewModel policies;
    private final RulesPaneViewModel rules;
    private final AnomaliesPaneViewModel anomalies;

    /** Creates the section's ViewModels, recording into a recipe of their own (no window session). */
    public CampaignsViewModel(TaskExecutor tasks, DialogService dialogs, Consumer<String> status) {
        this(tasks, dialogs, status, new SessionRecipe());
    }

    /**
     * Creates the section's ViewModels.
     *
     * @param recipe the window's recipe: a written assignment list is recorded there as a {@code campaign} step
     */
    public CampaignsViewModel(TaskExecutor tasks, DialogService dialogs, Consumer<String> status,
                              SessionRecipe recipe) {
        this(tasks, dialogs, status, recipe, null);
    }

    /**
     * Creates the section's ViewModels in the window.
     *
     * @param session the window's workspace and account: the design pane preselects a workspace dataset as target,
     *                and a written assignment list is checked and audited in that workspace
     */
    public CampaignsViewModel(TaskExecutor tasks, DialogService dialogs, Consumer<String> status,
                              WorkspaceSession session) {
        this(tasks, dialogs, status, session.recipe(), session);
    }

    private CampaignsViewModel(TaskExecutor tasks, DialogService dialogs, Consumer<String> status,
                               SessionRecipe recipe, WorkspaceSession session) {
        section = new CampaignSection(tasks, dialogs, status, recipe, session);
        design = new DesignPaneViewModel(section);
        results = new ResultsPaneViewModel(section);
        policies = new PoliciesPaneViewModel(section);
        rules = new RulesPaneViewModel(section);
        anomalies = new AnomaliesPaneViewModel(section);
    }

    /** Design pane. */
    public DesignPaneViewModel design() {
        return design;
    }

    /** Results pane. */
    public ResultsPaneViewModel results() {
        return results;
    }

    /** Policies pane. */
    public PoliciesPaneViewModel policies() {
        return policies;
    }

    /** Rules pane. */
    public RulesPaneViewModel rules() {
        return rules;
    }

    /** Odd transactions pane. */
    public AnomaliesPaneViewModel anomalies() {
        return anomalies;
    }

    /** True while the section's task runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return section.exclusive.busyProperty();
    }

    /** Cancels the running task. */
    public void cancel() {
        section.exclusive.cancel();
    }
}
