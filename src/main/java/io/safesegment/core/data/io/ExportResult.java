package io.safesegment.core.data.io;

/**
 * What an export wrote.
 *
 * @param file              absolute output path
 * @param format            format written
 * @param rows              data rows written
 * @param columns           columns written
 * @param neutralisedCells  text cells prefixed with {@code '} to stop formula execution
 */
public record ExportResult(String file, ExportFormat format, int rows, int columns, long neutralisedCells) {
}
