package io.safesegment.cli;

import io.safesegment.core.task.TaskCancelledException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns exceptions from core services into one clear line on stderr and a non-zero exit code; the stack trace goes
 * only to the log. Core exception messages are written to be read by users and never contain secrets.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
    /** Exit code for a user error or bad input. */
    static final int USER_ERROR = 1;
    /** Exit code when the user cancelled. */
    static final int CANCELLED = 130;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof TaskCancelledException) {
            cmd.getErr().println("safesegment: cancelled");
            return CANCELLED;
        }
        // Looked up on use, not held in a static field: that would start logback on every CLI start (--help too).
        LoggerFactory.getLogger(CliErrors.class).debug("Command {} failed", cmd.getCommandName(), ex);
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cmd.getErr().println("safesegment " + cmd.getCommandName() + ": error: " + message);
        return USER_ERROR;
    }
}
