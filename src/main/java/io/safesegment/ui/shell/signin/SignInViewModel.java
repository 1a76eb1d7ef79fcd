package io.safesegment.ui.shell.signin;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Signing in to a governed workspace (record 0025), and creating the first Administrator of a workspace that has no
 * accounts yet. The password arrives as a {@code char[]} that is wiped after use. The result is the session's
 * {@link WorkspaceSession#actorProperty() actor}, which the other ViewModels pass to the services.
 */
public final class SignInViewModel {
    /** The name shown for the demo workspace's built-in Privacy Officer. */
    public static final String DEMO_USER = "demo";

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final Consumer<KeyVault> unlocked;
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty totp = new SimpleStringProperty(this, "totp", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done");

    public SignInViewModel(WorkspaceSession session, TaskExecutor tasks) {
        this(session, tasks, vault -> vault.close());
    }

    /**
     * @param unlocked receives the workspace vault, opened with the vault password kept for a Privacy Officer or
     *                 Administrator, so the Keys menu and keyed masking work without typing the vault password
     */
    public SignInViewModel(WorkspaceSession session, TaskExecutor tasks, Consumer<KeyVault> unlocked) {
        this.session = session;
        this.tasks = tasks;
        this.unlocked = unlocked;
    }

    /** Whether the open workspace has accounts, so a sign-in is needed before work. */
    public boolean signInNeeded() {
        Path dir = directory();
        return dir != null && AccessService.isGoverned(dir);
    }

    /**
     * Whether to offer creating the Administrator now: the open workspace has no accounts and was never offered one
     * (asked once per workspace, whatever the answer; record 0034).
     */
    public boolean offerAdministrator() {
        Path dir = directory();
        return dir != null && AccessService.offerAdministrator(dir);
    }

    /** Clears the form for a new sign-in. */
    public void prepare() {
        error.set("");
        totp.set("");
        done.set(false);
    }

    /** Signs in with {@code password} (taken over and wiped); on success the session's actor is set. */
    public void signIn(char[] password) {
        Path dir = directory();
        String name = user.get() == null ? "" : user.get().strip();
        if (dir == null || name.isEmpty() || password.length == 0) {
            Secrets.wipe(password);
            error.set(i18n("signin.error.empty"));
            return;
        }
        String code = totp.get() == null || totp.get().isBlank() ? null : totp.get().strip();
        run(i18n("signin.task"), () -> {
            try (AccessService.Session signed = AccessService.signIn(dir, name, password, code)) {
                KeyVault vault = signed.vaultPassword() != null && KeyVault.exists(dir)
                        ? CryptoService.openVault(dir, signed) : null;
                return new SignedIn(signed.actor(), vault);
            } finally {
                Secrets.wipe(password);
            }
        });
    }

    /**
     * Makes the open (pre-existing, ungoverned) workspace governed with its first Administrator; {@code password} and
     * {@code confirm} are taken over and wiped. The Administrator is signed in afterwards.
     */
    public void createAdministrator(char[] password, char[] confirm) {
        Path dir = directory();
        String name = user.get() == null ? "" : user.get().strip();
        if (dir == null || name.isEmpty() || password.length == 0 || !java.util.Arrays.equals(password, confirm)) {
            Secrets.wipe(password, confirm);
            error.set(password.length > 0 && !name.isEmpty() ? i18n("signin.error.mismatch") : i18n("signin.error.empty"));
            return;
        }
        Secrets.wipe(confirm);
        run(i18n("signin.task.admin"), () -> {
            try {
                if (KeyVault.exists(dir)) {
                    // the vault password becomes the administrator's: prove it before the workspace is governed
                    CryptoService.openVault(dir, password, false, null).close();
                }
                return new SignedIn(AccessService.initialise(dir, name, password), null);
            } finally {
                Secrets.wipe(password);
            }
        });
    }

    /** Demo mode: a demo Privacy Officer is signed in without a password (the demo workspace has no accounts). */
    public void signInDemo() {
        session.setActor(new Actor(DEMO_USER, Role.PRIVACY_OFFICER));
    }

    /** Records the sign-out and clears the session's actor. */
    public void signOut() {
        Actor actor = session.actor();
        Path dir = directory();
        session.setActor(null);
        if (actor != null && dir != null && !DEMO_USER.equals(actor.user())) {
            tasks.run(i18n("signin.task.out"), progress -> {
                AccessService.signOut(dir, actor);
                return null;
            }, ignored -> { }, failure -> error.set(LocalizedMessage.of(failure).in(I18n.locale())));
        }
    }

    /** "ada (Administrator)" for the status bar, or "" when no one is signed in. */
    public static String describe(Actor actor) {
        if (actor == null) {
            return "";
        }
        String role = switch (actor.role()) {
            case ANALYST -> i18n("signin.role.analyst");
            case PRIVACY_OFFICER -> i18n("signin.role.officer");
            case ADMINISTRATOR -> i18n("signin.role.admin");
        };
        return i18n("signin.status.user", actor.user(), role);
    }

    private interface SignInWork {
        SignedIn call() throws Exception;
    }

    private record SignedIn(Actor actor, KeyVault vault) {
    }

    private void run(String title, SignInWork work) {
        error.set("");
        busy.set(true);
        tasks.run(title, progress -> {
            progress.update(-1, null);
            return work.call();
        }, signed -> {
            busy.set(false);
            session.setActor(signed.actor());
            if (signed.vault() != null) {
                unlocked.accept(signed.vault());
            }
            done.set(true);
        }, failure -> {
            busy.set(false);
            error.set(LocalizedMessage.of(failure).in(I18n.locale()));
        });
    }

    private Path directory() {
        Workspace workspace = session.workspace();
        return workspace == null ? null : workspace.directory();
    }

    /** The account name typed. */
    public StringProperty userProperty() {
        return user;
    }

    /** The TOTP code typed (empty when the account has no second factor). */
    public StringProperty totpProperty() {
        return totp;
    }

    /** The last failure, in the UI language; empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while the password is checked. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Becomes true once signed in (the dialog closes). */
    public BooleanProperty doneProperty() {
        return done;
    }
}
