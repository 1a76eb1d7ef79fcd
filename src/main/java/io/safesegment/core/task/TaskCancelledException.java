package io.safesegment.core.task;

/** Thrown by long-running core work when the user cancelled it; callers treat it as a normal outcome. */
public class TaskCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a fixed, user-readable message. */
    public TaskCancelledException() {
        super("Cancelled by the user");
    }
}
