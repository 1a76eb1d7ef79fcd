package io.safesegment.core.governance.access;

import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises alerts: an {@code alert} audit entry plus a notification to every registered listener (the CLI prints a
 * warning on stderr, the GUI shows a notification). The rule checks ({@link #directIdentifierExport},
 * {@link #failedSignIns}, {@link #reidentified}, {@link #blockedExportOverride}) read the workspace's
 * {@link AlertRules}; {@link #raise} raises unconditionally, for services with rules of their own.
 */
public final class Alerts {
    /**
     * The logger, created on first use: the CLI registers its alert printer at start-up, and a logger in this class's
     * static state would start the logging framework for every command, even {@code --help} (decision 0013).
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
    }
    private static final List<Consumer<Alert>> LISTENERS = new CopyOnWriteArrayList<>();

    private Alerts() {
    }

    /** Registers a front end's notifier; close the handle to remove it. */
    public static AutoCloseable listen(Consumer<Alert> listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    /** The workspace's rules: saved ones, else the defaults when governed, else {@link AlertRules#OFF}. */
    public static AlertRules rules(Workspace workspace) {
        AlertRules base = new AccountStore(workspace).governed() ? AlertRules.DEFAULTS : AlertRules.OFF;
        return new AlertRules(
                workspace.setting("alerts.directIdentifierExport").map(Boolean::parseBoolean)
                        .orElse(base.directIdentifierExport()),
                workspace.setting("alerts.failedSignIns").map(Integer::parseInt).orElse(base.failedSignIns()),
                workspace.setting("alerts.reidentifiedRecords").map(Integer::parseInt)
                        .orElse(base.reidentifiedRecords()),
                workspace.setting("alerts.blockedExportOverride").map(Boolean::parseBoolean)
                        .orElse(base.blockedExportOverride()),
                workspace.setting("alerts.flaggedTransactions").map(Integer::parseInt)
                        .orElse(base.flaggedTransactions()));
    }

    /** Saves {@code rules} as the workspace's settings. */
    public static void saveRules(Workspace workspace, AlertRules rules) {
        workspace.setSetting("alerts.directIdentifierExport", Boolean.toString(rules.directIdentifierExport()));
        workspace.setSetting("alerts.failedSignIns", Integer.toString(rules.failedSignIns()));
        workspace.setSetting("alerts.reidentifiedRecords", Integer.toString(rules.reidentifiedRecords()));
        workspace.setSetting("alerts.blockedExportOverride", Boolean.toString(rules.blockedExportOverride()));
        workspace.setSetting("alerts.flaggedTransactions", Integer.toString(rules.flaggedTransactions()));
    }

    /**
     * Raises an alert now: records it and notifies the listeners.
     *
     * @param user    who acted (an account name or the OS user)
     * @param object  the dataset, file or account concerned (a name, never a value)
     * @param message what happened
     */
    public static Alert raise(Workspace workspace, String user, AlertKind kind, String object, Message message) {
        AuditEntry entry = AuditService.record(workspace, user, new AuditEvent(AuditAction.ALERT, object, null,
                AuditOutcome.SUCCESS, "rule=" + kind.code() + " " + message.english()), null);
        Alert alert = new Alert(kind, object, message, entry.at(), entry.sequence());
        Log.LOG.warn("Alert {} on {}: {}", kind.code(), object, message.english());
        for (Consumer<Alert> listener : LISTENERS) {
            try {
                listener.accept(alert);
            } catch (RuntimeException e) {
                Log.LOG.warn("An alert listener failed", e); // a broken notifier must not undo the recorded action
            }
        }
        return alert;
    }

    /** Alerts when the rule is on and an export still holds direct identifiers ({@code columns}, names only). */
    public static Optional<Alert> directIdentifierExport(Workspace workspace, String user, String object,
                                                         List<String> columns) {
        if (columns.isEmpty() || !rules(workspace).directIdentifierExport()) {
            return Optional.empty();
        }
        return Optional.of(raise(workspace, user, AlertKind.DIRECT_IDENTIFIER_EXPORT, object,
                Message.of("alert.directIdentifierExport", object, String.join(", ", columns))));
    }

    /** Alerts when {@code failures} consecutive failed sign-ins of {@code account} exceed the rule's threshold. */
    public static Optional<Alert> failedSignIns(Workspace workspace, String account, int failures) {
        int limit = rules(workspace).failedSignIns();
        if (limit < 0 || failures <= limit) {
            return Optional.empty();
        }
        return Optional.of(raise(workspace, account, AlertKind.FAILED_SIGN_INS, account,
                Message.of("alert.failedSignIns", account, failures, limit)));
    }

    /** Alerts when one re-identification of {@code records} records exceeds the rule's threshold. */
    public static Optional<Alert> reidentified(Workspace workspace, String user, String object, long records) {
        int limit = rules(workspace).reidentifiedRecords();
        if (limit < 0 || records <= limit) {
            return Optional.empty();
        }
        return Optional.of(raise(workspace, user, AlertKind.REIDENTIFIED_RECORDS, object,
                Message.of("alert.reidentified", user, records, object, limit)));
    }

    /** Alerts when the rule is on: a blocked export of {@code object} was released by an override. */
    public static Optional<Alert> blockedExportOverride(Workspace workspace, String user, String object) {
        if (!rules(workspace).blockedExportOverride()) {
            return Optional.empty();
        }
        return Optional.of(raise(workspace, user, AlertKind.BLOCKED_EXPORT_OVERRIDE, object,
                Message.of("alert.blockedExportOverride", user, object)));
    }

    /**
     * Alerts when one scan of {@code object} for odd transactions flagged more rows than the rule allows. Only counts
     * and the file name are recorded, never a flagged row.
     */
    public static Optional<Alert> flaggedTransactions(Workspace workspace, String user, String object, long flagged,
                                                      long rows) {
        int limit = rules(workspace).flaggedTransactions();
        if (limit < 0 || flagged <= limit) {
            return Optional.empty();
        }
        return Optional.of(raise(workspace, user, AlertKind.FLAGGED_TRANSACTIONS, object,
                Message.of("alert.flaggedTransactions", flagged, rows, object, limit)));
    }
}
