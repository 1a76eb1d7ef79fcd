package io.safesegment.core.governance;

import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;

/** Child-process entry of {@link ConcurrentAuditAppendTest}: appends {@code args[1]} entries as user {@code args[2]}. */
public final class AuditAppendMain {
    private AuditAppendMain() {
    }

    /** {@code WORKSPACE COUNT USER}. */
    public static void main(String[] args) {
        Workspace ws = Workspace.open(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            AuditService.record(ws, args[2], AuditEvent.success(AuditAction.ENCRYPT, args[2] + "-" + i, null), null);
        }
    }
}
