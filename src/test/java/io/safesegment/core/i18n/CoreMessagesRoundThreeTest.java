package io.safesegment.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.safesegment.core.backup.BackupException;
import io.safesegment.core.governance.access.Totp;
import io.safesegment.core.governance.approval.ApprovalRequest;
import io.safesegment.core.privacy.policy.PolicyException;
import io.safesegment.core.privacy.policy.RiskTargets;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeProblem;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.recommend.model.KnnParams;
import io.safesegment.core.recommend.model.Similarity;
import io.safesegment.core.subject.SubjectKey;
import io.safesegment.core.subject.SubjectQuery;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third round of core message keys (issue #15): governance, recipe options, the recommendation models' parameter
 * checks, backup, subject requests, release, campaigns and the file errors. Each English text below was written by
 * hand from the string concatenation it replaces (the CLI prints it and scripts compare it); the Chinese is real
 * Chinese; exception types stay what callers catch.
 */
class CoreMessagesRoundThreeTest {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;

    @Test
    void aModelParameterCheckKeepsItsEnglishAndItsType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new KnnParams(Similarity.COSINE, 20, -1.5));

        // "shrinkage must be >= 0, was " + shrinkage
        assertEquals("shrinkage must be >= 0, was -1.5", e.getMessage());
        assertEquals("shrinkage 必须 >= 0，当前为 -1.5", ((LocalizedMessage) e).message().in(CHINESE));
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> new KnnParams(Similarity.COSINE, -12000, 1));
        assertEquals("neighbours must be > 0, was -12000", n.getMessage(), "whole numbers stay ungrouped");
    }

    @Test
    void aRecipeStepOptionKeepsItsEnglishReasonForTheJsonAndIsTranslatedForTheGui() throws IOException {
        Files.writeString(dir.resolve("orders.csv"), "customer_id,amount\nK1,3\n");
        Recipe recipe = Recipe.parse("""
                {"recipeVersion":1,"name":"t","steps":[{"kind":"import","name":"orders","file":"orders.csv",
                 "options":{"encoding":"klingon"}}]}""", dir);

        List<RecipeProblem> problems = RecipeService.validate(recipe, dir.resolve("ws"), RecipeKeys.NONE);

        assertEquals(1, problems.size(), problems.toString());
        RecipeProblem p = problems.getFirst();
        assertEquals("options.encoding", p.field());
        assertEquals("unknown encoding; try UTF-8, GB18030 or windows-1252", p.reason(), "the --json contract");
        assertEquals("未知编码；请尝试 UTF-8、GB18030 或 windows-1252", p.detail().in(CHINESE));
    }

    @Test
    void governanceChecksAreTranslated() {
        IllegalArgumentException revision = assertThrows(IllegalArgumentException.class,
                () -> new ApprovalRequest("retail", 0, "customers.csv", null, null));
        assertEquals("Policy revision must be 1 or more, was 0", revision.getMessage());
        assertEquals("策略修订号必须为 1 或更大，当前为 0", ((LocalizedMessage) revision).message().in(CHINESE));

        IllegalArgumentException base32 = assertThrows(IllegalArgumentException.class,
                () -> Totp.fromBase32("AB1C"));
        assertEquals("Not a Base32 character at position 3", base32.getMessage());
        assertEquals("第 3 位不是 Base32 字符", ((LocalizedMessage) base32).message().in(CHINESE));
    }

    @Test
    void aSubjectRequestNamesTheKeyNeverTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SubjectQuery(SubjectKey.PHONE, "12-34"));
        assertEquals("A phone number needs at least 6 digits", e.getMessage());
        assertEquals("电话号码至少需要 6 位数字", ((LocalizedMessage) e).message().in(CHINESE));
    }

    @Test
    void riskTargetsKeepJavasDecimalsAndTheVariant() {
        PolicyException e = assertThrows(PolicyException.class,
                () -> new RiskTargets(null, 2.5, "distinct", null, null, null, null));
        // "Risk target l must be at least 1 (a whole number for " + lVariant + " l-diversity), was " + l
        assertEquals("Risk target l must be at least 1 (a whole number for distinct l-diversity), was 2.5",
                e.getMessage());
        assertEquals("风险目标 l 必须至少为 1（distinct l-多样性要求整数），当前为 2.5", e.message().in(CHINESE));
    }

    @Test
    void anApostropheInATextWithArgumentsSurvives() {
        // MessageFormat drops a single quote; the bundles double it where a pattern has arguments.
        BackupException e = new BackupException(Message.of("backup.backupArchive.integrity", Path.of("b.zip"),
                "row 3 missing from index"));
        assertEquals("b.zip: the workspace database fails SQLite's integrity check (row 3 missing from index)",
                e.getMessage());
        assertEquals("b.zip：工作区数据库未通过 SQLite 完整性检查（row 3 missing from index）", e.message().in(CHINESE));
        assertEquals("A subject request needs the person's email", assertThrows(IllegalArgumentException.class,
                () -> new SubjectQuery(SubjectKey.EMAIL, " ")).getMessage());
    }

    @Test
    void aDatabaseFailureTranslatesWhatWasAttemptedAndKeepsTheDriversText() {
        Message m = Message.of("approval.approvalStore.cannot", Message.of("approval.approvalStore.read"),
                Path.of("/w/workspace.db"), Message.literal("disk I/O error"));
        // "Cannot " + what + " " + workspace.databaseFile() + ": " + e.getMessage()
        assertEquals("Cannot read the approvals in " + Path.of("/w/workspace.db") + ": disk I/O error", m.english());
        assertEquals("无法读取审批（" + Path.of("/w/workspace.db") + "）：disk I/O error", m.in(CHINESE));
    }

    @Test
    void aFileRefusalIsStillAnIOException() throws IOException {
        Path input = Files.writeString(dir.resolve("customers.csv"), "id\n1\n");

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.requireNotSameFile(input, input));
        assertEquals("Refusing to overwrite the input file " + input + "; choose another output file",
                e.getMessage());
        assertEquals("拒绝覆盖输入文件 " + input + "；请选择其他输出文件",
                assertInstanceOf(LocalizedMessage.class, e).message().in(CHINESE));
    }

    @Test
    void thePrivacyBudgetTextIsTheOneStringFormatWrote() {
        String old = String.format(Locale.ROOT,
                "Privacy budget of dataset '%s' exceeded: this run needs ε = %s, δ = %s, but only ε = %s, δ = %s "
                        + "remain of the total ε = %s, δ = %s (spent ε = %s, δ = %s). Nothing was written. Use "
                        + "fewer or weaker noise rules, or raise the total deliberately.",
                "customers.csv", "0.5", "1e-06", "0.2", "0", "1", "1e-05", "0.8", "1e-05");
        Message m = Message.of("policy.privacyBudgetLedger.exceeded", "customers.csv", "0.5", "1e-06", "0.2", "0",
                "1", "1e-05", "0.8", "1e-05");
        assertEquals(old, m.english());
        assertEquals("数据集“customers.csv”的隐私预算已超出：本次运行需要 ε = 0.5、δ = 1e-06，但总量 ε = 1、δ = 1e-05 "
                + "中只剩 ε = 0.2、δ = 0（已用 ε = 0.8、δ = 1e-05）。未写入任何内容。请使用更少或更弱的噪声规则，或经审慎考虑后"
                + "再提高总量。", m.in(CHINESE));
    }

    @Test
    void aRefusalForLackOfARoleStaysASecurityException() {
        LocalizedSecurityException e = new LocalizedSecurityException(
                Message.of("retention.retentionService.analystCannotSet"));
        assertInstanceOf(SecurityException.class, e);
        assertEquals("An Analyst cannot set retention periods; ask an Administrator or a Privacy Officer",
                e.getMessage());
        assertEquals("分析师不能设置保留期；请联系管理员或隐私官", e.message().in(CHINESE));
    }
}
