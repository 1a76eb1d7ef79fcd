package io.safesegment.core.recommend;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.model.AlsParams;
import io.safesegment.core.recommend.model.BaselineParams;
import io.safesegment.core.recommend.model.KnnBaselineParams;
import io.safesegment.core.recommend.model.SvdppParams;
import io.safesegment.core.recommend.model.BprParams;
import io.safesegment.core.recommend.model.ContentParams;
import io.safesegment.core.recommend.model.HybridParams;
import io.safesegment.core.recommend.model.KnnParams;
import io.safesegment.core.recommend.model.MarkovParams;
import io.safesegment.core.recommend.model.MfParams;

/**
 * Hyper-parameters of every model {@link Recommenders} can create, so that a front end (the GUI's model settings)
 * can change them without knowing the model classes. The seeds inside {@code mf}, {@code als} and {@code bpr} are
 * the ones those models use.
 *
 * @param itemKnn item-kNN (also the collaborative part of the hybrid)
 * @param userKnn user-kNN
 * @param mf      biased matrix factorisation (explicit ratings)
 * @param als     implicit ALS
 * @param bpr     BPR
 * @param content TF-IDF content model
 * @param markov  next-item model
 * @param hybrid  hybrid switching/blending
 * @param baseline    baseline-only μ + b_u + b_i
 * @param knnBaseline item-kNN on baseline residuals
 * @param svdpp       SVD++ (explicit ratings with the implicit term)
 */
public record ModelParameters(KnnParams itemKnn, KnnParams userKnn, MfParams mf, AlsParams als, BprParams bpr,
        ContentParams content, MarkovParams markov, HybridParams hybrid, BaselineParams baseline,
        KnnBaselineParams knnBaseline, SvdppParams svdpp) {
    public ModelParameters {
        if (itemKnn == null || userKnn == null || mf == null || als == null || bpr == null || content == null
                || markov == null || hybrid == null || baseline == null || knnBaseline == null || svdpp == null) {
            throw new LocalizedArgumentException(Message.of("recommend.modelParameters.everyModelSParameters"));
        }
    }

    /**
     * The nine models of before issue 18; baseline, kNN-baseline and SVD++ take their defaults (SVD++ seeded with
     * the seed of {@code mf}).
     */
    public ModelParameters(KnnParams itemKnn, KnnParams userKnn, MfParams mf, AlsParams als, BprParams bpr,
            ContentParams content, MarkovParams markov, HybridParams hybrid) {
        this(itemKnn, userKnn, mf, als, bpr, content, markov, hybrid, BaselineParams.defaults(),
                KnnBaselineParams.defaults(), mf == null ? null : SvdppParams.defaults(mf.seed()));
    }

    /** The same with other baseline, kNN-baseline and SVD++ parameters. */
    public ModelParameters withRatingModels(BaselineParams b, KnnBaselineParams kb, SvdppParams s) {
        return new ModelParameters(itemKnn, userKnn, mf, als, bpr, content, markov, hybrid, b, kb, s);
    }

    /** The documented defaults of every model, randomised models seeded with {@code seed}. */
    public static ModelParameters defaults(long seed) {
        return new ModelParameters(KnnParams.defaults(), KnnParams.defaults(), MfParams.defaults(seed),
                AlsParams.defaults(seed), BprParams.defaults(seed), ContentParams.defaults(), MarkovParams.defaults(),
                HybridParams.defaults());
    }
}
