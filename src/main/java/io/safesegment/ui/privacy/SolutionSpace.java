package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.Transformation;
import io.safesegment.core.privacy.policy.MaskingRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The solution space of the last search: every acceptable transformation as a point of highest prosecutor risk
 * against information loss, the optimum marked. The user picks a candidate (a click on its point, or the keyboard in
 * the candidates table); the review (before → after) and the rule set that would apply it follow the pick.
 */
public final class SolutionSpace {
    /**
     * One acceptable transformation.
     *
     * @param node    the measured lattice node
     * @param optimum whether it is the search's optimum
     * @param levels  "age 2, postcode 1"
     */
    public record Point(Transformation node, boolean optimum, String levels) {
        /** The levels alone, in the quasi-identifiers' order ("2, 0, 1"): short enough for a table cell. */
        public String levelVector() {
            return node.levels().stream().map(String::valueOf).collect(Collectors.joining(", "));
        }

        /** Information loss, 0..1. */
        public double loss() {
            return node.loss();
        }

        /** Highest prosecutor risk of the released rows (1 / smallest class), 0..1. */
        public double risk() {
            return node.smallestClass() == 0 ? 0 : 1.0 / node.smallestClass();
        }
    }

    /**
     * One line of the before/after review.
     *
     * @param measure what is compared
     * @param before  on the original quasi-identifiers
     * @param after   with the picked transformation
     */
    public record ReviewRow(String measure, String before, String after) {
    }

    private final ObservableList<Point> points = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Point> picked = new ReadOnlyObjectWrapper<>(this, "picked");
    private final ObservableList<ReviewRow> review = FXCollections.observableArrayList();
    private final ObservableList<String> rules = FXCollections.observableArrayList();
    private AnonymiseOptions options;
    private Transformation before;
    private int rows;
    private Map<String, Path> files = Map.of();

    /** Shows a search's acceptable nodes and picks the optimum. */
    void show(AnonymiseOptions options, Transformation before, int rows, List<Transformation> space,
              Transformation optimum, Map<String, Path> hierarchyFiles) {
        this.options = options;
        this.before = before;
        this.rows = rows;
        this.files = Map.copyOf(hierarchyFiles);
        List<Integer> best = optimum == null ? List.of() : optimum.levels();
        List<Point> acceptable = new ArrayList<>(space.stream().filter(Transformation::acceptable)
                .map(n -> new Point(n, n.levels().equals(best), levelText(n))).toList());
        if (optimum != null && acceptable.stream().noneMatch(Point::optimum)) {
            acceptable.add(new Point(optimum, true, levelText(optimum))); // lattice too large to plot: the optimum alone
        }
        acceptable.sort(java.util.Comparator.comparingDouble(Point::loss).thenComparingDouble(Point::risk));
        points.setAll(acceptable);
        pick(acceptable.stream().filter(Point::optimum).findFirst().orElse(null));
    }

    /** Picks {@code point} (null: nothing); the review and the rule set follow. */
    public void pick(Point point) {
        picked.set(point);
        review.clear();
        rules.clear();
        if (point == null || options == null) {
            return;
        }
        Transformation n = point.node();
        review.add(new ReviewRow(i18n("privacy.anon.review.k"), String.valueOf(before.smallestClass()),
                String.valueOf(n.smallestClass())));
        review.add(new ReviewRow(i18n("privacy.anon.review.risk"), percent(riskOf(before)), percent(point.risk())));
        review.add(new ReviewRow(i18n("privacy.anon.review.classes"), String.valueOf(before.classes()),
                String.valueOf(n.classes())));
        review.add(new ReviewRow(i18n("privacy.anon.review.suppressed"), "0",
                i18n("privacy.anon.review.ofRows", n.suppressedRows(), rows)));
        review.add(new ReviewRow(i18n("privacy.anon.review.loss"), percent(0), percent(n.loss())));
        List<String> qis = options.quasiIdentifiers();
        for (int j = 0; j < qis.size(); j++) {
            review.add(new ReviewRow(i18n("privacy.anon.review.level", qis.get(j)), "0",
                    i18n("privacy.anon.review.levelAfter", n.levels().get(j), n.lossPerQi().get(j) * 100)));
        }
        for (MaskingRule rule : ruleSet(point)) {
            rules.add(rule.column() + ": " + rule.operator() + " " + rule.params().entrySet().stream()
                    .map(e -> e.getKey() + "=" + shortPaths(String.valueOf(e.getValue())))
                    .collect(Collectors.joining(", ")));
        }
        if (!PrivacyService.rulesReproduceSuppression(options)) {
            rules.add(i18n("privacy.anon.rules.inexact"));
        }
    }

    /** The masking rules that apply {@code point} with the hierarchy files they name. */
    List<MaskingRule> ruleSet(Point point) {
        return PrivacyService.anonymisationRules(options, point.node().levelArray(), files);
    }

    /** Forgets the result. */
    void clear() {
        options = null;
        points.clear();
        pick(null);
    }

    /** The options of the search shown, or null. */
    AnonymiseOptions options() {
        return options;
    }

    private static double riskOf(Transformation t) {
        return t.smallestClass() == 0 ? 0 : 1.0 / t.smallestClass();
    }

    private static String percent(double share) {
        return i18n("privacy.anon.review.percent", share * 100);
    }

    /** A rule names hierarchy files by absolute path; the list shows their names. */
    private static String shortPaths(String text) {
        return text.replaceAll("[^;=@,]*[/\\\\]([^/\\\\;@,]+)", "$1");
    }

    private String levelText(Transformation n) {
        List<String> qis = options.quasiIdentifiers();
        return IntStream.range(0, qis.size()).mapToObj(j -> qis.get(j) + " " + n.levels().get(j))
                .collect(Collectors.joining(", "));
    }

    /** The acceptable transformations, by loss. */
    public ObservableList<Point> points() {
        return points;
    }

    /** The picked candidate (the optimum after a search). */
    public ReadOnlyObjectProperty<Point> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** Before → after for the picked candidate. */
    public ObservableList<ReviewRow> review() {
        return review;
    }

    /** The policy rules that apply the picked candidate. */
    public ObservableList<String> rules() {
        return rules;
    }
}
