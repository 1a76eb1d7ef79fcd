package io.safesegment.ui.shell;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.slf4j.LoggerFactory;

/**
 * Sends {@code java.util.logging} records (JavaFX logs through it) to the application log instead of the JDK's
 * default console handler on stderr.
 *
 * <p>Why: the app runs JavaFX from the class path (decision 0001), so JavaFX notes "Unsupported JavaFX
 * configuration" at every start. That note is expected and harmless here; it belongs in the log file next to the
 * other start-up information, not on the user's terminal (decision 0030). A JavaFX warning still reaches the log.
 */
final class JavaLoggingToLogFile extends Handler {

    private static final SimpleFormatter MESSAGES = new SimpleFormatter();

    private JavaLoggingToLogFile() {
    }

    /** Replaces the root logger's handlers (the console handler) with one that writes to the application log. */
    static void install() {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.addHandler(new JavaLoggingToLogFile());
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        org.slf4j.Logger log = LoggerFactory.getLogger(record.getLoggerName() == null ? "jul" : record.getLoggerName());
        String message = MESSAGES.formatMessage(record); // fills {0}-style parameters, as the console did
        int level = record.getLevel().intValue();
        if (level >= Level.SEVERE.intValue()) {
            log.error(message, record.getThrown());
        } else if (level >= Level.WARNING.intValue()) {
            log.warn(message, record.getThrown());
        } else if (level >= Level.INFO.intValue()) {
            log.info(message, record.getThrown());
        } else {
            log.debug(message, record.getThrown());
        }
    }

    @Override
    public void flush() {
        // SLF4J's appenders flush themselves
    }

    @Override
    public void close() {
        // nothing held
    }
}
