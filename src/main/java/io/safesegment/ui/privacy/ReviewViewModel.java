package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.review.PolicyReview;
import io.safesegment.ui.common.BackgroundTask;
import io.safesegment.ui.common.I18n;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The review pane: the applied policy's masked preview, risk before and after and utility cost, re-run in the
 * background (debounced) when the applied policy, the table or the keys change — never while the user only edits
 * the draft. While the draft is invalid or unapplied, {@link #blockedReason()} says why the review is not current.
 */
public final class ReviewViewModel {
    /** Rows shown in the original-versus-masked preview. */
    public static final int PREVIEW_ROWS = 200;

    private final PrivacyState state;
    private final Debouncer debouncer;
    private final StringBinding blockedReason;
    private final ReadOnlyBooleanWrapper reviewing = new ReadOnlyBooleanWrapper(this, "reviewing");
    private final ReadOnlyObjectWrapper<PolicyReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper reviewError = new ReadOnlyStringWrapper(this, "reviewError", "");
    private final ObservableList<RiskRow> riskRows = FXCollections.observableArrayList();
    private final ObservableList<OutcomeRow> outcomeRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper utilitySummary = new ReadOnlyStringWrapper(this, "utilitySummary", "");
    private final ReadOnlyStringWrapper riskColumnsText = new ReadOnlyStringWrapper(this, "riskColumnsText", "");
    private BackgroundTask<PolicyReview> task;

    ReviewViewModel(PrivacyState state, Debouncer debouncer, StringBinding blockedReason) {
        this.state = state;
        this.debouncer = debouncer;
        this.blockedReason = blockedReason;
        state.policy.addListener((obs, old, now) -> schedule());
        state.vault.addListener((obs, old, now) -> schedule());
    }

    /** Forgets the review (new dataset). */
    void clear() {
        cancel();
        review.set(null);
        riskRows.clear();
        outcomeRows.clear();
        utilitySummary.set("");
        riskColumnsText.set("");
        reviewError.set("");
    }

    void schedule() {
        debouncer.submit(this::start);
    }

    private void cancel() {
        if (task != null && task.isRunning()) {
            task.cancel();
        }
        task = null;
        reviewing.set(false);
    }

    /** Masks and measures the applied policy now, cancelling a review still running for an older one. */
    void start() {
        cancel();
        Table t = state.table.get();
        MaskingPolicy p = state.policy.get();
        if (t == null || p == null) {
            return;
        }
        reviewing.set(true);
        KeyMaterial keys = state.keyMaterial(p);
        BackgroundTask<PolicyReview> started = state.tasks.run(i18n("privacy.task.review", t.name()),
                progress -> PrivacyService.review(t, p, keys, progress),
                result -> {
                    if (t == state.table.get() && p == state.policy.get()) {
                        reviewing.set(false);
                        show(result, p);
                    }
                },
                error -> {
                    if (t == state.table.get() && p == state.policy.get()) {
                        reviewing.set(false);
                        review.set(null);
                        reviewError.set(i18n("privacy.review.error", I18n.message(error)));
                    }
                });
        if (started.isRunning()) {
            task = started;
            started.whenCancelled(() -> {
                if (started == task) {
                    reviewing.set(false);
                }
            });
        }
    }

    private void show(PolicyReview result, MaskingPolicy p) {
        reviewError.set("");
        review.set(result);
        riskRows.setAll(ReviewFormat.riskRows(result.before(), result.after()));
        outcomeRows.setAll(ReviewFormat.outcomeRows(result, p));
        utilitySummary.set(ReviewFormat.utilitySummary(result));
        riskColumnsText.set(ReviewFormat.riskColumns(result.before()));
    }

    /** The table under review. */
    public ReadOnlyObjectProperty<Table> tableProperty() {
        return state.table;
    }

    /** Why the review does not reflect the editor (invalid rule, unapplied edits); empty otherwise. */
    public StringBinding blockedReason() {
        return blockedReason;
    }

    /** Whether a review is running. */
    public ReadOnlyBooleanProperty reviewingProperty() {
        return reviewing.getReadOnlyProperty();
    }

    /** The latest review of the applied policy, or null. */
    public ReadOnlyObjectProperty<PolicyReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** Why the review failed; empty otherwise. */
    public ReadOnlyStringProperty reviewErrorProperty() {
        return reviewError.getReadOnlyProperty();
    }

    /** Risk before and after, one row per measure. */
    public ObservableList<RiskRow> riskRows() {
        return riskRows;
    }

    /** Per-column summary of the review. */
    public ObservableList<OutcomeRow> outcomeRows() {
        return outcomeRows;
    }

    /** One line on the utility cost. */
    public ReadOnlyStringProperty utilitySummaryProperty() {
        return utilitySummary.getReadOnlyProperty();
    }

    /** The columns risk is measured over. */
    public ReadOnlyStringProperty riskColumnsTextProperty() {
        return riskColumnsText.getReadOnlyProperty();
    }
}
