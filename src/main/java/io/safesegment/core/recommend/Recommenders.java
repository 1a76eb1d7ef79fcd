package io.safesegment.core.recommend;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.model.BaselineOnly;
import io.safesegment.core.recommend.model.BprRecommender;
import io.safesegment.core.recommend.model.KnnBaseline;
import io.safesegment.core.recommend.model.SvdPlusPlus;
import io.safesegment.core.recommend.model.ContentRecommender;
import io.safesegment.core.recommend.model.HybridRecommender;
import io.safesegment.core.recommend.model.ImplicitAls;
import io.safesegment.core.recommend.model.ItemKnnRecommender;
import io.safesegment.core.recommend.model.LongTailReranker;
import io.safesegment.core.recommend.model.MarkovRecommender;
import io.safesegment.core.recommend.model.MatrixFactorization;
import io.safesegment.core.recommend.model.PopularityParams;
import io.safesegment.core.recommend.model.PopularityRecommender;
import io.safesegment.core.recommend.model.Recommender;
import io.safesegment.core.recommend.model.UserKnnRecommender;
import java.util.List;
import java.util.Locale;

/** Creates models by their command-line names with documented default hyper-parameters. */
public final class Recommenders {
    /** Every model name, in the order reports list them. */
    public static final List<String> NAMES =
            List.of("popularity", "userknn", "itemknn", "mf", "als", "bpr", "content", "markov", "hybrid", "baseline",
                    "knnbaseline", "svdpp");

    /** The models that predict explicit ratings (offered only when the input has ratings). */
    public static final java.util.Set<String> RATING_MODELS = java.util.Set.of("mf", "baseline", "knnbaseline", "svdpp");

    private Recommenders() {
    }

    /**
     * A fresh, unfitted model.
     *
     * @throws IllegalArgumentException for an unknown name, or {@code content} without a product catalogue
     */
    public static Recommender create(String name, ModelContext ctx) {
        return create(name, ctx, ModelParameters.defaults(ctx.seed()));
    }

    /**
     * A fresh, unfitted model with the given hyper-parameters (the GUI's model settings).
     *
     * @throws IllegalArgumentException for an unknown name, or {@code content} without a product catalogue
     */
    public static Recommender create(String name, ModelContext ctx, ModelParameters p) {
        Recommender base = switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "popularity" -> new PopularityRecommender(new PopularityParams(5, ctx.segments()));
            case "userknn" -> new UserKnnRecommender(p.userKnn());
            case "itemknn" -> new ItemKnnRecommender(p.itemKnn());
            case "mf" -> new MatrixFactorization(p.mf());
            case "baseline" -> new BaselineOnly(p.baseline());
            case "knnbaseline" -> new KnnBaseline(p.knnBaseline());
            case "svdpp" -> new SvdPlusPlus(p.svdpp());
            case "als" -> new ImplicitAls(p.als());
            case "bpr" -> new BprRecommender(p.bpr());
            case "content" -> {
                if (ctx.catalogue().isEmpty()) {
                    throw new LocalizedArgumentException(Message.of("recommend.recommenders.modelContentNeedsProduct"));
                }
                yield new ContentRecommender(p.content(), ctx.catalogue());
            }
            case "markov" -> new MarkovRecommender(p.markov());
            case "hybrid" -> new HybridRecommender(p.hybrid(),
                    new ItemKnnRecommender(p.itemKnn()),
                    ctx.catalogue().isEmpty() ? null : new ContentRecommender(p.content(), ctx.catalogue()),
                    new PopularityRecommender(new PopularityParams(5, ctx.segments())));
            default -> throw new LocalizedArgumentException(Message.of("recommend.recommenders.unknownModel", name, NAMES));
        };
        return ctx.longTailWeight() > 0 ? new LongTailReranker(base, ctx.longTailWeight()) : base;
    }
}
