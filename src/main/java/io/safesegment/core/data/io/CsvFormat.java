package io.safesegment.core.data.io;

/**
 * The resolved format of a delimited file (detected or given).
 *
 * @param encoding         charset name
 * @param bom              whether the file starts with a byte-order mark
 * @param delimiter        field separator
 * @param quote            quote character
 * @param header           whether the first record holds column names
 * @param decimalSeparator decimal separator of numbers
 */
public record CsvFormat(String encoding, boolean bom, char delimiter, char quote, boolean header,
                        char decimalSeparator) {
}
