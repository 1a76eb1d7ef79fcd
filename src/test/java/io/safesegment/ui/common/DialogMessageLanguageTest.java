package io.safesegment.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.crypto.WrongPasswordException;
import io.safesegment.core.governance.approval.ApprovalException;
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
    void aGovernanceRefusalIsShownInChinese() {
        // third round of core keys: the approval, backup, subject, recipe and model errors reach the dialog too
        I18n.setLocale(I18n.CHINESE);
        ApprovalException e = new ApprovalException(Message.of("approval.approvalService.noApproval", "retail", 3));

        assertEquals("策略“retail”修订 3 未获审批；此工作区只导出已审批的策略修订。请用以下命令申请：safesegment approvals "
                + "request --policy retail --revision 3", FxDialogService.userMessage(new RuntimeException(null, e)));
        assertEquals("Policy 'retail' revision 3 has no approval; this workspace exports only approved policy "
                + "revisions. Request one with: safesegment approvals request --policy retail --revision 3",
                e.getMessage(), "the CLI's English is the old concatenation");
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
