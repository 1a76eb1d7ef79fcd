package io.safesegment.ui.recommend;

import io.safesegment.core.recommend.RecommendedItem;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the marketer previews: a customer (found by searching the pseudonymised ids) or a segment, the list length,
 * and two trained models whose top-N lists are shown side by side.
 */
public final class PreviewState {
    /** The search list shows at most this many matching ids (a million customers would not fit a list). */
    public static final int MAX_MATCHES = 200;

    /** What the preview is for. */
    public enum Target { CUSTOMER, SEGMENT }

    private List<String> allCustomers = List.of();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<String> matches = FXCollections.observableArrayList();
    private final StringProperty customer = new SimpleStringProperty(this, "customer");
    private final ObservableList<String> segments = FXCollections.observableArrayList();
    private final StringProperty segment = new SimpleStringProperty(this, "segment");
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.CUSTOMER);
    private final IntegerProperty n = new SimpleIntegerProperty(this, "n", 10);
    private final ObservableList<String> trained = FXCollections.observableArrayList();
    private final StringProperty modelA = new SimpleStringProperty(this, "modelA");
    private final StringProperty modelB = new SimpleStringProperty(this, "modelB");
    private final ObservableList<RecommendedItem> itemsA = FXCollections.observableArrayList();
    private final ObservableList<RecommendedItem> itemsB = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summaryA = new ReadOnlyStringWrapper(this, "summaryA", "");
    private final ReadOnlyStringWrapper summaryB = new ReadOnlyStringWrapper(this, "summaryB", "");

    PreviewState() {
        query.addListener((obs, old, now) -> filter());
    }

    /** New data: the searchable customers and the segment names; earlier previews are cleared. */
    void setData(List<String> customers, List<String> segmentNames) {
        allCustomers = customers;
        segments.setAll(segmentNames);
        if (segment.get() == null || !segmentNames.contains(segment.get())) {
            segment.set(segmentNames.isEmpty() ? null : segmentNames.getFirst());
        }
        if (customer.get() == null || !customers.contains(customer.get())) {
            customer.set(customers.isEmpty() ? null : customers.getFirst());
        }
        filter();
        clearLists();
    }

    /** New trained models: keeps A and B when still trained, else the first two. */
    void setTrained(List<String> names) {
        trained.setAll(names);
        if (modelA.get() == null || !names.contains(modelA.get())) {
            modelA.set(names.isEmpty() ? null : names.getFirst());
        }
        if (modelB.get() == null || !names.contains(modelB.get())) {
            modelB.set(names.size() < 2 ? null : names.get(1));
        }
        clearLists();
    }

    private void clearLists() {
        itemsA.clear();
        itemsB.clear();
        summaryA.set("");
        summaryB.set("");
    }

    /**
     * Ids containing the query (case-insensitive), at most {@link #MAX_MATCHES}, in id order; the chosen customer
     * follows the search (the exact id when typed in full, else the first match, none when nothing matches), so that Preview runs for the
     * customer the user found and not for one chosen before the search.
     */
    private void filter() {
        String raw = query.get() == null ? "" : query.get().trim();
        String q = raw.toLowerCase(Locale.ROOT);
        matches.setAll(allCustomers.stream().filter(id -> q.isEmpty() || id.toLowerCase(Locale.ROOT).contains(q))
                .limit(MAX_MATCHES).toList());
        if (q.isEmpty()) {
            return;
        }
        if (matches.isEmpty()) {
            customer.set(null); // nothing found: Preview asks for a customer instead of using an older choice
            return;
        }
        String exact = matches.stream().filter(id -> id.equalsIgnoreCase(raw)).findFirst().orElse(null);
        if (exact != null) {
            customer.set(exact);
        } else if (!matches.contains(customer.get())) {
            customer.set(matches.getFirst());
        }
    }

    void showA(String text, List<RecommendedItem> items) {
        summaryA.set(text);
        itemsA.setAll(items);
    }

    void showB(String text, List<RecommendedItem> items) {
        summaryB.set(text);
        itemsB.setAll(items);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<String> matches() {
        return matches;
    }

    public StringProperty customerProperty() {
        return customer;
    }

    public ObservableList<String> segments() {
        return segments;
    }

    public StringProperty segmentProperty() {
        return segment;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public IntegerProperty nProperty() {
        return n;
    }

    public ObservableList<String> trained() {
        return trained;
    }

    public StringProperty modelAProperty() {
        return modelA;
    }

    public StringProperty modelBProperty() {
        return modelB;
    }

    public ObservableList<RecommendedItem> itemsA() {
        return itemsA;
    }

    public ObservableList<RecommendedItem> itemsB() {
        return itemsB;
    }

    public ReadOnlyStringProperty summaryAProperty() {
        return summaryA.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryBProperty() {
        return summaryB.getReadOnlyProperty();
    }
}
