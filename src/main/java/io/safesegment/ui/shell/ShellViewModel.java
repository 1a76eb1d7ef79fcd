package io.safesegment.ui.shell;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.workspace.DemoWorkspace;
import io.safesegment.core.workspace.UserSettings;
import io.safesegment.core.workspace.WindowGeometry;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceLocations;
import io.safesegment.core.workspace.WorkspaceService;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.Theme;
import io.safesegment.ui.common.WorkspaceSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the main window: which section is shown, the open workspace, recent workspaces, language, theme and the
 * status-bar message. It owns the {@link UserSettings} and saves them after every change.
 */
public final class ShellViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);

    private final Path settingsFile;
    private final WorkspaceSession session;
    private final DemoWorkspace demo;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    private UserSettings settings;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.DATA);
    private final ObservableList<Path> recentWorkspaces = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper workspaceName = new ReadOnlyStringWrapper(this, "workspaceName", "");
    private final ReadOnlyStringWrapper workspacePath = new ReadOnlyStringWrapper(this, "workspacePath", "");
    private final BooleanProperty demoMode = new SimpleBooleanProperty(this, "demoMode");
    private final ReadOnlyObjectWrapper<Locale> language = new ReadOnlyObjectWrapper<>(this, "language");

    /** Reads the settings (falling back to defaults) and applies the remembered language. */
    public ShellViewModel(Path settingsFile, WorkspaceSession session, DemoWorkspace demo, TaskExecutor tasks,
                          DialogService dialogs) {
        this.settingsFile = settingsFile;
        this.session = session;
        this.demo = demo;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.settings = UserSettings.load(settingsFile);
        I18n.setLocale(I18n.fromSettingsCode(settings.language()));
        language.set(I18n.locale());
        status.set(i18n("status.ready"));
        syncRecent();
    }

    /**
     * Opens the workspace given on the command line, else the last one, else the default one. The default
     * workspace is filled with the sample datasets the first time (demo mode); {@code --demo} forces that.
     */
    public void openStartupWorkspace(LaunchOptions options) {
        openStartupWorkspace(options, () -> { });
    }

    /** {@link #openStartupWorkspace(LaunchOptions)}, then runs {@code whenOpen} (e.g. opens the launch's recipe file). */
    public void openStartupWorkspace(LaunchOptions options, Runnable whenOpen) {
        Path dir = options.workspace() != null ? options.workspace()
                : settings.lastWorkspace() != null ? Path.of(settings.lastWorkspace())
                : WorkspaceLocations.defaultWorkspace();
        open(dir, options.demo(), whenOpen);
    }

    /** Opens (creating when needed) the workspace in {@code directory}. */
    public void openWorkspace(Path directory) {
        open(directory, false);
    }

    /**
     * Help › Open sample data: opens the default workspace with the sample datasets (installing any that are
     * missing; files already there are kept), then runs {@code whenOpen}. When the open workspace is already the demo
     * workspace it only runs {@code whenOpen}.
     */
    public void openSampleData(Runnable whenOpen) {
        Path demoDir = WorkspaceLocations.defaultWorkspace().toAbsolutePath().normalize();
        Workspace current = session.workspace();
        if (current != null && current.isDemo() && !current.datasets().isEmpty()) {
            whenOpen.run();
            return;
        }
        status.set(i18n("samples.status.opening"));
        open(demoDir, true, whenOpen);
    }

    private void open(Path directory, boolean demoRequested) {
        open(directory, demoRequested, () -> { });
    }

    private void open(Path directory, boolean demoRequested, Runnable whenOpen) {
        Path dir = directory.toAbsolutePath().normalize();
        boolean isDefault = dir.equals(WorkspaceLocations.defaultWorkspace().toAbsolutePath().normalize());
        status.set(i18n("workspace.status.opening", dir));
        tasks.run(i18n("workspace.task.open", dir.getFileName()), progress -> {
            progress.update(-1, null);
            Workspace workspace = Workspace.open(dir);
            if (demoRequested || (isDefault && WorkspaceService.isFresh(workspace))) {
                WorkspaceService.installDemo(demo, workspace);
            }
            return new Opened(workspace, workspace.isDemo());
        }, opened -> {
            session.setWorkspace(opened.workspace());
            workspaceName.set(String.valueOf(dir.getFileName()));
            workspacePath.set(dir.toString());
            demoMode.set(opened.demo());
            settings = settings.withWorkspaceOpened(dir);
            syncRecent();
            save();
            status.set(i18n("workspace.status.opened", dir));
            whenOpen.run();
        }, error -> {
            status.set(i18n("status.ready"));
            dialogs.showError(i18n("workspace.error.open", dir), error);
        });
    }

    private record Opened(Workspace workspace, boolean demo) {
    }

    /** Switches the language; the window rebuilds its scene afterwards. */
    public void setLanguage(Locale locale) {
        I18n.setLocale(locale);
        settings = settings.withLanguage(I18n.settingsCode(locale));
        save();
        status.set(i18n("status.ready"));
        language.set(I18n.locale());
    }

    /** The language in use. */
    public Locale language() {
        return I18n.fromSettingsCode(settings.language());
    }

    /** Switches the theme (remembered). */
    public void setTheme(Theme theme) {
        settings = settings.withTheme(theme.settingsCode());
        save();
    }

    /** The language in use, observable: secondary windows (Keys, user guide) follow it while open. */
    public ReadOnlyObjectProperty<Locale> languageProperty() {
        return language.getReadOnlyProperty();
    }

    /** The theme in use. */
    public Theme theme() {
        return Theme.fromSettingsCode(settings.theme());
    }

    /** The remembered main-window geometry, if any. */
    public Optional<WindowGeometry> window() {
        return Optional.ofNullable(settings.window());
    }

    /** Remembers the main-window geometry. */
    public void rememberWindow(WindowGeometry geometry) {
        settings = settings.withWindow(geometry);
        save();
    }

    /** Sets the status-bar message (already translated). */
    public void setStatus(String message) {
        status.set(message);
    }

    /** The directory of the open workspace, or null. */
    public Path workspaceDirectory() {
        return session.workspace() == null ? null : session.workspace().directory();
    }

    private void syncRecent() {
        recentWorkspaces.setAll(settings.recentWorkspaces().stream().map(Path::of).toList());
    }

    private void save() {
        try {
            settings.save(settingsFile);
        } catch (IOException e) {
            // Losing a preference is not worth interrupting the user; the log says why.
            LOG.warn("Cannot save settings to {}: {}", settingsFile, e.getMessage());
        }
    }

    /** The section shown in the content area. */
    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    /** Recently opened workspaces, most recent first. */
    public ObservableList<Path> recentWorkspaces() {
        return recentWorkspaces;
    }

    /** The status-bar message. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Folder name of the open workspace. */
    public ReadOnlyStringProperty workspaceNameProperty() {
        return workspaceName.getReadOnlyProperty();
    }

    /** Full path of the open workspace. */
    public ReadOnlyStringProperty workspacePathProperty() {
        return workspacePath.getReadOnlyProperty();
    }

    /** Whether the open workspace is a demo workspace. */
    public ReadOnlyBooleanProperty demoModeProperty() {
        return demoMode;
    }

    /** The current settings (for the Preferences dialog). */
    public UserSettings settings() {
        return settings;
    }
}
