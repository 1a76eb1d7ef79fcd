package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.model.ContentParams;
import io.safesegment.core.recommend.model.ContentRecommender;
import io.safesegment.core.recommend.model.Explanation;
import io.safesegment.core.recommend.model.HybridParams;
import io.safesegment.core.recommend.model.HybridRecommender;
import io.safesegment.core.recommend.model.ItemKnnRecommender;
import io.safesegment.core.recommend.model.KnnParams;
import io.safesegment.core.recommend.model.LongTailReranker;
import io.safesegment.core.recommend.model.MarkovParams;
import io.safesegment.core.recommend.model.MarkovRecommender;
import io.safesegment.core.recommend.model.PopularityParams;
import io.safesegment.core.recommend.model.PopularityRecommender;
import io.safesegment.core.recommend.model.ScoredItem;
import io.safesegment.core.task.Progress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Markov, segment popularity, content, hybrid cold start and the long-tail re-ranker on small hand-made data. */
class SmallModelsTest {

    @Test
    void markovTransitionProbabilitiesFromTimeOrder() {
        InteractionBuilder b = new InteractionBuilder();
        // u0: a → b → c ; u1: a → b ; u2: a → c   (times give the order)
        b.add("u0", "a", 1, 10);
        b.add("u0", "b", 1, 20);
        b.add("u0", "c", 1, 30);
        b.add("u1", "a", 1, 10);
        b.add("u1", "b", 1, 20);
        b.add("u2", "a", 1, 10);
        b.add("u2", "c", 1, 20);
        b.add("u3", "a", 1, 5);
        InteractionMatrix m = b.build(InteractionBuilder.Merge.SUM, null, false);
        MarkovRecommender markov = new MarkovRecommender(new MarkovParams(1, 1));
        markov.fit(m, Progress.NONE);
        float[] s = new float[3];
        markov.score(3, s); // u3's last item is a: P(b|a) = 2/3, P(c|a) = 1/3
        assertEquals(2.0 / 3, s[1], 1e-6);
        assertEquals(1.0 / 3, s[2], 1e-6);
        ScoredItem top = markov.recommend(3, 1, true).get(0);
        assertEquals("b", top.itemId());
        assertEquals("often bought next after a", top.explanation().text(id -> id));
    }

    @Test
    void segmentPopularityRanksWithinTheSegment() {
        InteractionBuilder b = new InteractionBuilder();
        b.add("x1", "p", 1, 1);
        b.add("x2", "p", 1, 1);
        b.add("x3", "p", 1, 1);
        b.add("y1", "q", 1, 1);
        b.add("y2", "q", 1, 1);
        b.add("y3", "p", 1, 1);
        InteractionMatrix m = b.build(InteractionBuilder.Merge.SUM, null, false);
        PopularityRecommender pop = new PopularityRecommender(new PopularityParams(0,
                Map.of("y1", "Y", "y2", "Y", "y3", "Y", "x1", "X")));
        pop.fit(m, Progress.NONE);
        float[] s = new float[2];
        pop.score(m.users().indexOf("y3"), s); // segment Y: q bought by 2, p by 1
        assertTrue(s[m.items().indexOf("q")] > s[m.items().indexOf("p")]);
        Explanation e = pop.explain(m.users().indexOf("y3"), 0);
        assertEquals("popular in your segment (Y)", e.text(id -> id));
        pop.score(m.users().indexOf("x2"), s); // no segment: global counts p 4, q 2
        assertTrue(s[m.items().indexOf("p")] > s[m.items().indexOf("q")]);
    }

    private static ProductCatalog catalogue() {
        return new ProductCatalog(Map.of(
                "tea1", new ProductCatalog.Product("tea1", "Green tea", "Drinks", "green tea leaves loose"),
                "tea2", new ProductCatalog.Product("tea2", "Jasmine green tea", "Drinks", "jasmine green tea leaves"),
                "tea3", new ProductCatalog.Product("tea3", "Oolong tea", "Drinks", "oolong tea leaves roasted"),
                "hammer", new ProductCatalog.Product("hammer", "Claw hammer", "Tools", "steel claw hammer"),
                "saw", new ProductCatalog.Product("saw", "Hand saw", "Tools", "steel hand saw"),
                "nails", new ProductCatalog.Product("nails", "Steel nails", "Tools", "steel nails box")));
    }

    private static InteractionMatrix shop() {
        InteractionBuilder b = new InteractionBuilder();
        for (String item : List.of("tea1", "tea2", "tea3", "hammer", "saw", "nails")) {
            b.items().add(item); // tea2 and tea3 are never bought: cold items
        }
        for (int u = 0; u < 6; u++) {
            b.add("tools" + u, "hammer", 1, 1);
            b.add("tools" + u, "saw", 1, 2);
            b.add("tools" + u, "nails", 1, 3);
        }
        b.add("newbie", "tea1", 1, 1);
        return b.build(InteractionBuilder.Merge.SUM, null, false);
    }

    @Test
    void contentFindsColdItemsByDescription() {
        InteractionMatrix m = shop();
        ContentRecommender content = new ContentRecommender(new ContentParams(1, 1.0), catalogue());
        content.fit(m, Progress.NONE);
        List<ScoredItem> recs = content.recommend(m.users().indexOf("newbie"), 2, true);
        assertEquals(List.of("tea2", "tea3"), recs.stream().map(ScoredItem::itemId).toList());
        assertEquals("similar to Green tea by description",
                recs.get(0).explanation().text(catalogue()::label));
        assertTrue(content.itemSimilarity(1, 0) > content.itemSimilarity(1, 3));
    }

    @Test
    void hybridFallsBackToContentForColdUsersAndPopularityForStrangers() {
        InteractionMatrix m = shop();
        HybridRecommender hybrid = new HybridRecommender(HybridParams.defaults(),
                new ItemKnnRecommender(KnnParams.defaults()),
                new ContentRecommender(new ContentParams(1, 1.0), catalogue()),
                new PopularityRecommender(PopularityParams.defaults()));
        hybrid.fit(m, Progress.NONE);
        ScoredItem first = hybrid.recommend(m.users().indexOf("newbie"), 1, true).get(0);
        assertEquals("tea2", first.itemId());
        assertEquals(Explanation.Kind.SIMILAR_CONTENT, first.explanation().kind());
        ScoredItem stranger = hybrid.recommend(-1, 1, false).get(0);
        assertEquals(Explanation.Kind.POPULAR, stranger.explanation().kind());
    }

    @Test
    void longTailWeightPushesPopularItemsDown() {
        InteractionMatrix m = shop();
        PopularityRecommender base = new PopularityRecommender(PopularityParams.defaults());
        LongTailReranker none = new LongTailReranker(new PopularityRecommender(PopularityParams.defaults()), 0);
        LongTailReranker strong = new LongTailReranker(base, 2.0);
        none.fit(m, Progress.NONE);
        strong.fit(m, Progress.NONE);
        // Without discount the bought-by-6 tool items lead. With weight 2: tools 1 − 2·log 7/log 7 = −1,
        // tea1 1/6 − 2·log 2/log 7 = −0.545, never-bought tea2 0 − 0 = 0 → tea2 (lowest index of the ties) leads.
        assertEquals("hammer", none.recommend(-1, 1, false).get(0).itemId());
        List<String> order = strong.recommend(-1, 6, false).stream().map(ScoredItem::itemId).toList();
        assertEquals(List.of("tea2", "tea3", "tea1", "hammer", "saw", "nails"), order);
    }
}
