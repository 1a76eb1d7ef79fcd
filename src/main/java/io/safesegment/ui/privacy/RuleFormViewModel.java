package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.OperatorParameter;
import io.safesegment.ui.common.BackgroundTask;
import io.safesegment.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The structured parameter form of the selected column's rule: one typed field per operator parameter (with range,
 * default and inline validation), and a live preview of {@value #PREVIEW_VALUES} sample values before → after,
 * computed in the background once edits settle. Committing a field is one draft edit in the editor.
 */
public final class RuleFormViewModel {
    /** Sample values in the live preview. */
    public static final int PREVIEW_VALUES = 5;

    private final PrivacyState state;
    private final PolicyEditorViewModel editor;
    private final Debouncer debouncer;
    private final ObservableList<ParamField> fields = FXCollections.observableArrayList();
    private final ObservableList<PrivacyService.ValuePreview> preview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper previewError = new ReadOnlyStringWrapper(this, "previewError", "");
    private String column;
    private String operator;
    private BackgroundTask<List<PrivacyService.ValuePreview>> previewTask;

    RuleFormViewModel(PrivacyState state, PolicyEditorViewModel editor, Debouncer debouncer) {
        this.state = state;
        this.editor = editor;
        this.debouncer = debouncer;
        editor.selectedProperty().addListener((obs, old, now) -> refresh());
        editor.columns().addListener((javafx.collections.ListChangeListener<ColumnRow>) c -> refresh());
        editor.draftProperty().addListener((obs, old, now) -> refresh());
    }

    /** Rebuilds the form from the selected row's rule in the draft (after selection, undo, redo, operator change). */
    void refresh() {
        ColumnRow row = editor.selectedProperty().get();
        if (row == null || !editor.columns().contains(row)) {
            column = null;
            operator = null;
            fields.clear();
            preview.clear();
            title.set(i18n("privacy.form.none"));
            previewError.set("");
            return;
        }
        DraftState.RuleText rule = editor.ruleOf(row.column());
        boolean sameShape = row.column().equals(column) && rule.operator().equals(operator);
        column = row.column();
        operator = rule.operator();
        title.set(i18n("privacy.form.title", column, operator));
        Map<String, Object> values;
        try {
            values = RuleParams.parse(rule.params());
        } catch (IllegalArgumentException e) {
            values = Map.of();
        }
        if (sameShape && fields.size() == PrivacyService.parameters(operator).size()) {
            for (ParamField f : fields) {
                f.textProperty().set(text(values.get(f.name())));
                f.validate();
            }
        } else {
            List<ParamField> next = new ArrayList<>();
            for (OperatorParameter p : PrivacyService.parameters(operator)) {
                ParamField f = new ParamField(p, text(values.get(p.name())));
                f.validate();
                next.add(f);
            }
            fields.setAll(next);
        }
        schedulePreview();
    }

    private static String text(Object value) {
        return value == null ? "" : RuleParams.format(Map.of("v", value)).substring(2);
    }

    /** The user finished editing {@code field} (Enter, focus lost, a choice): validates, then one draft edit. */
    public void commit(ParamField field) {
        if (column == null || !field.validate().isEmpty()) {
            return;
        }
        StringJoiner params = new StringJoiner(", ");
        for (ParamField f : fields) {
            if (!f.textProperty().get().isBlank()) {
                params.add(f.name() + "=" + f.textProperty().get().strip());
            }
        }
        String current = editor.ruleOf(column).params();
        try {
            if (RuleParams.parse(current).equals(RuleParams.parse(params.toString()))) {
                return; // same values, perhaps in another order: not an edit
            }
        } catch (IllegalArgumentException e) {
            // the draft's text was invalid; the form's valid values replace it
        }
        editor.setParams(column, params.toString());
    }

    /** Escape in a field: back to the draft's value. */
    public void revert(ParamField field) {
        refresh();
    }

    private void schedulePreview() {
        debouncer.submit(this::startPreview);
    }

    /** Masks the first sample values with the selected rule in the background. */
    void startPreview() {
        if (previewTask != null && previewTask.isRunning()) {
            previewTask.cancel();
        }
        Table table = state.table.get();
        if (column == null || table == null || !table.containsColumn(column)) {
            preview.clear();
            return;
        }
        DraftState.RuleText text = editor.ruleOf(column);
        MaskingRule rule;
        try {
            rule = new MaskingRule(column, text.operator(), RuleParams.parse(text.params()));
            PrivacyService.checkRule(rule);
        } catch (RuntimeException e) {
            preview.clear();
            previewError.set(I18n.message(e));
            return;
        }
        Map<String, io.safesegment.core.data.ColumnRole> roles = editor.draftRoles();
        var keys = state.keyMaterial(null);
        String shown = column;
        previewTask = state.tasks.run(i18n("privacy.task.preview", column),
                progress -> PrivacyService.preview(table, rule, roles, keys, PREVIEW_VALUES),
                result -> {
                    if (shown.equals(column)) {
                        previewError.set("");
                        preview.setAll(result);
                    }
                },
                error -> {
                    preview.clear();
                    previewError.set(I18n.message(error));
                });
    }

    /** The fields of the selected rule's operator. */
    public ObservableList<ParamField> fields() {
        return fields;
    }

    /** Sample values before → after. */
    public ObservableList<PrivacyService.ValuePreview> preview() {
        return preview;
    }

    /** "Rule for email: char-mask", or a prompt to select a row. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Why the preview cannot be shown (the rule's problem); empty otherwise. */
    public ReadOnlyStringProperty previewErrorProperty() {
        return previewError.getReadOnlyProperty();
    }
}
