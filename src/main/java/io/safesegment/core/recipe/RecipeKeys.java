package io.safesegment.core.recipe;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.crypto.vault.KeyVault;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * How a recipe reaches secrets. Recipes hold key ids and database URLs only; the passwords stay with the front end
 * (the CLI reads them from a file or the environment), which opens the vault when a step needs a key and hands over
 * a database password when a {@code postgres} step connects.
 */
public interface RecipeKeys {
    /** No vault: steps that need keys are rejected. */
    RecipeKeys NONE = () -> null;

    /**
     * Opens the vault; the caller closes it.
     *
     * @return the vault, or null when none is available (no password given, or no vault in the workspace)
     */
    KeyVault open() throws IOException;

    /**
     * The password of a {@code postgres} step's database as a fresh array the caller wipes, or null to fall back to
     * the environment variable the step names ({@code passwordEnv}, default {@code SAFESEGMENT_PG_PASSWORD}).
     *
     * @param url  the step's JDBC URL (host, port, database; never a password)
     * @param user the step's user name
     */
    default char[] databasePassword(String url, String user) {
        return null;
    }

    /**
     * Who replays the recipe: the signed-in account (or, on an ungoverned workspace, the stated user and role), whose
     * role governance steps ({@code erase}, {@code backup}) require like the interactive actions; null: nobody, so
     * those steps are refused.
     */
    default Actor actor() {
        return null;
    }

    /**
     * The password of a {@code backup} step's file as a fresh array the caller wipes, or null to fall back to the
     * environment variable the step names ({@code passwordEnv}, default {@code SAFESEGMENT_BACKUP_PASSWORD}).
     */
    default char[] backupPassword() {
        return null;
    }

    /** {@code vault}'s keys plus a database password read by {@code password} (a fresh array each call, or null). */
    static RecipeKeys withDatabasePassword(RecipeKeys vault, Supplier<char[]> password) {
        return new RecipeKeys() {
            @Override
            public KeyVault open() throws IOException {
                return vault.open();
            }

            @Override
            public char[] databasePassword(String url, String user) {
                return password.get();
            }

            @Override
            public Actor actor() {
                return vault.actor();
            }

            @Override
            public char[] backupPassword() {
                return vault.backupPassword();
            }
        };
    }

    /**
     * {@code base} replayed by {@code actor}, with backup passwords read by {@code backupPassword} (a fresh array each
     * call, or null for the environment).
     */
    static RecipeKeys withActor(RecipeKeys base, Actor actor, Supplier<char[]> backupPassword) {
        return new RecipeKeys() {
            @Override
            public KeyVault open() throws IOException {
                return base.open();
            }

            @Override
            public char[] databasePassword(String url, String user) {
                return base.databasePassword(url, user);
            }

            @Override
            public Actor actor() {
                return actor;
            }

            @Override
            public char[] backupPassword() {
                char[] p = backupPassword == null ? null : backupPassword.get();
                return p != null ? p : base.backupPassword();
            }
        };
    }
}
