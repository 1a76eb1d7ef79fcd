package io.safesegment.ui.shell;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.workspace.DemoWorkspace;
import io.safesegment.ui.campaign.CampaignsViewModel;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.data.ColumnRolesModel;
import io.safesegment.ui.data.DataViewModel;
import io.safesegment.ui.governance.GovernanceViewModel;
import io.safesegment.ui.privacy.PrivacyViewModel;
import io.safesegment.ui.recommend.RecommendationsViewModel;
import io.safesegment.ui.keys.KeysViewModel;
import io.safesegment.ui.keys.UnlockViewModel;
import io.safesegment.ui.keys.VaultSession;
import io.safesegment.ui.recipe.RecipeViewModel;
import io.safesegment.ui.segment.SegmentsViewModel;
import io.safesegment.ui.shell.demo.DemoTour;
import io.safesegment.ui.shell.demo.DemoViewModel;
import io.safesegment.ui.value.ValueViewModel;
import java.nio.file.Path;

/**
 * The long-lived objects of one application window. ViewModels live here rather than in views, so rebuilding the
 * scene for another language keeps the open workspace, the selected section and the loaded dataset. The unlocked
 * key vault lives in {@code vaults}; ViewModels that need vault keys ask it.
 */
public record AppContext(TaskRunner tasks, DialogService dialogs, WorkspaceSession session, ShellViewModel shell,
                         DataViewModel data, PrivacyViewModel privacy,
                         VaultSession vaults, KeysViewModel keys, SegmentsViewModel segments,
                         RecommendationsViewModel recommendations, RecipeViewModel recipe,
                         CampaignsViewModel campaigns, GovernanceViewModel governance,
                         ValueViewModel value, DemoTour tour) {

    /** Wires the services; {@code settingsFile} is read now and rewritten on every change. */
    public static AppContext create(Path settingsFile, DemoWorkspace demo, TaskRunner tasks, DialogService shown) {
        DemoTour tour = new DemoTour(shown); // the guided demo answers its own save dialogs (decision 0036)
        DialogService dialogs = tour.dialogs();
        WorkspaceSession session = new WorkspaceSession();
        ShellViewModel shell = new ShellViewModel(settingsFile, session, demo, tasks, dialogs);
        DataViewModel data = new DataViewModel(session, tasks, dialogs, shell::setStatus);
        VaultSession vaults = new VaultSession(session);
        PrivacyViewModel privacy = PrivacyViewModel.create(session, data.tableProperty(), tasks, dialogs,
                shell::setStatus, () -> shell.sectionProperty().set(Section.DATA), vaults.vaultProperty());
        // After the Privacy ViewModel, so its saved policy is loaded before the headers decide whether to detect.
        new ColumnRolesModel(data.tableProperty(), privacy.policyProperty(), data.columnRolesProperty(), tasks);
        KeysViewModel keys = new KeysViewModel(session, vaults,
                new UnlockViewModel(session, vaults, tasks, Argon2Params.DEFAULT), tasks, dialogs, shell::setStatus);
        SegmentsViewModel segments = new SegmentsViewModel(session, data.tableProperty(), tasks, dialogs,
                shell::setStatus);
        RecommendationsViewModel recommendations = new RecommendationsViewModel(session, tasks, dialogs,
                shell::setStatus);
        RecipeViewModel recipe = new RecipeViewModel(session, vaults.vaultProperty(), tasks, dialogs,
                javafx.application.Platform::runLater);
        CampaignsViewModel campaigns = new CampaignsViewModel(tasks, dialogs, shell::setStatus, session);
        ValueViewModel value = new ValueViewModel(session, tasks, dialogs, shell::setStatus);
        return new AppContext(tasks, dialogs, session, shell, data, privacy, vaults, keys, segments,
                recommendations, recipe, campaigns, new GovernanceViewModel(session, tasks, dialogs, vaults.vaultProperty()),
                value, tour);
    }

    /** The guided demo (Help › Start demo). */
    public DemoViewModel demo() {
        return tour.model(this);
    }
}
