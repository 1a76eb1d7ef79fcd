package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.DataExportException;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.workspace.WorkspaceService;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import tech.tablesaw.api.Table;

/**
 * Writes the current (cleaned) table as CSV, TSV, Excel or JSON. Formula neutralisation is on unless the user
 * explicitly keeps formulas; the dataset's own file is passed as the input so it can never be overwritten.
 */
public final class ExportModel {
    private final DataViewModel data;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.CSV);
    private final BooleanProperty bom = new SimpleBooleanProperty(this, "bom");
    private final BooleanProperty keepFormulas = new SimpleBooleanProperty(this, "keepFormulas");
    private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>(this, "result");

    ExportModel(DataViewModel data, TaskExecutor tasks, DialogService dialogs, Consumer<String> status) {
        this.data = data;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    /** Asks where to write (file chooser) and writes the current table there in the background. */
    public void export() {
        Table table = data.tableProperty().get();
        if (table == null) {
            return;
        }
        Optional<Path> target = dialogs.save(i18n("data.export.choose"), suggestedName(), null, List.of());
        if (target.isEmpty()) {
            return;
        }
        Path input = data.loadedFile();
        ExportOptions options = ExportOptions.defaults().withFormat(format.get()).withBom(bom.get())
                .withNeutraliseFormulas(!keepFormulas.get()).withInput(input);
        Path file = target.get();
        String dataset = data.tableNameProperty().get();
        var workspace = data.session().workspace();
        Path workspaceDir = workspace == null ? null : workspace.directory();
        var actor = data.session().actor(); // the service decides what the signed-in account may export
        tasks.run(i18n("data.task.export", file.getFileName()),
                progress -> {
                    // Never over the user's original file of an import, nor over any workspace dataset's file.
                    for (Path kept : data.protectedFiles()) {
                        try {
                            WorkspaceService.requireNotSameFile(kept, file);
                        } catch (java.io.IOException e) {
                            throw new DataExportException(LocalizedMessage.of(e), e); // "Refusing to overwrite …", translated
                        }
                    }
                    if (workspaceDir != null) { // stored risk targets hold for every way out (decision 0033)
                        PrivacyService.requireStoredRiskTargets(workspaceDir, dataset, table, file, actor);
                    }
                    return DatasetService.exportTable(workspaceDir, dataset, table, file, options, actor,
                            progress);
                },
                written -> {
                    result.set(written);
                    data.recorder().exported(dataset, file, format.get());
                    status.accept(i18n("data.status.exported", written.rows(), written.file(),
                            written.neutralisedCells()));
                },
                error -> dialogs.showError(i18n("data.error.export", file.getFileName()), error));
    }

    /** The dataset name with the format's extension, e.g. {@code customers-clean.xlsx}. */
    String suggestedName() {
        String name = data.tableNameProperty().get();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^\\p{L}\\p{N}_-]+", "-");
        return (base.isEmpty() ? "dataset" : base) + "-clean." + switch (format.get()) {
            case CSV -> "csv";
            case TSV -> "tsv";
            case XLSX -> "xlsx";
            case JSON -> "json";
        };
    }

    /** Output format. */
    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** Write a UTF-8 byte-order mark (CSV/TSV). */
    public BooleanProperty bomProperty() {
        return bom;
    }

    /** Keep cells that start like formulas as they are (unsafe when opened in a spreadsheet). */
    public BooleanProperty keepFormulasProperty() {
        return keepFormulas;
    }

    /** The last export, null before the first. */
    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
