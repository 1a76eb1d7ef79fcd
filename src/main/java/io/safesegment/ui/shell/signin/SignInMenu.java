package io.safesegment.ui.shell.signin;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.keys.VaultSession;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The "Account" menu (Sign in…, Sign out, Create administrator…), the signed-in account in the status bar, the
 * sign-in prompt when a governed workspace opens, the demo Privacy Officer in demo mode (named in the title bar)
 * and alert notifications (record 0025). Added by code so the main view's FXML stays untouched.
 */
public final class SignInMenu {
    /** System property that switches the first-open offer of an Administrator off ({@code false}). */
    public static final String OFFER_PROPERTY = "safesegment.offerAdministrator";
    private static final Map<WorkspaceSession, AutoCloseable> ALERT_LISTENERS = new WeakHashMap<>();

    private final SignInViewModel model;
    private final WorkspaceSession session;
    private final Supplier<Stage> stage;
    private final MenuBar bar;
    private final VaultSession vaults;
    private final Label userLabel = new Label();
    private final ChangeListener<Workspace> workspaceListener = (obs, old, now) -> opened(now);
    private final ChangeListener<Actor> actorListener = (obs, old, now) -> showActor(now);

    private SignInMenu(MenuBar bar, SignInViewModel model, WorkspaceSession session, Supplier<Stage> stage,
                       VaultSession vaults) {
        this.bar = bar;
        this.vaults = vaults;
        this.model = model;
        this.session = session;
        this.stage = stage;
    }

    /**
     * Adds the Account menu before the last (Help) menu of {@code bar} and the account label to {@code statusBar}.
     */
    public static Menu install(MenuBar bar, Pane statusBar, WorkspaceSession session, VaultSession vaults,
                               TaskExecutor tasks, DialogService dialogs, Supplier<Stage> stage) {
        SignInMenu controller = new SignInMenu(bar, new SignInViewModel(session, tasks, vaults::hold), session,
                stage, vaults);
        synchronized (ALERT_LISTENERS) {
            // one notifier per window session, however often the view is rebuilt for another language
            ALERT_LISTENERS.computeIfAbsent(session, s -> AccessService.onAlert(alert -> Platform.runLater(
                    () -> dialogs.notify(I18n.render(alert.message())))));
        }
        Menu menu = new Menu(i18n("signin.menu"));
        menu.setId("accountMenu");
        MenuItem signIn = new MenuItem(i18n("signin.menu.signIn"));
        signIn.setId("signInItem");
        signIn.setOnAction(e -> SignInView.show(stage.get(), controller.model, false));
        MenuItem signOut = new MenuItem(i18n("signin.menu.signOut"));
        signOut.setId("signOutItem");
        signOut.disableProperty().bind(session.actorProperty().isNull());
        signOut.setOnAction(e -> controller.signOut());
        MenuItem admin = new MenuItem(i18n("signin.menu.admin"));
        admin.setId("createAdminItem");
        admin.setOnAction(e -> SignInView.show(stage.get(), controller.model, true));
        menu.setOnShowing(e -> {
            boolean governed = controller.model.signInNeeded();
            signIn.setDisable(!governed);
            admin.setDisable(governed || session.workspace() == null || session.workspace().isDemo());
        });
        menu.getItems().addAll(signIn, signOut, admin);
        menu.getProperties().put(SignInMenu.class, controller);
        bar.getMenus().add(Math.max(0, bar.getMenus().size() - 1), menu);

        controller.userLabel.setId("signedInUser");
        controller.userLabel.getStyleClass().add("status-text");
        controller.userLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        statusBar.getChildren().add(Math.min(1, statusBar.getChildren().size()), controller.userLabel);
        session.workspaceProperty().addListener(new WeakChangeListener<>(controller.workspaceListener));
        session.actorProperty().addListener(new WeakChangeListener<>(controller.actorListener));
        controller.showActor(session.actor());
        return menu;
    }

    private void opened(Workspace workspace) {
        if (bar.getScene() == null || bar.getScene().getWindow() == null) {
            return; // a view replaced by a language switch must not prompt
        }
        session.setActor(null);
        if (workspace == null) {
            return;
        }
        if (workspace.isDemo()) {
            model.signInDemo();
        } else if (model.signInNeeded()) {
            SignInView.show(stage.get(), model, false);
        } else if (offerAdministrator() && model.offerAdministrator()) {
            SignInView.offer(stage.get(), model);
        }
    }

    /**
     * Whether a workspace without accounts offers its Administrator on first open (record 0034). On, unless the
     * system property {@value #OFFER_PROPERTY} is {@code false} (the GUI test fixture switches it off so that the
     * other tests' windows are not covered by the offer).
     */
    static boolean offerAdministrator() {
        return !"false".equalsIgnoreCase(System.getProperty(OFFER_PROPERTY));
    }

    private void signOut() {
        vaults.lock(); // the next account must not inherit the unlocked keys
        model.signOut();
        if (model.signInNeeded()) {
            SignInView.show(stage.get(), model, false);
        }
    }

    private void showActor(Actor actor) {
        boolean governed = session.workspace() != null && actor == null && model.signInNeeded();
        userLabel.setText(actor != null ? SignInViewModel.describe(actor)
                : governed ? i18n("signin.status.none") : "");
        userLabel.setTooltip(actor == null ? null : new Tooltip(userLabel.getText()));
        Stage window = stage.get();
        if (window != null) {
            boolean demo = actor != null && SignInViewModel.DEMO_USER.equals(actor.user())
                    && session.workspace() != null && session.workspace().isDemo();
            window.setTitle(demo ? i18n("signin.title.demo", i18n("app.window.title")) : i18n("app.window.title"));
        }
    }
}
