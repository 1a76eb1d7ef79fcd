package io.safesegment.core.data.io;

import java.nio.file.Path;

/**
 * How to write a table.
 *
 * @param format              target format, or null to choose by the output file's extension
 * @param bom                 write a UTF-8 byte-order mark (helps Excel on Windows open CSV as UTF-8)
 * @param neutraliseFormulas  prefix text cells starting with {@code = + - @ TAB CR} with {@code '} in CSV, TSV and
 *                            Excel output so spreadsheets do not run them as formulas (OWASP "CSV injection");
 *                            numeric columns are never changed
 * @param input               the file the table was read from, so it is never overwritten; may be null
 */
public record ExportOptions(ExportFormat format, boolean bom, boolean neutraliseFormulas, Path input) {
    /** Format from the extension, no BOM, formulas neutralised. */
    public static ExportOptions defaults() {
        return new ExportOptions(null, false, true, null);
    }

    /** A copy that protects {@code value} from being overwritten. */
    public ExportOptions withInput(Path value) {
        return new ExportOptions(format, bom, neutraliseFormulas, value);
    }

    /** A copy with the BOM flag set. */
    public ExportOptions withBom(boolean value) {
        return new ExportOptions(format, value, neutraliseFormulas, input);
    }

    /** A copy with formula neutralisation on or off. */
    public ExportOptions withNeutraliseFormulas(boolean value) {
        return new ExportOptions(format, bom, value, input);
    }

    /** A copy with an explicit format. */
    public ExportOptions withFormat(ExportFormat value) {
        return new ExportOptions(value, bom, neutraliseFormulas, input);
    }
}
