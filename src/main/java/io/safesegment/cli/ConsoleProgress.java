package io.safesegment.cli;

import io.safesegment.core.task.Progress;
import java.io.PrintWriter;

/** Shows progress as one rewritten line on stderr, only when stderr is a terminal, at most every 200 ms. */
final class ConsoleProgress implements Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private long lastNanos;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
        this.enabled = System.console() != null;
    }

    @Override
    public void update(double fraction, String message) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastNanos < 200_000_000L && fraction < 1.0) {
            return;
        }
        lastNanos = now;
        String percent = fraction < 0 ? "   " : String.format("%3d%%", Math.round(fraction * 100));
        err.print("\r" + percent + " " + message + "\u001b[K");
        if (fraction >= 1.0) {
            err.println();
        }
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
