package io.safesegment.core.recipe;

import io.safesegment.core.crypto.vault.KeyVault;
import java.io.IOException;

/**
 * How a recipe reaches the workspace key vault. Recipes hold key ids only; the password stays with the front end
 * (the CLI reads it from a file or the environment), which opens the vault when a step needs a key.
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
}
