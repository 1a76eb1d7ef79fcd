package io.safesegment.core.governance.approval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an approval request stands; {@link #code()} is stored and used on the CLI. */
public enum ApprovalStatus {
    /** Waiting for a Privacy Officer. */
    PENDING,
    /** Approved: exports with this policy revision may leave. */
    APPROVED,
    /** Rejected with a reason. */
    REJECTED;

    /** The stored lower-case name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named {@code text} (case-insensitive), if any. */
    public static Optional<ApprovalStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
