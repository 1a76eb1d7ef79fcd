package io.safesegment.core.data.io;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DataImportException;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Imports the first sheet of an .xlsx workbook; the first row is the header. Cells are read as text (numbers without
 * float noise, dates as ISO) and then typed by the same inference as CSV, so phone numbers stored as text stay text.
 */
public final class ExcelImport {
    private ExcelImport() {
    }

    /**
     * Loads {@code file}.
     *
     * @param declared type overrides by column name (e.g. chosen in the {@link #preview preview})
     * @throws DataImportException when the file is not a readable .xlsx workbook or has no header row
     */
    public static ImportResult load(Path file, Map<String, ColumnType> declared, Progress progress) {
        SheetRows sheet = read(file, Integer.MAX_VALUE, progress);
        String fileName = file.getFileName() == null ? DataImportException.name(file) : file.getFileName().toString();
        return RowTableBuilder.build(CsvImport.tableName(fileName), sheet.names(), sheet.rows(), declared,
                CsvImportOptions.DEFAULT_MISSING, sheet.warnings(), progress);
    }

    /**
     * The first {@value CsvImport#PREVIEW_ROWS} rows of the first sheet with their inferred column types, so the
     * user can check and override them before loading.
     *
     * @throws DataImportException as {@link #load}
     */
    public static RowsPreview preview(Path file) {
        SheetRows sheet = read(file, CsvImport.PREVIEW_ROWS, Progress.NONE);
        return RowsPreview.of(sheet.names(), sheet.rows(), sheet.warnings());
    }

    private static SheetRows read(Path file, int limit, Progress progress) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            if (wb.getNumberOfSheets() == 0) {
                throw DataImportException.forFile(file, Message.of("import.error.noSheets"), null);
            }
            Sheet sheet = wb.getSheetAt(0);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null || headerRow.getLastCellNum() <= 0) {
                throw DataImportException.forFile(file, Message.of("import.error.emptySheet"), null);
            }
            int width = headerRow.getLastCellNum();
            List<String> raw = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                raw.add(text(headerRow.getCell(c)));
            }
            HeaderNames.Result names = HeaderNames.normalise(raw);
            List<String[]> rows = new ArrayList<>();
            List<String> warnings = new ArrayList<>(names.renames());
            int last = sheet.getLastRowNum();
            for (int r = headerRow.getRowNum() + 1; r <= last && rows.size() < limit; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                if (row.getLastCellNum() > width) {
                    for (int c = width; c < row.getLastCellNum(); c++) {
                        if (!text(row.getCell(c)).isEmpty()) {
                            warnings.add("row " + (r + 1) + " has cells right of the last named column; they are"
                                    + " ignored");
                            break;
                        }
                    }
                }
                String[] values = new String[width];
                boolean any = false;
                for (int c = 0; c < width; c++) {
                    values[c] = text(row.getCell(c));
                    any |= !values[c].isEmpty();
                }
                if (any) {
                    rows.add(values);
                }
                if ((r & 0x3FFF) == 0) {
                    progress.checkCancelled();
                    progress.report((double) r / Math.max(1, last), Message.of("progress.import.row", r));
                }
            }
            return new SheetRows(names.names(), rows, warnings);
        } catch (NoSuchFileException e) {
            throw DataImportException.forFile(file, Message.of("import.error.notFound"), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataImportException d) {
                throw d;
            }
            if (e instanceof io.safesegment.core.task.TaskCancelledException t) {
                throw t;
            }
            throw DataImportException.forFile(file, Message.of("import.error.notXlsx",
                    e.getClass().getSimpleName()), e);
        }
    }

    /** The header names and text cells of a sheet. */
    private record SheetRows(List<String> names, List<String[]> rows, List<String> warnings) {
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    yield t.toLocalTime().toSecondOfDay() == 0 && t.getNano() == 0 ? t.toLocalDate().toString()
                            : t.toString();
                }
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : CellText.number(d);
            }
            default -> "";
        };
    }
}
