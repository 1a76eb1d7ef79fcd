package io.safesegment.core.task;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * A simple {@link Progress} whose cancellation flag can be flipped from another thread; the CLI and tests use it,
 * the UI has its own adapter over {@code javafx.concurrent.Task}.
 */
public final class CancellationToken implements Progress {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final BiConsumer<Double, String> listener;

    /** Creates a token that forwards updates to {@code listener} (may be null). */
    public CancellationToken(BiConsumer<Double, String> listener) {
        this.listener = listener;
    }

    /** Creates a token that ignores updates. */
    public CancellationToken() {
        this(null);
    }

    /** Requests cancellation; the running work stops at its next safe point. */
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public void update(double fraction, String message) {
        if (listener != null) {
            listener.accept(fraction, message);
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
