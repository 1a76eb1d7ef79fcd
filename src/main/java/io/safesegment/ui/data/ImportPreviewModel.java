package io.safesegment.ui.data;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DataImportException;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.ColumnSpec;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.CsvPreview;
import io.safesegment.core.data.io.RowsPreview;
import io.safesegment.ui.common.I18n;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import preview of one file: the first
 * {@value io.safesegment.core.data.io.CsvImport#PREVIEW_ROWS} rows and a type per column the user may override. For delimited text also the detected format (editable; every change re-reads the preview) and "skip bad
 * rows"; previewing reads only the head of the file, so it runs on the calling thread. Excel and JSON have no format
 * settings; their preview is read beforehand ({@link #readRows}, in the background, since a workbook is parsed whole).
 */
public final class ImportPreviewModel {
    /** Delimiters offered in the dialog; {@code TAB} stands for the tab character. */
    public static final List<String> DELIMITERS = List.of(",", ";", "TAB", "|");
    /** Encodings offered in the dialog (the field is editable for others). */
    public static final List<String> ENCODINGS = List.of("UTF-8", "GB18030", "windows-1252", "ISO-8859-1", "UTF-16");

    private final Path file;
    private final boolean delimited;
    private final StringProperty encoding = new SimpleStringProperty(this, "encoding");
    private final StringProperty delimiter = new SimpleStringProperty(this, "delimiter");
    private final BooleanProperty header = new SimpleBooleanProperty(this, "header", true);
    private final StringProperty decimalSeparator = new SimpleStringProperty(this, "decimalSeparator");
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty(this, "skipBadRows");
    private final ObservableList<ImportColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");
    private boolean updating;
    /** Whether the user picked the decimal separator; until then it is re-detected for each delimiter. */
    private boolean decimalChosen;

    /** Previews {@code file} with every format setting detected. */
    public ImportPreviewModel(Path file) {
        this.file = file;
        this.delimited = true;
        read(CsvImportOptions.defaults());
        encoding.addListener((obs, old, now) -> reread());
        delimiter.addListener((obs, old, now) -> reread());
        header.addListener((obs, old, now) -> reread());
        decimalSeparator.addListener((obs, old, now) -> {
            decimalChosen |= !updating;
            reread();
        });
    }

    /** Shows the already read preview of an Excel or JSON file ({@link #readRows}). */
    public ImportPreviewModel(Path file, RowsPreview preview) {
        this.file = file;
        this.delimited = false;
        columns.setAll(preview.columns().stream().map(spec -> column(spec, Map.of())).toList());
        rows.setAll(preview.rows());
        warnings.set(String.join("\n", preview.warnings()));
    }

    /** Reads the preview of an Excel or JSON file (call off the JavaFX thread). */
    static RowsPreview readRows(Path file) {
        return DatasetService.previewRows(file);
    }

    private void reread() {
        if (!updating) {
            try {
                read(formatOptions());
            } catch (IllegalArgumentException e) {
                error.set(I18n.message(e));
            }
        }
    }

    private void read(CsvImportOptions options) {
        Map<String, ColumnType> chosenBefore = chosenTypes();
        try {
            CsvPreview preview = DatasetService.previewDelimited(file, options);
            updating = true;
            encoding.set(preview.format().encoding());
            delimiter.set(preview.format().delimiter() == '\t' ? "TAB" : String.valueOf(preview.format().delimiter()));
            header.set(preview.format().header());
            decimalSeparator.set(String.valueOf(preview.format().decimalSeparator()));
            columns.setAll(preview.columns().stream().map(spec -> column(spec, chosenBefore)).toList());
            rows.setAll(preview.rows());
            warnings.set(String.join("\n", preview.warnings()));
            error.set("");
        } catch (DataImportException | IllegalArgumentException e) {
            // Keep the last good preview so the user can correct the setting that broke it.
            error.set(I18n.message(e));
        } finally {
            updating = false;
        }
    }

    private static ImportColumn column(ColumnSpec spec, Map<String, ColumnType> chosenBefore) {
        return new ImportColumn(spec.name(), spec.type(), chosenBefore.getOrDefault(spec.name(), spec.type()));
    }

    private Map<String, ColumnType> chosenTypes() {
        Map<String, ColumnType> chosen = new LinkedHashMap<>();
        for (ImportColumn column : columns) {
            if (column.overridden()) {
                chosen.put(column.name(), column.chosenProperty().get());
            }
        }
        return chosen;
    }

    /** The format settings as shown (encoding, delimiter, header, decimal separator), without type overrides. */
    CsvImportOptions formatOptions() {
        CsvImportOptions options = CsvImportOptions.defaults();
        if (encoding.get() != null && !encoding.get().isBlank() && Charset.isSupported(encoding.get().trim())) {
            options = options.withEncoding(Charset.forName(encoding.get().trim()));
        }
        Character separator = null;
        if (delimiter.get() != null && !delimiter.get().isEmpty()) {
            separator = "TAB".equals(delimiter.get()) ? '\t' : delimiter.get().charAt(0);
            options = options.withDelimiter(separator);
        }
        options = options.withHeader(header.get());
        // A decimal separator equal to the new delimiter is stale: let the importer detect it again.
        if (decimalChosen && decimalSeparator.get() != null && !decimalSeparator.get().isEmpty()
                && !Character.valueOf(decimalSeparator.get().charAt(0)).equals(separator)) {
            options = options.withDecimalSeparator(decimalSeparator.get().charAt(0));
        }
        return options;
    }

    /** The options to load with: the shown format, the chosen types and the skip setting. */
    public CsvImportOptions options() {
        if (!delimited) {
            return CsvImportOptions.defaults().withColumnTypes(chosenTypes());
        }
        return formatOptions().withColumnTypes(chosenTypes()).withSkipBadRows(skipBadRows.get());
    }

    /** Only the types the user changed, by column name. */
    public Map<String, ColumnType> overriddenTypes() {
        return chosenTypes();
    }

    /** Whether the file is delimited text, whose format settings the dialog shows. */
    public boolean delimited() {
        return delimited;
    }

    /** The file being previewed. */
    public Path file() {
        return file;
    }

    /** Charset name. */
    public StringProperty encodingProperty() {
        return encoding;
    }

    /** One of {@link #DELIMITERS} (or another single character). */
    public StringProperty delimiterProperty() {
        return delimiter;
    }

    /** Whether the first record holds the column names. */
    public BooleanProperty headerProperty() {
        return header;
    }

    /** {@code .} or {@code ,}. */
    public StringProperty decimalSeparatorProperty() {
        return decimalSeparator;
    }

    /** Skip and count malformed rows instead of failing. */
    public BooleanProperty skipBadRowsProperty() {
        return skipBadRows;
    }

    /** The previewed columns with their types. */
    public ObservableList<ImportColumn> columns() {
        return columns;
    }

    /** The first rows as text. */
    public ObservableList<List<String>> rows() {
        return rows;
    }

    /** Why the last preview failed, empty when it worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Header renames and other notes from the importer. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** Whether {@code name} can be previewed and typed before loading (delimited text; Excel and JSON load directly). */
    static boolean isDelimited(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !(name.endsWith(".xlsx") || name.endsWith(".json") || name.endsWith(".jsonl")
                || name.endsWith(".ndjson"));
    }
}
