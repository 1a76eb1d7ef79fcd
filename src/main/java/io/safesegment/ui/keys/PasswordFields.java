package io.safesegment.ui.keys;

import javafx.scene.control.PasswordField;

/** Moves a password out of a {@link PasswordField} into a {@code char[]} (never a String) and clears the field. */
final class PasswordFields {
    private PasswordFields() {
    }

    /** The field's characters in a fresh array the caller must wipe; the field is emptied. */
    static char[] take(PasswordField field) {
        CharSequence chars = field.getCharacters();
        char[] copy = new char[chars.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = chars.charAt(i);
        }
        field.clear();
        return copy;
    }
}
