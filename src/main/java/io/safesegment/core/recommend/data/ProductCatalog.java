package io.safesegment.core.recommend.data;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.io.CsvRecordReader;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Product attributes used by content-based models, diversity and fairness metrics and explanations.
 *
 * @param products by product id
 */
public record ProductCatalog(Map<String, Product> products) {

    /** One product: the text fields content models read. */
    public record Product(String id, String name, String category, String description) {
    }

    public ProductCatalog {
        products = Map.copyOf(products);
    }

    /** An empty catalogue (ratings without item metadata). */
    public static ProductCatalog empty() {
        return new ProductCatalog(Map.of());
    }

    /** The product or null. */
    public Product get(String id) {
        return products.get(id);
    }

    /** Display name of an item: the product name when known, else the id. */
    public String label(String id) {
        Product p = products.get(id);
        return p == null || p.name().isBlank() ? id : p.name();
    }

    /** The category or "unknown". */
    public String category(String id) {
        Product p = products.get(id);
        return p == null || p.category().isBlank() ? "unknown" : p.category();
    }

    public boolean isEmpty() {
        return products.isEmpty();
    }

    /** Reads a products CSV with suggested roles. */
    public static ProductCatalog load(Path file) {
        return load(file, RoleMapping.empty());
    }

    /**
     * Reads a products CSV: the product id role, and the optional product name and category roles and a description
     * column; {@code overrides} replace the roles suggested from the header.
     */
    public static ProductCatalog load(Path file, RoleMapping overrides) {
        Map<String, Product> map = new HashMap<>();
        try (BufferedReader in = Csv.open(file)) {
            CsvRecordReader r = Csv.reader(in, file);
            if (!r.next()) {
                throw new RecommendDataException(Message.of("data.productCatalog.isEmptyUseA", file));
            }
            List<String> header = Csv.header(r);
            RoleMapping roles = RoleSuggester.resolve(header, overrides);
            String what = "The products file";
            int cId = Csv.column(header, roles, SemanticRole.PRODUCT_ID, file, what, true);
            int cName = Csv.column(header, roles, SemanticRole.PRODUCT_NAME, file, what, false);
            int cCat = Csv.column(header, roles, SemanticRole.CATEGORY, file, what, false);
            String description = RoleSuggester.descriptionColumn(header, roles);
            int cDesc = description == null ? -1 : header.indexOf(description);
            while (r.next()) {
                if (r.isBlankLine()) {
                    continue;
                }
                if (r.fieldCount() <= cId) {
                    throw new RecommendDataException(Message.of("data.productCatalog.line", file, r.recordLine()));
                }
                String id = r.field(cId);
                map.put(id, new Product(id, field(r, cName), field(r, cCat), field(r, cDesc)));
            }
        } catch (IOException e) {
            throw new RecommendDataException(Message.of("data.productCatalog.cannotRead", file, LocalizedMessage.of(e)), e);
        }
        return new ProductCatalog(map);
    }

    private static String field(CsvRecordReader r, int col) {
        return col >= 0 && col < r.fieldCount() ? r.field(col) : "";
    }
}
