package io.safesegment.core.data;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Which column of a table plays which {@link SemanticRole}. Immutable. Every role maps to at most one column
 * ({@link SemanticRole#FEATURE} columns are chosen per run, not here). Parsed from the CLI's
 * {@code --map role=column[,role=column…]} and stored with a workspace dataset.
 */
public final class RoleMapping {
    private static final RoleMapping EMPTY = new RoleMapping(new EnumMap<>(SemanticRole.class));

    private final Map<SemanticRole, String> columns;

    private RoleMapping(Map<SemanticRole, String> columns) {
        this.columns = Collections.unmodifiableMap(columns);
    }

    /** A mapping with no roles. */
    public static RoleMapping empty() {
        return EMPTY;
    }

    /** A mapping with the given role → column entries (blank column names are rejected). */
    public static RoleMapping of(Map<SemanticRole, String> columns) {
        EnumMap<SemanticRole, String> copy = new EnumMap<>(SemanticRole.class);
        columns.forEach((role, column) -> copy.put(Objects.requireNonNull(role, "role"), checkColumn(role, column)));
        return new RoleMapping(copy);
    }

    /**
     * Parses {@code role=column[,role=column…]} as given to {@code --map}. Role names are
     * {@link SemanticRole#cliName()}s; column names are taken as written (trimmed).
     *
     * @throws IllegalArgumentException naming the bad entry and the known roles
     */
    public static RoleMapping parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        EnumMap<SemanticRole, String> map = new EnumMap<>(SemanticRole.class);
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new LocalizedArgumentException(Message.of("data.roleMapping.mapEntry", part.trim(), knownRoles()));
            }
            String roleName = part.substring(0, eq).trim();
            SemanticRole role = SemanticRole.fromName(roleName).orElseThrow(() -> new LocalizedArgumentException(Message.of("data.roleMapping.unknownRole", roleName, knownRoles())));
            if (map.containsKey(role)) {
                throw new LocalizedArgumentException(Message.of("data.roleMapping.role", role.cliName()));
            }
            map.put(role, checkColumn(role, part.substring(eq + 1).trim()));
        }
        return new RoleMapping(map);
    }

    /** The role names accepted by {@link #parse}, comma-separated. */
    public static String knownRoles() {
        return java.util.Arrays.stream(SemanticRole.values()).map(SemanticRole::cliName)
                .collect(Collectors.joining(", "));
    }

    /** The column mapped to {@code role}, if any. */
    public Optional<String> column(SemanticRole role) {
        return Optional.ofNullable(columns.get(role));
    }

    /** True when {@code role} is mapped. */
    public boolean has(SemanticRole role) {
        return columns.containsKey(role);
    }

    /** This mapping with {@code role} mapped to {@code column} (replacing an earlier entry). */
    public RoleMapping with(SemanticRole role, String column) {
        EnumMap<SemanticRole, String> copy = new EnumMap<>(SemanticRole.class);
        copy.putAll(columns);
        copy.put(role, checkColumn(role, column));
        return new RoleMapping(copy);
    }

    /** This mapping without {@code role}. */
    public RoleMapping without(SemanticRole role) {
        EnumMap<SemanticRole, String> copy = new EnumMap<>(SemanticRole.class);
        copy.putAll(columns);
        copy.remove(role);
        return new RoleMapping(copy);
    }

    /** Entries of {@code overrides} replace the entries of this mapping for the same role. */
    public RoleMapping overriddenBy(RoleMapping overrides) {
        EnumMap<SemanticRole, String> copy = new EnumMap<>(SemanticRole.class);
        copy.putAll(columns);
        copy.putAll(overrides.columns);
        return new RoleMapping(copy);
    }

    /** Only the entries whose column exists in {@code table}. */
    public RoleMapping restrictedTo(Table table) {
        EnumMap<SemanticRole, String> copy = new EnumMap<>(SemanticRole.class);
        columns.forEach((role, column) -> {
            if (table.containsColumn(column)) {
                copy.put(role, column);
            }
        });
        return new RoleMapping(copy);
    }

    /**
     * The column of {@code role} in {@code table}.
     *
     * @param what how the table is called in the message, e.g. "The transactions table"
     * @throws IllegalArgumentException when the role is not mapped or its column is missing, telling the user how to
     *                                  map it
     */
    public String require(SemanticRole role, Table table, String what) {
        return require(role, table, Message.literal(what));
    }

    /**
     * {@link #require(SemanticRole, Table, String)} with {@code what} translated (e.g. "The transactions table").
     *
     * @throws LocalizedArgumentException saying how to map the role, in the GUI's language
     */
    public String require(SemanticRole role, Table table, Message what) {
        String column = columns.get(role);
        if (column == null) {
            throw new LocalizedArgumentException(Message.of("roles.error.unmapped", what, role.cliName()));
        }
        if (!table.containsColumn(column)) {
            throw new LocalizedArgumentException(Message.of("roles.error.missingColumn", what, column, role.cliName(),
                    String.join(", ", table.columnNames())));
        }
        return column;
    }

    /** Role → column, in role order. */
    public Map<SemanticRole, String> asMap() {
        return columns;
    }

    /** {@code cliName → column}, in role order, for JSON output. */
    public Map<String, String> asNamedMap() {
        Map<String, String> named = new LinkedHashMap<>();
        columns.forEach((role, column) -> named.put(role.cliName(), column));
        return named;
    }

    /** The {@code role=column,…} text that {@link #parse} reads back. */
    public String format() {
        return columns.entrySet().stream().map(e -> e.getKey().cliName() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private static String checkColumn(SemanticRole role, String column) {
        if (column == null || column.isBlank()) {
            throw new LocalizedArgumentException(Message.of("data.roleMapping.role2", role.cliName()));
        }
        return column;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleMapping other && columns.equals(other.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
