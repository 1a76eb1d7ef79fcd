package io.safesegment.core.recipe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The recipe of a desktop session as it is being recorded: every action that changes data (an import, a cleaning
 * step, a mask, a segmentation, a recommendation run, an export) appends one step, so the session can be saved and
 * replayed headless with {@code safesegment run}. Steps can be removed or moved; numbers are re-assigned and names
 * stay unique. Thread-safe: sections append from task callbacks while the Recipe panel reads.
 */
public final class SessionRecipe {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<RecipeStep> steps = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Files that hold a step's output although no step field names them (e.g. a dataset registered on export). */
    private final Map<String, String> producers = new HashMap<>();
    /** Names the step whose output is the table the Data section has loaded (recording it first if needed). */
    private volatile java.util.function.Supplier<String> loadedTable;

    /**
     * Appends a step and returns it (numbered, with a name unique in this recipe, derived from {@code name}).
     *
     * @param fields the step's typed fields without {@code kind} and {@code name}; inputs refer to earlier steps by
     *               their returned names, files by absolute path (made relative when saved)
     */
    public RecipeStep append(StepKind kind, String name, ObjectNode fields) {
        Objects.requireNonNull(fields, "fields");
        RecipeStep step;
        synchronized (this) {
            step = new RecipeStep(steps.size() + 1, kind, uniqueName(name), fields);
            steps.add(step);
        }
        fire();
        return step;
    }

    /** An empty object for a step's fields. */
    public static ObjectNode fields() {
        return MAPPER.createObjectNode();
    }

    /** The recorded steps, in order. */
    public synchronized List<RecipeStep> steps() {
        return List.copyOf(steps);
    }

    /** Whether nothing has been recorded. */
    public synchronized boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The name of the last step of {@code kind}, or null: a section uses it as the input of its own step. */
    public synchronized String lastNameOf(StepKind kind) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).kind() == kind) {
                return steps.get(i).name();
            }
        }
        return null;
    }

    /**
     * Lets the section that holds the window's loaded table (the Data section) tell other sections which step
     * produced it: its import, PostgreSQL fetch, last cleaning step or join. {@code step} is called on the caller's
     * thread of {@link #loadedTableStep()} and may record the table's steps first (a dataset opened but not yet used).
     */
    public void publishLoadedTable(java.util.function.Supplier<String> step) {
        loadedTable = Objects.requireNonNull(step, "step");
    }

    /**
     * The name of the step whose output is the loaded table, as published by {@link #publishLoadedTable}; null when
     * no table is loaded or it cannot be replayed. Without a publisher (a window without a Data section) the last
     * {@code import}.
     */
    public String loadedTableStep() {
        java.util.function.Supplier<String> published = loadedTable;
        return published == null ? lastNameOf(StepKind.IMPORT) : published.get();
    }

    /**
     * The step the Data section published as the maker of its loaded table, or null when no section publishes one
     * (a window without a Data section) or no table is loaded.
     */
    public String publishedLoadedTableStep() {
        java.util.function.Supplier<String> published = loadedTable;
        return published == null ? null : published.get();
    }

    /**
     * Notes that {@code file} holds the output of step {@code step}, so a later section that reads the file names that
     * step instead of importing the file anew: a replay then reads what the replay itself produced. Used for the
     * workspace copy of a masked export, whose path no step field holds.
     */
    public synchronized void producedBy(Path file, String step) {
        producers.put(key(file), Objects.requireNonNull(step, "step"));
    }

    /**
     * The name of the step whose output {@code file} holds, or null: a step that {@link #producedBy produced} it, an
     * {@code import} of it, or a step whose {@code output} is its absolute path. Sections call this before recording
     * an {@code import} of a file, so a flow across sections stays one chain of steps.
     */
    public synchronized String stepFor(Path file) {
        String path = key(file);
        String produced = producers.get(path);
        if (produced != null && steps.stream().anyMatch(s -> s.name().equals(produced))) {
            return produced;
        }
        for (RecipeStep s : steps) {
            if (s.kind() == StepKind.IMPORT && path.equals(s.text("file", null))) {
                return s.name();
            }
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (path.equals(steps.get(i).text("output", null))) {
                return steps.get(i).name();
            }
            for (String second : new String[] {"profiles", "lapsed"}) { // a step's second output, NAME.FIELD
                if (path.equals(steps.get(i).text(second, null))) {
                    return steps.get(i).name() + "." + second;
                }
            }
        }
        return null;
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * Replaces the fields of step {@code name} in place (same number and name), for a change that does not alter
     * what later steps read, e.g. where a step writes its output. Returns false when there is no such step.
     */
    public boolean amend(String name, ObjectNode fields) {
        Objects.requireNonNull(fields, "fields");
        synchronized (this) {
            int i = indexOf(name);
            if (i < 0) {
                return false;
            }
            RecipeStep s = steps.get(i);
            steps.set(i, new RecipeStep(s.number(), s.kind(), s.name(), fields));
        }
        fire();
        return true;
    }

    private int indexOf(String name) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Removes the step at 0-based {@code index}. Later steps that used its output then fail validation by name. */
    public void remove(int index) {
        synchronized (this) {
            steps.remove(index);
            renumber();
        }
        fire();
    }

    /** Moves the step at {@code from} to {@code to} (0-based). */
    public void move(int from, int to) {
        synchronized (this) {
            RecipeStep step = steps.remove(from);
            steps.add(to, step);
            renumber();
        }
        fire();
    }

    /** Forgets every step (a new session). */
    public void clear() {
        synchronized (this) {
            steps.clear();
            producers.clear();
        }
        fire();
    }

    /** Replaces the steps with those of an opened recipe. */
    public void replaceWith(Recipe recipe) {
        synchronized (this) {
            steps.clear();
            producers.clear();
            steps.addAll(recipe.steps());
            renumber();
        }
        fire();
    }

    /** Calls {@code listener} (on the caller's thread) after every change. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The recipe as a document titled {@code title} whose relative paths resolve against {@code directory}. */
    public synchronized Recipe toRecipe(String title, Path directory) {
        return new Recipe(Recipe.VERSION, title, steps, directory);
    }

    /**
     * The recipe's JSON. File fields under {@code directory} are written relative to it, so a recipe saved beside its
     * data replays on another machine.
     */
    public synchronized String toJson(String title, Path directory) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("recipeVersion", Recipe.VERSION);
        root.put("name", title);
        ArrayNode array = root.putArray("steps");
        for (RecipeStep s : steps) {
            ObjectNode node = array.addObject();
            node.put("kind", s.kind().id());
            node.put("name", s.name());
            s.fields().properties().forEach(e -> {
                FieldType type = s.kind().fields().get(e.getKey());
                if (type == FieldType.FILE && e.getValue().isTextual()) {
                    node.put(e.getKey(), relative(directory, e.getValue().asText()));
                } else {
                    node.set(e.getKey(), e.getValue().deepCopy());
                }
            });
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new LocalizedStateException(Message.of("recipe.sessionRecipe.cannotWrite"), e);
        }
    }

    /** Writes the recipe to {@code file} atomically (temp file, then rename). */
    public void save(String title, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        AtomicFiles.writeString(file, toJson(title, dir), true);
    }

    private static String relative(Path directory, String file) {
        Path p = Path.of(file);
        if (directory == null || !p.isAbsolute()) {
            return file;
        }
        try {
            return directory.toAbsolutePath().relativize(p).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file; // another drive or root: keep it absolute
        }
    }

    private String uniqueName(String base) {
        String stem = base == null || base.isBlank() ? "step" : base.strip();
        Set<String> taken = new HashSet<>();
        steps.forEach(s -> taken.add(s.name()));
        String name = stem;
        for (int i = 2; taken.contains(name); i++) {
            name = stem + "-" + i;
        }
        return name;
    }

    private void renumber() {
        for (int i = 0; i < steps.size(); i++) {
            RecipeStep s = steps.get(i);
            steps.set(i, new RecipeStep(i + 1, s.kind(), s.name(), s.fields()));
        }
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
