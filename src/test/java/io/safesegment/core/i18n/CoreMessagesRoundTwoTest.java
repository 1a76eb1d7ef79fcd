package io.safesegment.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.privacy.mask.CharacterMaskOperator;
import io.safesegment.core.privacy.mask.InvalidParameterException;
import io.safesegment.core.privacy.mask.MaskingException;
import io.safesegment.core.workspace.WorkspaceException;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The second round of core message keys (issue #15): the English text is the one the string concatenations wrote
 * before (the CLI and its tests compare it), the Chinese text is real Chinese, numbers are neither grouped nor
 * reformatted, and a wrapped cause is rendered in the same language.
 */
class CoreMessagesRoundTwoTest {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void anOperatorParameterKeepsItsEnglishReasonAndMessage() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> new CharacterMaskOperator(-1, 0, "*", false, false));

        // written by hand from the old concatenation: operator + ": '" + parameter + "' " + reason
        assertEquals("char-mask: 'keepFirst' must be 0 or more, was -1", e.getMessage());
        assertEquals("must be 0 or more, was -1", e.reason());
        assertEquals("必须为 0 或更大，当前为 -1", e.reasonMessage().in(CHINESE));
        assertEquals("char-mask：参数“keepFirst”必须为 0 或更大，当前为 -1", e.message().in(CHINESE));
        assertInstanceOf(MaskingException.class, e, "callers catching MaskingException still catch it");
    }

    @Test
    void largeNumbersStayUngroupedAsInTheOldText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Argon2Params(Argon2Params.MAX_MEMORY_KIB + 1, 3, 1));

        assertEquals("Argon2 memory must be 8..4194304 KiB, got 4194305", e.getMessage());
        assertEquals("Argon2 内存必须在 8..4194304 KiB 之间，当前为 4194305",
                ((LocalizedMessage) e).message().in(CHINESE));
    }

    @Test
    void decimalsAreWrittenAsJavaWritesThem() {
        // String.valueOf(double), as the concatenation did: 1.0E-4, not MessageFormat's "0"
        Message m = Message.of("cluster.kMeansOptions.tolMustBeZero", String.valueOf(-1.0E-4));
        assertEquals("tol must be zero or positive, was -1.0E-4", m.english());
        assertEquals("tol 必须为零或正数，当前为 -1.0E-4", m.in(CHINESE));
    }

    @Test
    void aWrappedCauseIsRenderedInTheSameLanguage() {
        InvalidParameterException cause = new InvalidParameterException("replace", "value",
                Message.of("mask.replaceOperator.mustNotBeBlank"));
        Message m = Message.of("policy.operatorFactory.ruleForColumn2", "email", LocalizedMessage.of(cause));

        assertEquals("Rule for column 'email': replace: 'value' must not be blank", m.english());
        assertEquals("列“email”的规则：replace：参数“value”不能为空", m.in(CHINESE));
    }

    @Test
    void aWorkspaceErrorKeepsTheUntranslatedCauseText() {
        SQLException cause = new SQLException("database is locked");
        WorkspaceException e = new WorkspaceException(Message.of("workspace.workspace.cannotReadSetting", "theme",
                "/w/workspace.db", LocalizedMessage.of(cause)), cause);

        assertEquals("Cannot read setting 'theme' from /w/workspace.db: database is locked", e.getMessage());
        assertEquals("无法从 /w/workspace.db 读取设置“theme”：database is locked", e.message().in(CHINESE));
    }

    @Test
    void anIllegalStateStaysAnIllegalState() {
        LocalizedStateException e = new LocalizedStateException(Message.of("vault.keyVault.theKeyVaultWas"));
        assertInstanceOf(IllegalStateException.class, e);
        assertEquals("The key vault was closed", e.getMessage());
        assertEquals("密钥库已关闭", e.message().in(CHINESE));
    }

    @Test
    void progressTextsOfTheAnonymiseSearchAreKeys() {
        assertEquals("Measured 3 of 1200 transformations", Message.of("progress.anonymise.measured", 3, 1200L)
                .english());
        assertEquals("已度量 3 / 1200 个变换", Message.of("progress.anonymise.measured", 3, 1200L).in(CHINESE));
    }
}
