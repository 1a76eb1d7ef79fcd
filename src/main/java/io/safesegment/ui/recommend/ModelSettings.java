package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recommend.ModelContext;
import io.safesegment.core.recommend.ModelParameters;
import io.safesegment.core.recommend.Recommenders;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.model.AlsParams;
import io.safesegment.core.recommend.model.BprParams;
import io.safesegment.core.recommend.model.HybridParams;
import io.safesegment.core.recommend.model.KnnParams;
import io.safesegment.core.recommend.model.MarkovParams;
import io.safesegment.core.recommend.model.MfParams;
import io.safesegment.core.recommend.model.Similarity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The model list and the key hyper-parameters the section exposes (the rest keep the core's documented defaults),
 * plus the seed that every randomised model and the evaluation split use. The rating models are offered only for
 * ratings.
 */
public final class ModelSettings {
    private static final Set<String> PRESELECTED = Set.of("popularity", "itemknn");

    private final ObservableList<ModelChoice> models = FXCollections.observableArrayList();
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final ObjectProperty<Similarity> similarity =
            new SimpleObjectProperty<>(this, "similarity", KnnParams.defaults().similarity());
    private final IntegerProperty neighbours = new SimpleIntegerProperty(this, "neighbours",
            KnnParams.defaults().neighbours());
    private final DoubleProperty shrinkage = new SimpleDoubleProperty(this, "shrinkage", KnnParams.defaults().shrinkage());
    private final IntegerProperty factors = new SimpleIntegerProperty(this, "factors", AlsParams.defaults(0).factors());
    private final IntegerProperty iterations = new SimpleIntegerProperty(this, "iterations",
            AlsParams.defaults(0).iterations());
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", BprParams.defaults(0).epochs());
    private final DoubleProperty regularization = new SimpleDoubleProperty(this, "regularization",
            AlsParams.defaults(0).regularization());
    private final DoubleProperty alpha = new SimpleDoubleProperty(this, "alpha", AlsParams.defaults(0).alpha());
    private final IntegerProperty markovHistory = new SimpleIntegerProperty(this, "markovHistory",
            MarkovParams.defaults().history());
    private final IntegerProperty coldBelow = new SimpleIntegerProperty(this, "coldBelow",
            HybridParams.defaults().minInteractions());
    private final DoubleProperty longTail = new SimpleDoubleProperty(this, "longTail", 0);

    ModelSettings() {
        offer(false, true);
    }

    /**
     * Rebuilds the model list for the data: the rating models ({@code mf}, {@code svdpp}, {@code baseline},
     * {@code knnbaseline}) only for explicit ratings, {@code content} only with products.
     */
    void offer(boolean explicit, boolean withProducts) {
        Set<String> ticked = models.isEmpty() ? PRESELECTED : Set.copyOf(selected());
        models.setAll(Recommenders.NAMES.stream()
                .filter(n -> explicit || !Recommenders.RATING_MODELS.contains(n))
                .filter(n -> withProducts || !n.equals("content"))
                .map(n -> new ModelChoice(n, ticked.contains(n))).toList());
    }

    /** Names of the ticked models, in list order. */
    public List<String> selected() {
        return models.stream().filter(m -> m.selectedProperty().get()).map(ModelChoice::name).toList();
    }

    /** Ticks exactly {@code names} (tests, saved choices). */
    public void select(List<String> names) {
        models.forEach(m -> m.selectedProperty().set(names.contains(m.name())));
    }

    /**
     * The hyper-parameters from the fields, seeded with {@code seedValue}.
     *
     * @throws IllegalArgumentException with the core's message when a value is out of range
     */
    public ModelParameters parameters(long seedValue) {
        ModelParameters d = ModelParameters.defaults(seedValue);
        KnnParams knn = new KnnParams(similarity.get(), neighbours.get(), shrinkage.get());
        MfParams mf = new MfParams(factors.get(), d.mf().epochs(), d.mf().learningRate(), d.mf().regularization(),
                d.mf().initStd(), seedValue);
        AlsParams als = new AlsParams(factors.get(), iterations.get(), regularization.get(), alpha.get(),
                d.als().cgSteps(), seedValue);
        BprParams bpr = new BprParams(factors.get(), epochs.get(), d.bpr().learningRate(), d.bpr().regularization(),
                seedValue);
        MarkovParams markov = new MarkovParams(markovHistory.get(), d.markov().decay());
        HybridParams hybrid = new HybridParams(coldBelow.get(), d.hybrid().contentWeight(),
                d.hybrid().popularityWeight());
        return new ModelParameters(knn, knn, mf, als, bpr, d.content(), markov, hybrid);
    }

    /** The model context for {@code seedValue}. */
    ModelContext context(ProductCatalog catalogue, Map<String, String> segments, long seedValue) {
        return new ModelContext(catalogue, segments, seedValue, longTail.get());
    }

    /** Translated name of a similarity measure. */
    public static String similarityName(Similarity s) {
        return switch (s) {
            case COSINE -> i18n("recommend.similarity.cosine");
            case PEARSON -> i18n("recommend.similarity.pearson");
            case ADJUSTED_COSINE -> i18n("recommend.similarity.adjusted");
        };
    }

    public ObservableList<ModelChoice> models() {
        return models;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<Similarity> similarityProperty() {
        return similarity;
    }

    public IntegerProperty neighboursProperty() {
        return neighbours;
    }

    public DoubleProperty shrinkageProperty() {
        return shrinkage;
    }

    public IntegerProperty factorsProperty() {
        return factors;
    }

    public IntegerProperty iterationsProperty() {
        return iterations;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public DoubleProperty regularizationProperty() {
        return regularization;
    }

    public DoubleProperty alphaProperty() {
        return alpha;
    }

    public IntegerProperty markovHistoryProperty() {
        return markovHistory;
    }

    public IntegerProperty coldBelowProperty() {
        return coldBelow;
    }

    public DoubleProperty longTailProperty() {
        return longTail;
    }
}
