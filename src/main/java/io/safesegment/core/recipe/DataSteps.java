package io.safesegment.core.recipe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.join.JoinOptions;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of the data steps ({@code import}, {@code clean}, {@code join}, {@code export}) built from the same
 * option records the Data section hands to {@code DatasetService}, so what a front end records is exactly what
 * {@link RecipeRunner} replays. The inverse of the conversions the runner applies; the cleaning steps keep the JSON
 * of {@link CleaningPipeline#toJson()}, which the runner reads back.
 */
public final class DataSteps {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DataSteps() {
    }

    /**
     * Fields of an {@code import} step.
     *
     * @param file    the file as the user picked it (absolute; made relative when the recipe is saved)
     * @param options how it was read; only the settings a recipe can carry (encoding, delimiter, header, decimal
     *                separator, skipped bad rows, column types) are recorded
     * @param roles   the role mapping, or null / empty for none
     */
    public static ObjectNode importFields(Path file, CsvImportOptions options, RoleMapping roles) {
        ObjectNode fields = SessionRecipe.fields();
        fields.put("file", file.toAbsolutePath().toString());
        ObjectNode o = fields.putObject("options");
        if (options.encoding() != null) {
            o.put("encoding", options.encoding().name());
        }
        if (options.delimiter() != null) {
            o.put("delimiter", options.delimiter() == '\t' ? "tab" : String.valueOf(options.delimiter()));
        }
        if (options.header() != null) {
            o.put("header", options.header());
        }
        if (options.decimalSeparator() != null) {
            o.put("decimalSeparator", String.valueOf(options.decimalSeparator()));
        }
        if (options.skipBadRows()) {
            o.put("skipBadRows", true);
        }
        if (!options.columnTypes().isEmpty()) {
            ObjectNode types = o.putObject("types");
            for (Map.Entry<String, ColumnType> e : options.columnTypes().entrySet()) {
                types.put(e.getKey(), e.getValue().name());
            }
        }
        if (o.isEmpty()) {
            fields.remove("options");
        }
        if (roles != null && !roles.asMap().isEmpty()) {
            fields.put("roles", roles.format());
        }
        return fields;
    }

    /** Fields of a {@code clean} step applying {@code steps} to the output of step {@code input}. */
    public static ObjectNode cleanFields(String input, CleaningPipeline steps) {
        ObjectNode fields = SessionRecipe.fields();
        fields.put("input", input);
        try {
            fields.set("steps", (ArrayNode) MAPPER.readTree(steps.toJson()));
        } catch (JsonProcessingException e) {
            throw new LocalizedStateException(Message.of("recipe.dataSteps.notRecorded"), e);
        }
        return fields;
    }

    /** Fields of a {@code join} step of the outputs of steps {@code left} and {@code right}. */
    public static ObjectNode joinFields(String left, String right, JoinOptions options) {
        ObjectNode fields = SessionRecipe.fields();
        fields.put("left", left);
        fields.put("right", right);
        ArrayNode on = fields.putArray("on");
        for (int i = 0; i < options.leftKeys().size(); i++) {
            String l = options.leftKeys().get(i);
            String r = options.rightKeys().get(i);
            on.add(l.equals(r) ? l : l + "=" + r);
        }
        fields.put("how", options.type().name().toLowerCase(Locale.ROOT));
        return fields;
    }

    /** Fields of an {@code export} step writing the output of step {@code input} to {@code output}. */
    public static ObjectNode exportFields(String input, Path output, ExportFormat format) {
        ObjectNode fields = SessionRecipe.fields();
        fields.put("input", input);
        fields.put("output", output.toAbsolutePath().toString());
        if (format != null) {
            fields.put("format", format.name().toLowerCase(Locale.ROOT));
        }
        return fields;
    }

    /**
     * Fields of a {@code postgres} step: the server as a JDBC URL without password or parameters, the user, and the
     * table ({@code schema.table}) or the query. The password is never recorded; a replay reads it from the front
     * end or the environment variable {@code SAFESEGMENT_PG_PASSWORD}.
     *
     * @param table the table, or null when {@code query} is given
     */
    public static ObjectNode postgresFields(String host, int port, String database, String user,
                                            io.safesegment.core.data.pg.TableRef table, String query) {
        ObjectNode fields = SessionRecipe.fields();
        fields.put("url", "jdbc:postgresql://" + host + ":" + port + "/" + database);
        fields.put("user", user);
        if (table != null) {
            fields.put("table", table.schema() + "." + table.name());
        } else {
            fields.put("query", query);
        }
        return fields;
    }

    /** Fields of a {@code roles} step replacing the role mapping of step {@code input}'s output with {@code roles}. */
    public static ObjectNode rolesFields(String input, RoleMapping roles) {
        ObjectNode fields = SessionRecipe.fields();
        fields.put("input", input);
        ObjectNode map = fields.putObject("roles");
        roles.asMap().forEach((role, column) -> map.put(role.cliName(), column));
        return fields;
    }

    /**
     * Fields of an {@code encrypt} step: OpenPGP encryption of {@code source} (an earlier step's output when
     * {@code input} is not null, else the file itself) to the public key in {@code recipientFile}, written to
     * {@code output}, with a manifest signed by vault key {@code signingKey} (by name) when it is not null.
     */
    public static ObjectNode encryptFields(String input, Path source, Path recipientFile, Path output,
                                           String signingKey, String creator, String policyId, Path manifest) {
        ObjectNode fields = SessionRecipe.fields();
        if (input != null) {
            fields.put("input", input);
        } else {
            fields.put("file", source.toAbsolutePath().toString());
        }
        fields.put("pgpRecipient", recipientFile.toAbsolutePath().toString());
        if (signingKey != null) {
            ObjectNode sign = fields.putObject("sign");
            sign.put("vaultKey", signingKey);
            if (creator != null) {
                sign.put("creator", creator);
            }
        }
        if (policyId != null) {
            fields.put("policyId", policyId);
        }
        fields.put("output", output.toAbsolutePath().toString());
        if (signingKey != null && manifest != null) {
            fields.put("manifest", manifest.toAbsolutePath().toString());
        }
        return fields;
    }
}
