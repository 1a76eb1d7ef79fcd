package io.safesegment.core.privacy.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A privacy officer's decision to write a masked export although the leak scan blocked it. Kept with the export
 * (in {@link MaskedExport.Outcome} and in a {@value #SUFFIX} file beside the exported file) so that lineage and the
 * audit trail can show who overrode what, when and why. Holds counts and column names only, never a data value.
 *
 * @param reason         the typed justification (stripped, never blank)
 * @param user           the operating-system user who overrode ({@code user.name})
 * @param at             when
 * @param policyId       the policy that was applied
 * @param policyRevision its revision
 * @param leakSummary    the leak scan's one-line summary
 * @param leaks          one sentence per finding (column, count, kind)
 */
public record LeakOverride(String reason, String user, Instant at, String policyId, int policyRevision,
                           String leakSummary, List<String> leaks) {
    /** Suffix of the record written beside an overridden export. */
    public static final String SUFFIX = ".leak-override.json";
    /** Longest reason kept; longer text is refused rather than cut. */
    public static final int MAX_REASON = 2_000;

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** Validates and copies. */
    public LeakOverride {
        reason = requireReason(reason);
        if (user == null || user.isBlank()) {
            throw new LocalizedArgumentException(Message.of("review.leakOverride.anExportOverrideNeeds"));
        }
        if (at == null) {
            throw new LocalizedArgumentException(Message.of("review.leakOverride.anExportOverrideNeeds2"));
        }
        leaks = List.copyOf(leaks == null ? List.of() : leaks);
    }

    /** The override of {@code report} by the current user ({@code user.name}), now. */
    public static LeakOverride of(String reason, MaskingPolicy policy, LeakReport report) {
        String user = System.getProperty("user.name", "");
        return new LeakOverride(reason, user.isBlank() ? "unknown" : user, Instant.now(), policy.id(),
                policy.revision(), report.summary(), report.messages());
    }

    /**
     * The stripped reason, or an exception a user can act on when it is missing, blank or too long.
     *
     * @throws IllegalArgumentException naming what is wrong with the reason (never repeating it)
     */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new LocalizedArgumentException(Message.of("review.leakOverride.exportingDespiteTheLeak"));
        }
        String r = reason.strip();
        if (r.length() > MAX_REASON) {
            throw new LocalizedArgumentException(Message.of("review.leakOverride.theOverrideReasonHas", r.length(), MAX_REASON));
        }
        return r;
    }

    /** The record's file beside {@code export}. */
    public static Path fileBeside(Path export) {
        return export.resolveSibling(export.getFileName() + SUFFIX);
    }

    /** Writes this record beside {@code export} (atomically, synced) and returns the file. */
    public Path writeBeside(Path export) throws IOException {
        Path file = fileBeside(export);
        AtomicFiles.writeString(file, MAPPER.writeValueAsString(this) + "\n", true);
        return file;
    }

    /** Reads a record written by {@link #writeBeside(Path)}. */
    public static LeakOverride read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), LeakOverride.class);
    }
}
