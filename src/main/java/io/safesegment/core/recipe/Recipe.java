package io.safesegment.core.recipe;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.LocalizedUncheckedIOException;
import io.safesegment.core.i18n.Message;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A recipe: a versioned JSON document of typed steps ({@code {"recipeVersion": 1, "name": ..., "steps": [...]}})
 * that replays a workflow headless. Input paths are relative to {@link #directory()} (the recipe file's folder).
 * Parsing checks the document's shape (version, step kinds, names); {@link RecipeValidator} checks the rest.
 *
 * @param recipeVersion the format version ({@value #VERSION})
 * @param name          a title
 * @param steps         the steps in order
 * @param directory     folder that relative input paths are resolved against
 */
public record Recipe(int recipeVersion, String name, List<RecipeStep> steps, Path directory) {
    /** The only format version this build reads. */
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Recipe {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(directory, "directory");
        steps = List.copyOf(steps);
    }

    /** Reads a recipe file; relative inputs resolve against its folder. */
    public static Recipe read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LocalizedUncheckedIOException(Message.of("recipe.recipe.fileNotFound", file), e);
        } catch (IOException e) {
            throw new LocalizedUncheckedIOException(Message.of("recipe.recipe.cannotRead", file,
                    LocalizedMessage.of(e)), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(text, dir);
    }

    /**
     * Parses recipe JSON.
     *
     * @throws RecipeException naming the step and field when the document is malformed, has another version, an
     *                         unknown step kind or a duplicate step name
     */
    public static Recipe parse(String json, Path directory) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RecipeException(0, "json", Message.of("recipe.error.json", e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr()));
        }
        if (root == null || !root.isObject()) {
            throw new RecipeException(0, "json", Message.of("recipe.error.notObject"));
        }
        List<RecipeProblem> problems = new ArrayList<>();
        JsonNode version = root.get("recipeVersion");
        if (version == null || !version.isIntegralNumber()) {
            problems.add(new RecipeProblem(0, "recipeVersion", Message.of("recipe.error.noVersion", VERSION)));
        } else if (version.asInt() != VERSION) {
            problems.add(new RecipeProblem(0, "recipeVersion", Message.of("recipe.error.version", version.asInt(),
                    VERSION)));
        }
        JsonNode name = root.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            problems.add(new RecipeProblem(0, "name", Message.of("recipe.error.noName")));
        }
        for (var it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("recipeVersion", "name", "description", "steps").contains(f)) {
                problems.add(new RecipeProblem(0, f, Message.of("recipe.error.unknownField")));
            }
        }
        JsonNode stepsNode = root.get("steps");
        List<RecipeStep> steps = new ArrayList<>();
        if (stepsNode == null || !stepsNode.isArray() || stepsNode.isEmpty()) {
            problems.add(new RecipeProblem(0, "steps", Message.of("recipe.error.noSteps")));
        } else {
            Set<String> names = new HashSet<>();
            int number = 0;
            for (JsonNode s : stepsNode) {
                number++;
                if (!s.isObject()) {
                    problems.add(new RecipeProblem(number, "step", Message.of("recipe.error.stepNotObject")));
                    continue;
                }
                JsonNode kindNode = s.get("kind");
                var kind = kindNode != null && kindNode.isTextual() ? StepKind.of(kindNode.asText())
                        : java.util.Optional.<StepKind>empty();
                if (kind.isEmpty()) {
                    problems.add(new RecipeProblem(number, "kind", kindNode == null
                            ? Message.of("recipe.error.noKind", String.valueOf(kinds()))
                            : Message.of("recipe.error.unknownKind", kindNode.asText(), String.valueOf(kinds()))));
                    continue;
                }
                JsonNode nameNode = s.get("name");
                String stepName = nameNode != null && nameNode.isTextual() && !nameNode.asText().isBlank()
                        ? nameNode.asText() : "step" + number;
                if (nameNode != null && !nameNode.isTextual()) {
                    problems.add(new RecipeProblem(number, "name", Message.of("recipe.error.nameNotString")));
                }
                if (!names.add(stepName)) {
                    problems.add(new RecipeProblem(number, "name", Message.of("recipe.error.duplicateName", stepName)));
                }
                ObjectNode fields = ((ObjectNode) s).deepCopy();
                fields.remove("kind");
                fields.remove("name");
                steps.add(new RecipeStep(number, kind.get(), stepName, fields));
            }
        }
        if (!problems.isEmpty()) {
            throw new RecipeException(problems);
        }
        return new Recipe(version.asInt(), name.asText(), steps, directory);
    }

    /**
     * This recipe with {@code step.field=value} overrides applied ({@code step} is a step number or name; the value
     * is read as JSON when it parses, e.g. {@code 7}, {@code true}, {@code ["a","b"]}, else as a string).
     *
     * @throws RecipeException naming the override when its step does not exist or it has no '.' or '='
     */
    public Recipe withOverrides(List<String> overrides) {
        List<RecipeStep> copy = new ArrayList<>(steps);
        for (String o : overrides) {
            int eq = o.indexOf('=');
            int dot = eq < 0 ? -1 : o.lastIndexOf('.', eq);
            if (eq < 0 || dot <= 0 || dot == eq - 1) {
                throw new RecipeException(0, "--set", Message.of("recipe.error.setSyntax", o));
            }
            String stepRef = o.substring(0, dot);
            String field = o.substring(dot + 1, eq);
            String value = o.substring(eq + 1);
            int index = indexOf(copy, stepRef);
            if (index < 0) {
                throw new RecipeException(0, "--set", Message.of("recipe.error.setNoStep", stepRef, copy.size()));
            }
            RecipeStep s = copy.get(index);
            ObjectNode fields = s.fields().deepCopy();
            fields.set(field, parseValue(value));
            copy.set(index, new RecipeStep(s.number(), s.kind(), s.name(), fields));
        }
        return new Recipe(recipeVersion, name, copy, directory);
    }

    /**
     * This recipe with every input file ({@code file}, {@code policy}, {@code encrypt.pgpRecipient}) made absolute
     * against {@link #directory()}: the desktop keeps an opened recipe this way, so saving it into another folder
     * (which writes paths relative to that folder) still points at the same files.
     */
    public Recipe withAbsoluteInputs() {
        List<RecipeStep> copy = new ArrayList<>();
        for (RecipeStep s : steps) {
            ObjectNode fields = s.fields().deepCopy();
            s.kind().fields().forEach((field, type) -> {
                if (type == FieldType.FILE) {
                    absolutise(fields, field);
                }
            });
            if (fields.get("encrypt") instanceof ObjectNode encrypt) {
                absolutise(encrypt, "pgpRecipient");
            }
            copy.add(new RecipeStep(s.number(), s.kind(), s.name(), fields));
        }
        return new Recipe(recipeVersion, name, copy, directory);
    }

    private void absolutise(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
            node.put(field, directory.resolve(value.asText()).toAbsolutePath().normalize().toString());
        }
    }

    private static int indexOf(List<RecipeStep> steps, String ref) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).name().equals(ref) || String.valueOf(steps.get(i).number()).equals(ref)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode parseValue(String value) {
        try {
            JsonNode v = MAPPER.readTree(value);
            if (v != null && !v.isMissingNode()) {
                return v;
            }
        } catch (JsonProcessingException e) {
            // not JSON: a plain string such as a file name or model id
        }
        return MAPPER.getNodeFactory().textNode(value);
    }

    private static List<String> kinds() {
        return java.util.Arrays.stream(StepKind.values()).map(StepKind::id).toList();
    }
}
