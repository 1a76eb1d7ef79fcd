package io.safesegment.core.recipe;

import io.safesegment.core.backup.BackupResult;
import io.safesegment.core.backup.BackupService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.Role;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.subject.SubjectKey;
import io.safesegment.core.subject.SubjectPseudonym;
import io.safesegment.core.subject.SubjectRequestService;
import io.safesegment.core.subject.SubjectResults;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The governance steps: {@code erase} (a data subject's rows removed from every workspace dataset,
 * {@link SubjectRequestService}) and {@code backup} (an encrypted workspace backup, {@link BackupService}). Both need
 * the role the interactive action needs — Privacy Officer, Administrator — from the replaying front end's signed-in
 * (or, on an ungoverned workspace, stated) actor, checked before anything is written and again by the service, which
 * audits a refusal. Neither carries a personal value or a secret: the person is a keyed pseudonym, the backup
 * password comes from the front end or an environment variable.
 */
final class GovernanceSteps {
    /** Environment variable a {@code backup} step reads its password from by default. */
    static final String DEFAULT_BACKUP_PASSWORD_ENV = "SAFESEGMENT_BACKUP_PASSWORD";
    /** Vault key a recorded erasure's pseudonym is made with, unless the front end names another. */
    static final String DEFAULT_PSEUDONYM_KEY = "subject-requests";

    private GovernanceSteps() {
    }

    static void checkErase(RecipeValidator v, RecipeStep s) {
        requireRole(v, s, Role.PRIVACY_OFFICER);
        try {
            subject(s);
        } catch (StepOptions.FieldException e) {
            v.problem(s, e.field, Message.of("recipe.error.parameterValue", e.getMessage()));
        }
        v.needKey(s.text("pseudonymKey", ""), KeyPurpose.PSEUDONYM_HMAC, s, "pseudonymKey");
        v.outputs().put(s.name(), StepData.written(null, RoleMapping.empty(), null, null));
    }

    /** The step's subject; a malformed field is named. */
    static SubjectPseudonym subject(RecipeStep s) {
        SubjectKey key = Arrays.stream(SubjectKey.values()).filter(k -> k.code().equals(s.text("key", "")
                .toLowerCase(Locale.ROOT))).findFirst().orElseThrow(() -> new StepOptions.FieldException("key",
                Message.of("recipe.erase.key")));
        for (String f : new String[] {"pseudonym", "suffixPseudonyms"}) {
            var node = s.get(f);
            if (node == null) {
                continue;
            }
            for (var e : node.isArray() ? node : java.util.List.of(node)) {
                if (!e.asText().matches("[0-9a-f]{64}")) {
                    throw new StepOptions.FieldException(f, Message.of("recipe.erase.pseudonym"));
                }
            }
        }
        return new SubjectPseudonym(key, s.text("pseudonym", ""), StepOptions.strings(s, "suffixPseudonyms"),
                StepOptions.strings(s, "maskedForms"));
    }

    static void runErase(RecipeRunner r, RecipeStep s, Map<String, Object> details, Progress progress)
            throws IOException {
        Actor actor = actor(r.keys(), s, Role.PRIVACY_OFFICER);
        SubjectPseudonym subject = subject(s);
        SubjectResults.Erased erased;
        try (KeyVault vault = r.keys().open()) {
            if (vault == null) {
                throw new RecipeException(s.number(), "pseudonymKey", Message.of("recipe.error.vaultClosed",
                        s.text("pseudonymKey", "")));
            }
            VaultKey key = vault.current(s.text("pseudonymKey", "")).requirePurpose(KeyPurpose.PSEUDONYM_HMAC);
            try {
                erased = SubjectRequestService.erase(Workspace.open(r.workspace()), actor, subject, key.material(),
                        null, progress);
            } finally {
                key.wipe();
            }
        }
        details.put("request", erased.request().id());
        details.put("rowsRemoved", erased.rowsRemoved());
        details.put("datasets", erased.datasets().size());
        details.put("pastExports", erased.pastExports().size());
    }

    static void checkBackup(RecipeValidator v, RecipeStep s, Path workspace) {
        requireRole(v, s, Role.ADMINISTRATOR);
        Path out = v.out(s, "output", "backup.ssbackup");
        if (out.startsWith(workspace.toAbsolutePath().normalize())) {
            v.problem(s, "output", Message.of("recipe.error.backupInside"));
        }
        char[] password = password(v.keys(), s);
        if (password == null) {
            v.problem(s, "passwordEnv", Message.of("recipe.error.backupPassword",
                    s.text("passwordEnv", DEFAULT_BACKUP_PASSWORD_ENV)));
        } else {
            Arrays.fill(password, '\0');
        }
        v.outputs().put(s.name(), StepData.written(out, RoleMapping.empty(), null, null));
    }

    static void runBackup(RecipeRunner r, RecipeStep s, Map<String, Object> details, Progress progress)
            throws IOException {
        Actor actor = actor(r.keys(), s, Role.ADMINISTRATOR);
        Path out = r.out(s, "output", "backup.ssbackup");
        char[] password = password(r.keys(), s);
        if (password == null) {
            throw new RecipeException(s.number(), "passwordEnv", Message.of("recipe.error.backupPassword",
                    s.text("passwordEnv", DEFAULT_BACKUP_PASSWORD_ENV)));
        }
        BackupResult result;
        try {
            result = BackupService.create(r.workspace(), out, password, actor, progress);
        } finally {
            Arrays.fill(password, '\0');
        }
        details.put("files", result.files());
        details.put("bytes", result.bytes());
        r.put(s.name(), StepData.written(out, RoleMapping.empty(), null, null));
    }

    /** The backup password from the front end, else the step's environment variable; a fresh array, or null. */
    private static char[] password(RecipeKeys keys, RecipeStep s) {
        char[] given = keys.backupPassword();
        if (given != null) {
            return given;
        }
        String value = System.getenv(s.text("passwordEnv", DEFAULT_BACKUP_PASSWORD_ENV));
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    private static void requireRole(RecipeValidator v, RecipeStep s, Role role) {
        Actor actor = v.keys().actor();
        if (actor == null || actor.role() != role) {
            v.problem(s, "kind", Message.of("recipe.error.needsRole", s.kind().id(), role.code(),
                    actor == null ? "-" : actor.role().code()));
        }
    }

    private static Actor actor(RecipeKeys keys, RecipeStep s, Role role) {
        Actor actor = keys.actor();
        if (actor == null) { // validation refused it already; the service checks the role itself
            throw new RecipeException(s.number(), "kind", Message.of("recipe.error.needsRole", s.kind().id(),
                    role.code(), "-"));
        }
        return actor;
    }
}
