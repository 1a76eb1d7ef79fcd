package io.safesegment.core.data.pg;

/**
 * A table or view in the database.
 *
 * @param schema schema name
 * @param name   table name
 */
public record TableRef(String schema, String name) {
    /** The name quoted for SQL, safe against any characters in schema or table name. */
    public String quoted() {
        return quote(schema) + "." + quote(name);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
