package io.safesegment.core.data.io;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.safesegment.core.data.DataExportException;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a table as CSV, TSV, Excel or JSON. Writes are atomic (a temporary file moved into place), the input file is
 * never overwritten, and in CSV, TSV and Excel output text cells that a spreadsheet would run as a formula are
 * prefixed with {@code '} (numeric columns, e.g. negative numbers, are left alone).
 */
public final class TableExport {
    /** Excel's row limit including the header row. */
    public static final int XLSX_MAX_ROWS = 1_048_575;
    private static final int PROGRESS_EVERY = 1 << 14;

    private TableExport() {
    }

    /**
     * Writes {@code table} to {@code output}.
     *
     * @throws DataExportException when the output is the input, the format is unknown, or writing fails
     */
    public static ExportResult write(Table table, Path output, ExportOptions options, Progress progress) {
        ExportFormat format = options.format() != null ? options.format() : ExportFormat.fromFileName(output)
                .orElseThrow(() -> new DataExportException(Message.of("export.error.format",
                        output.toString()), null));
        try {
            if (options.input() != null) {
                AtomicFiles.requireNotSameFile(options.input(), output);
            }
        } catch (IOException e) {
            throw e instanceof LocalizedMessage l ? new DataExportException(l.message(), e)
                    : new DataExportException(e.getMessage(), e);
        }
        if (format == ExportFormat.XLSX && table.rowCount() > XLSX_MAX_ROWS) {
            throw new DataExportException(Message.of("export.error.xlsxRows",
                    output.toString(), table.rowCount(), XLSX_MAX_ROWS), null);
        }
        long[] neutralised = new long[1];
        try {
            AtomicFiles.write(output, false, out -> {
                switch (format) {
                    case CSV -> neutralised[0] = writeDelimited(table, out, ',', options, progress);
                    case TSV -> neutralised[0] = writeDelimited(table, out, '\t', options, progress);
                    case JSON -> writeJson(table, out, progress);
                    case XLSX -> neutralised[0] = writeXlsx(table, out, options, progress);
                }
            });
        } catch (IOException e) {
            throw new DataExportException(Message.of("export.error.write",
                    output.toString(), e.getMessage()), e);
        }
        progress.report(1.0, Message.of("progress.export.wrote", table.rowCount()));
        return new ExportResult(output.toAbsolutePath().toString(), format, table.rowCount(), table.columnCount(),
                neutralised[0]);
    }

    private static long writeDelimited(Table table, OutputStream out, char delimiter, ExportOptions options,
                                       Progress progress) throws IOException {
        long neutralised = 0;
        if (options.bom()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        List<Column<?>> columns = table.columns();
        int n = columns.size();
        boolean[] text = new boolean[n];
        for (int c = 0; c < n; c++) {
            text[c] = CellText.isTextColumn(columns.get(c));
            if (c > 0) {
                w.write(delimiter);
            }
            String name = columns.get(c).name();
            if (options.neutraliseFormulas() && CellText.isFormulaLike(name)) {
                name = "'" + name;
                neutralised++;
            }
            writeField(w, name, delimiter);
        }
        w.write("\r\n");
        int rows = table.rowCount();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < n; c++) {
                if (c > 0) {
                    w.write(delimiter);
                }
                String v = CellText.of(columns.get(c), r);
                if (text[c] && options.neutraliseFormulas() && CellText.isFormulaLike(v)) {
                    v = "'" + v;
                    neutralised++;
                }
                writeField(w, v, delimiter);
            }
            w.write("\r\n");
            tick(progress, r, rows);
        }
        w.flush();
        return neutralised;
    }

    private static void writeField(Writer w, String v, char delimiter) throws IOException {
        boolean quote = false;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == delimiter || ch == '"' || ch == '\n' || ch == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote && !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ')) {
            quote = true;
        }
        if (!quote) {
            w.write(v);
            return;
        }
        w.write('"');
        w.write(v.replace("\"", "\"\""));
        w.write('"');
    }

    private static void writeJson(Table table, OutputStream out, Progress progress) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        List<Column<?>> columns = table.columns();
        g.writeStartArray();
        int rows = table.rowCount();
        for (int r = 0; r < rows; r++) {
            g.writeStartObject();
            for (Column<?> c : columns) {
                g.writeFieldName(c.name());
                if (c.isMissing(r)) {
                    g.writeNull();
                } else if (c instanceof NumericColumn<?> num) {
                    if (c instanceof tech.tablesaw.api.IntColumn i) {
                        g.writeNumber(i.getInt(r));
                    } else if (c instanceof tech.tablesaw.api.LongColumn l) {
                        g.writeNumber(l.getLong(r));
                    } else {
                        g.writeNumber(num.getDouble(r));
                    }
                } else if (c instanceof BooleanColumn b) {
                    g.writeBoolean(b.get(r));
                } else {
                    g.writeString(CellText.of(c, r));
                }
            }
            g.writeEndObject();
            g.writeRaw('\n');
            tick(progress, r, rows);
        }
        g.writeEndArray();
        g.flush();
    }

    private static long writeXlsx(Table table, OutputStream out, ExportOptions options, Progress progress)
            throws IOException {
        long neutralised = 0;
        PoiTempFolder.usePrivateFolder();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet(sheetName(table.name()));
            CreationHelper helper = wb.getCreationHelper();
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTimeStyle = wb.createCellStyle();
            dateTimeStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            List<Column<?>> columns = table.columns();
            SXSSFRow header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                String name = columns.get(c).name();
                if (options.neutraliseFormulas() && CellText.isFormulaLike(name)) {
                    name = "'" + name;
                    neutralised++;
                }
                header.createCell(c).setCellValue(name);
            }
            int rows = table.rowCount();
            for (int r = 0; r < rows; r++) {
                SXSSFRow row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    Column<?> col = columns.get(c);
                    if (col.isMissing(r)) {
                        continue;
                    }
                    SXSSFCell cell = row.createCell(c);
                    switch (col) {
                        case NumericColumn<?> num -> cell.setCellValue(num.getDouble(r));
                        case BooleanColumn b -> cell.setCellValue(b.get(r));
                        case DateColumn d -> {
                            cell.setCellValue(d.get(r));
                            cell.setCellStyle(dateStyle);
                        }
                        case DateTimeColumn d -> {
                            cell.setCellValue(d.get(r));
                            cell.setCellStyle(dateTimeStyle);
                        }
                        default -> {
                            String v = CellText.of(col, r);
                            if (options.neutraliseFormulas() && CellText.isTextColumn(col) && CellText.isFormulaLike(v)) {
                                v = "'" + v;
                                neutralised++;
                            }
                            cell.setCellValue(v);
                        }
                    }
                }
                tick(progress, r, rows);
            }
            wb.write(out);
            wb.dispose();
        }
        return neutralised;
    }

    private static String sheetName(String name) {
        String cleaned = name == null || name.isBlank() ? "data" : name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    private static void tick(Progress progress, int row, int rows) {
        if ((row & (PROGRESS_EVERY - 1)) == 0) {
            progress.checkCancelled();
            progress.report((double) row / Math.max(1, rows), Message.of("progress.export.row", row, rows));
        }
    }
}
