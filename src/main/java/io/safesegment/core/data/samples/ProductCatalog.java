package io.safesegment.core.data.samples;

import io.safesegment.core.data.samples.PlantedSegment.PriceTier;
import io.safesegment.core.data.samples.ProductVocabulary.Category;
import io.safesegment.core.data.samples.ProductVocabulary.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fictitious product catalogue and its planted co-purchase bundles: one bundle per (category, theme), so every
 * product belongs to exactly one bundle and customers concentrate their purchases in one or two bundles.
 */
final class ProductCatalog {
    /** Themes per category. */
    static final int THEMES = 5;
    /** Number of planted bundles. */
    static final int BUNDLES = 10 * THEMES;

    /**
     * One product.
     *
     * @param bundle     planted bundle index, 0..{@link #BUNDLES}-1
     * @param priceCents list price in cents
     */
    record Product(int index, String id, String name, String category, String brand, long priceCents,
            String description, int bundle, PriceTier tier) {
    }

    private final List<Product> products;
    private final int[][] productsByBundle;
    private final int[][] bundlesByTier;
    private final int[][] productsByTier;

    private ProductCatalog(List<Product> products) {
        this.products = List.copyOf(products);
        List<List<Integer>> byBundle = new ArrayList<>();
        for (int b = 0; b < BUNDLES; b++) {
            byBundle.add(new ArrayList<>());
        }
        List<List<Integer>> byTier = new ArrayList<>();
        List<List<Integer>> tierBundles = new ArrayList<>();
        for (int t = 0; t < PriceTier.values().length; t++) {
            byTier.add(new ArrayList<>());
            tierBundles.add(new ArrayList<>());
        }
        for (Product p : products) {
            byBundle.get(p.bundle()).add(p.index());
            byTier.get(p.tier().ordinal()).add(p.index());
        }
        for (int b = 0; b < BUNDLES; b++) {
            tierBundles.get(ProductVocabulary.CATEGORIES.get(b / THEMES).tier().ordinal()).add(b);
        }
        productsByBundle = toArrays(byBundle);
        productsByTier = toArrays(byTier);
        bundlesByTier = toArrays(tierBundles);
    }

    /** Builds {@code count} products (at least {@link #BUNDLES}) from {@code random}. */
    static ProductCatalog generate(int count, SplittableRandom random) {
        List<Product> products = new ArrayList<>(count);
        int categories = ProductVocabulary.CATEGORIES.size();
        for (int i = 0; i < count; i++) {
            Category category = ProductVocabulary.CATEGORIES.get(i % categories);
            int themeIndex = (i / categories) % THEMES;
            Theme theme = category.themes().get(themeIndex);
            String brand = pick(category.brands(), random);
            String noun = pick(theme.nouns(), random);
            String adjective = pick(category.adjectives(), random);
            String name = brand + " " + adjective + " " + noun;
            long price = price(category, random);
            String description = description(category, theme, adjective, noun, random);
            products.add(new Product(i, String.format("P%05d", i + 1), name, category.name(), brand, price,
                    description, ProductVocabulary.CATEGORIES.indexOf(category) * THEMES + themeIndex,
                    category.tier()));
        }
        return new ProductCatalog(products);
    }

    List<Product> products() {
        return products;
    }

    Product product(int index) {
        return products.get(index);
    }

    /** Product indexes of one bundle. */
    int[] bundleProducts(int bundle) {
        return productsByBundle[bundle];
    }

    /** Bundles whose category sits in {@code tier}. */
    int[] tierBundles(PriceTier tier) {
        return bundlesByTier[tier.ordinal()];
    }

    /** Product indexes in {@code tier}. */
    int[] tierProducts(PriceTier tier) {
        return productsByTier[tier.ordinal()];
    }

    /** The stable name of a bundle, e.g. {@code B07 Beauty & Personal Care / hair care}. */
    static String bundleId(int bundle) {
        return String.format("B%02d", bundle + 1);
    }

    /** The human-readable theme of a bundle. */
    static String bundleLabel(int bundle) {
        Category c = ProductVocabulary.CATEGORIES.get(bundle / THEMES);
        return c.name() + " / " + c.themes().get(bundle % THEMES).name();
    }

    private static long price(Category c, SplittableRandom random) {
        double logLo = Math.log(c.minPrice());
        double logHi = Math.log(c.maxPrice());
        double whole = Math.exp(logLo + random.nextDouble() * (logHi - logLo));
        if (c.tier() == PriceTier.HIGH) {
            return Math.round(whole / 10) * 1000 - 1; // e.g. 649.99
        }
        return Math.max(1, (long) Math.floor(whole)) * 100 + 99; // e.g. 12.99
    }

    private static String description(Category c, Theme theme, String adjective, String noun,
            SplittableRandom random) {
        List<String> features = new ArrayList<>(c.features());
        String f1 = features.remove(random.nextInt(features.size()));
        String f2 = features.remove(random.nextInt(features.size()));
        String f3 = features.remove(random.nextInt(features.size()));
        return adjective + " " + noun.toLowerCase(java.util.Locale.ROOT) + " from our " + theme.name() + " range in "
                + c.name().toLowerCase(java.util.Locale.ROOT) + ", with " + f1 + ", " + f2 + " and " + f3
                + ". Ideal for " + pick(c.uses(), random) + ".";
    }

    private static String pick(List<String> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] result = new int[lists.size()][];
        for (int i = 0; i < result.length; i++) {
            result[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }
}
