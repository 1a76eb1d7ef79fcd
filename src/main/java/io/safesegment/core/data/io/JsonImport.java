package io.safesegment.core.data.io;

import io.safesegment.core.i18n.Message;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DataImportException;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports JSON: either one array of flat objects or JSON lines (one object per line). Keys become columns in order
 * of first appearance; a key missing from an object is a missing value; nested objects and arrays are kept as their
 * JSON text. Streams with Jackson so a large file is not held as one tree.
 */
public final class JsonImport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonImport() {
    }

    /**
     * Loads {@code file}.
     *
     * @param declared type overrides by key (e.g. chosen in the {@link #preview preview})
     * @throws DataImportException with line and column for malformed JSON or non-object elements
     */
    public static ImportResult load(Path file, Map<String, ColumnType> declared, Progress progress) {
        Records read = read(file, Integer.MAX_VALUE, progress);
        String fileName = file.getFileName() == null ? DataImportException.name(file) : file.getFileName().toString();
        return RowTableBuilder.build(CsvImport.tableName(fileName), read.names(), read.rows(), declared,
                CsvImportOptions.DEFAULT_MISSING, read.warnings(), progress);
    }

    /**
     * The first {@value CsvImport#PREVIEW_ROWS} records with their inferred column types, so the user can check
     * and override them before loading. Only those records are parsed; keys that first appear later are not shown.
     *
     * @throws DataImportException as {@link #load}, for problems within the previewed records
     */
    public static RowsPreview preview(Path file) {
        Records read = read(file, CsvImport.PREVIEW_ROWS, Progress.NONE);
        return RowsPreview.of(read.names(), read.rows(), read.warnings());
    }

    private static Records read(Path file, int limit, Progress progress) {
        String source = DataImportException.name(file);
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Map<Integer, String>> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = MAPPER.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw DataImportException.forFile(file, Message.of("import.error.jsonEmpty"), null);
            }
            boolean array = first == JsonToken.START_ARRAY;
            JsonToken token = array ? parser.nextToken() : first;
            while (token != null && token != JsonToken.END_ARRAY && records.size() < limit) {
                JsonLocation at = parser.currentLocation();
                if (token != JsonToken.START_OBJECT) {
                    throw new DataImportException(source, at.getLineNr(), at.getColumnNr(),
                            Message.of("import.error.jsonObject"));
                }
                JsonNode node = MAPPER.readTree(parser);
                Map<Integer, String> record = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    int column = index.computeIfAbsent(f.getKey(), k -> index.size());
                    record.put(column, text(f.getValue()));
                }
                records.add(record);
                if ((records.size() & 0x3FFF) == 0) {
                    progress.checkCancelled();
                    progress.report(-1, Message.of("progress.import.records", records.size()));
                }
                token = parser.nextToken();
            }
            if (records.size() >= limit && token != null && token != JsonToken.END_ARRAY) {
                // A preview stops here; what follows is checked when the whole file is loaded.
                token = null;
                array = false;
            }
            if (array && token == JsonToken.END_ARRAY && parser.nextToken() != null) {
                JsonLocation at = parser.currentLocation();
                throw new DataImportException(source, at.getLineNr(), at.getColumnNr(),
                        Message.of("import.error.jsonTrailing"));
            }
            if (array && token == null) {
                throw new DataImportException(source, parser.currentLocation().getLineNr(), 0,
                        Message.of("import.error.jsonUnclosed"));
            }
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
            JsonLocation at = e.getLocation();
            throw new DataImportException(source, at == null ? 0 : at.getLineNr(), 0,
                    Message.of("import.error.jsonEnds"), e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DataImportException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    Message.of("import.error.jsonInvalid", redact(e.getOriginalMessage())), e);
        } catch (NoSuchFileException e) {
            throw DataImportException.forFile(file, Message.of("import.error.notFound"), e);
        } catch (AccessDeniedException e) {
            throw DataImportException.forFile(file, Message.of("import.error.denied"), e);
        } catch (IOException e) {
            throw DataImportException.forFile(file, Message.of("import.error.cannotRead", e.getMessage()), e);
        }
        if (index.isEmpty()) {
            throw DataImportException.forFile(file, Message.of("import.error.jsonNoFields"), null);
        }
        List<String> raw = new ArrayList<>(index.keySet());
        HeaderNames.Result names = HeaderNames.normalise(raw);
        List<String[]> rows = new ArrayList<>(records.size());
        for (Map<Integer, String> record : records) {
            String[] row = new String[raw.size()];
            record.forEach((k, v) -> row[k] = v);
            rows.add(row);
        }
        return new Records(names.names(), rows, names.renames());
    }

    /** Column names and the records as rows of text. */
    private record Records(List<String> names, List<String[]> rows, List<String> warnings) {
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        return v.toString();
    }

    /** Jackson quotes the offending token; that token may be personal data, so it is replaced. */
    static String redact(String message) {
        if (message == null) {
            return "syntax error";
        }
        String oneLine = message.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
        int nl = oneLine.indexOf('\n');
        return nl > 0 ? oneLine.substring(0, nl) : oneLine;
    }
}
