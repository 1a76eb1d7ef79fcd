package io.safesegment.cli;

import io.safesegment.core.governance.access.AccessService;
import java.io.PrintWriter;

/**
 * Prints the alerts a command raises (record 0025) as warnings on stderr. One listener for the process, writing to
 * the error stream of the command line built last (tests build one per run).
 */
final class CliAlerts {
    private static volatile PrintWriter err;

    static {
        AccessService.onAlert(alert -> {
            PrintWriter target = err;
            if (target != null) {
                target.println("safesegment: warning: alert (" + alert.kind().code() + "): "
                        + alert.message().english());
                target.flush();
            }
        });
    }

    private CliAlerts() {
    }

    static void printTo(PrintWriter stream) {
        err = stream;
    }
}
