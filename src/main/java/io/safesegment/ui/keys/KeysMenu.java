package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The "Keys" menu of the main window (Key vault…, Unlock / Create key vault…, Lock) and the unlock prompt when a
 * workspace with a vault is opened. Added by code so the main view's FXML stays untouched.
 */
public final class KeysMenu {
    private final KeysViewModel model;
    private final Supplier<Window> owner;
    private final MenuBar bar;
    private final ChangeListener<Path> unlockListener = (obs, old, now) -> promptUnlock(now);

    private KeysMenu(MenuBar bar, KeysViewModel model, Supplier<Window> owner) {
        this.bar = bar;
        this.model = model;
        this.owner = owner;
    }

    /**
     * Adds the Keys menu to {@code bar} before its last (Help) menu.
     *
     * @param language the app's language, which an open Keys window follows
     * @param help     opens the Keys page of the user guide (F1 in the Keys window)
     */
    public static Menu install(MenuBar bar, KeysViewModel model, Supplier<Window> owner,
                               ObservableValue<Locale> language, Runnable help) {
        KeysMenu keysMenu = new KeysMenu(bar, model, owner);
        Menu menu = new Menu(i18n("keys.menu"));
        menu.setId("keysMenu");
        MenuItem open = new MenuItem(i18n("keys.menu.open"));
        open.setId("keysOpenItem");
        open.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> KeysWindow.show(owner.get(), model, language, help));
        MenuItem unlock = new MenuItem();
        unlock.setId("keysUnlockItem");
        unlock.textProperty().bind(Bindings.when(model.vaultExistsProperty()).then(i18n("keys.menu.unlock"))
                .otherwise(i18n("keys.menu.createVault")));
        unlock.disableProperty().bind(model.unlockedBinding());
        unlock.setOnAction(e -> UnlockView.show(owner.get(), model.unlock()));
        MenuItem lock = new MenuItem(i18n("keys.lock"));
        lock.setId("keysLockItem");
        lock.disableProperty().bind(model.lockedBinding());
        lock.setOnAction(e -> model.lock());
        menu.getItems().addAll(open, new SeparatorMenuItem(), unlock, lock);
        // the menu keeps its controller (and so the weak listener's target) alive exactly as long as the view
        menu.getProperties().put(KeysMenu.class, keysMenu);
        model.unlockRequestProperty().addListener(new WeakChangeListener<>(keysMenu.unlockListener));
        int at = Math.max(0, bar.getMenus().size() - 1);
        bar.getMenus().add(at, menu);
        return menu;
    }

    private void promptUnlock(Path workspace) {
        // a view replaced by a language switch is no longer in a scene and must not prompt
        if (workspace != null && bar.getScene() != null && bar.getScene().getWindow() != null
                && !model.vaults().isUnlocked()) {
            model.unlockRequestHandled();
            UnlockView.show(owner.get(), model.unlock());
        }
    }
}
