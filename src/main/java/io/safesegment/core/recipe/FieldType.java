package io.safesegment.core.recipe;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type of a step field, as the schema declares it. */
public enum FieldType {
    /** A string. */
    STRING("a string"),
    /** A whole number. */
    INTEGER("an integer"),
    /** Any number. */
    NUMBER("a number"),
    /** true or false. */
    BOOLEAN("true or false"),
    /** An array of strings. */
    STRINGS("an array of strings"),
    /** An array of objects. */
    OBJECTS("an array of objects"),
    /** An object. */
    OBJECT("an object"),
    /** The name of an earlier step's output. */
    REF("the name of an earlier step's output"),
    /** An input file path, relative to the recipe file. */
    FILE("a file path relative to the recipe file"),
    /** An output file: a name in the workspace's exports/ folder or an absolute path. */
    OUTPUT("an output file name"),
    /** A role mapping: "role=column,..." or an object {"role": "column"}. */
    ROLES("a role mapping (\"customer_id=Col,...\" or {\"customer_id\": \"Col\"})");

    private final String description;

    FieldType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean accepts(JsonNode v) {
        return switch (this) {
            case STRING, REF, FILE, OUTPUT -> v.isTextual() && !v.asText().isBlank();
            case INTEGER -> v.isIntegralNumber();
            case NUMBER -> v.isNumber();
            case BOOLEAN -> v.isBoolean();
            case STRINGS -> v.isArray() && allMatch(v, JsonNode::isTextual);
            case OBJECTS -> v.isArray() && allMatch(v, JsonNode::isObject);
            case OBJECT -> v.isObject();
            case ROLES -> (v.isTextual() && !v.asText().isBlank()) || (v.isObject() && allMatch(v, JsonNode::isTextual));
        };
    }

    private static boolean allMatch(JsonNode v, java.util.function.Predicate<JsonNode> p) {
        for (JsonNode e : v) {
            if (!p.test(e)) {
                return false;
            }
        }
        return true;
    }
}
