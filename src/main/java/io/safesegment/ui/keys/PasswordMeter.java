package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import java.nio.CharBuffer;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The strength meter under a new master password: the level and its text (with the reason when weak or fair), and
 * the explicit "use this weak password anyway" confirmation without which a weak password is refused. A vault
 * password cannot be reset, but a guessable one lets anyone with a copy of {@code keys.vault} read every key.
 */
public final class PasswordMeter {
    private final ReadOnlyObjectWrapper<PasswordStrength> strength =
            new ReadOnlyObjectWrapper<>(this, "strength", PasswordStrength.NONE);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final BooleanProperty acceptWeak = new SimpleBooleanProperty(this, "acceptWeak");

    /** Rates the password being typed. */
    public void typed(CharSequence password) {
        PasswordRating rating = PasswordRating.of(password);
        strength.set(rating.strength());
        if (rating.strength() == PasswordStrength.FAIR || rating.strength() == PasswordStrength.STRONG) {
            // a confirmation given for a weak password must not carry over to another one; an empty field (the
            // password was just taken out of it on submit) keeps it
            acceptWeak.set(false);
        }
        String reason = rating.reason().map(PasswordMeter::reasonText).orElse("");
        text.set(switch (rating.strength()) {
            case NONE -> "";
            case WEAK -> i18n("keys.strength.weak", reason);
            case FAIR -> i18n("keys.strength.fair", reason);
            case STRONG -> i18n("keys.strength.strong");
        });
    }

    /** Back to an empty meter (a new dialog, a cleared field). */
    public void reset() {
        strength.set(PasswordStrength.NONE);
        text.set("");
        acceptWeak.set(false);
    }

    /**
     * Why {@code password} is refused: weak and not explicitly accepted. The array is only read, never copied.
     *
     * @return the message to show, or empty when the password may be used
     */
    public Optional<String> refusal(char[] password) {
        PasswordRating rating = PasswordRating.of(CharBuffer.wrap(password));
        if (!rating.weak() || acceptWeak.get()) {
            return Optional.empty();
        }
        return Optional.of(i18n("keys.strength.refused",
                rating.reason().map(PasswordMeter::reasonText).orElse(i18n("keys.strength.reason.short"))));
    }

    /** The reason in the UI language. */
    static String reasonText(PasswordRating.Reason reason) {
        return switch (reason) {
            case COMMON_PASSWORD -> i18n("keys.strength.reason.common");
            case WORD -> i18n("keys.strength.reason.word");
            case REPEAT -> i18n("keys.strength.reason.repeat");
            case SEQUENCE -> i18n("keys.strength.reason.sequence");
            case KEYBOARD -> i18n("keys.strength.reason.keyboard");
            case DATE -> i18n("keys.strength.reason.date");
            case SHORT -> i18n("keys.strength.reason.short");
        };
    }

    /** The level shown by the meter. */
    public ReadOnlyObjectProperty<PasswordStrength> strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    /** "Strength: weak — a common password", empty while nothing is typed. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The user's explicit "use this weak password anyway". */
    public BooleanProperty acceptWeakProperty() {
        return acceptWeak;
    }
}
