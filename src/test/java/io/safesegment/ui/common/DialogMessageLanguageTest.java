package io.safesegment.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.crypto.WrongPasswordException;
import io.safesegment.core.i18n.Message;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Error dialogs show a core exception's message in the UI language, found anywhere in the cause chain. */
class DialogMessageLanguageTest {
    private final Locale old = I18n.locale();

    @AfterEach
    void restore() {
        I18n.setLocale(old);
    }

    @Test
    void aLocalizedCoreErrorIsShownInChinese() {
        I18n.setLocale(I18n.CHINESE);
        RuntimeException wrapped = new RuntimeException("wrapper",
                new WrongPasswordException(Message.of("vault.named", "/w/keys.vault")));

        assertEquals("wrapper", FxDialogService.userMessage(wrapped), "the outer message comes first");
        assertEquals("密钥库 /w/keys.vault 的密码错误",
                FxDialogService.userMessage(wrapped.getCause()));
        assertEquals("密钥库 /w/keys.vault 的密码错误",
                FxDialogService.userMessage(new RuntimeException(null, wrapped.getCause())));
    }

    @Test
    void inEnglishTheMessageIsTheExceptionsOwn() {
        I18n.setLocale(Locale.ENGLISH);
        WrongPasswordException e = new WrongPasswordException(Message.of("vault.named", "/w/keys.vault"));

        assertEquals(e.getMessage(), FxDialogService.userMessage(e));
        assertEquals("wrong password for the key vault /w/keys.vault", FxDialogService.userMessage(e));
        assertEquals("plain", FxDialogService.userMessage(new IllegalStateException("plain")));
    }
}
