package io.safesegment.spark;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The product category of every transaction line, for the {@code category_shares} features, by the desktop's rule
 * ({@code TransactionAggregates}): the product table maps a product id to its category (both as trimmed text; rows
 * missing either are skipped, and a product id listed twice takes the category of its <em>last</em> row, as the
 * desktop's map keeps the last put); a line's category is its product's, none when the product is unknown. A
 * distributed join, never the transactions on the driver: the product map is grouped per product id first, so the
 * join adds exactly one category per line.
 */
final class SparkCategoryShares {
    private SparkCategoryShares() {
    }

    /**
     * {@code lines} ({@link FeatureRows.Line#SCHEMA}) with a {@code category} column appended.
     *
     * @param overrides the step's role overrides, resolved on the product table as the desktop's segment reader does
     * @throws IllegalArgumentException when the product table has no product id or category column
     */
    static Dataset<Row> categorised(Dataset<Row> lines, SparkFrame products, RoleMapping overrides) {
        ColumnsSchema ps = SparkFeatures.readAsSegment(products.schema(), SparkFeatures.roles(products.schema(),
                overrides));
        RoleMapping roles = SparkFeatures.roles(ps, overrides);
        String product = roles.column(SemanticRole.PRODUCT_ID).orElseThrow(() -> new IllegalArgumentException(
                "the products need a product_id column (map it with roles)"));
        String category = roles.column(SemanticRole.CATEGORY).orElseThrow(() -> new IllegalArgumentException(
                "the products need a category column (map it with roles)"));
        Dataset<Row> pairs = products.rows().withColumn("__row", functions.monotonically_increasing_id())
                .mapPartitions(new FeatureRows.ProductCategories(ps, product, category),
                        Encoders.row(FeatureRows.ProductCategories.SCHEMA));
        // the last row of every product id: the maximum of (row, category) by row
        Dataset<Row> map = pairs.groupBy("pid").agg(functions.max(functions.struct(functions.col("prow"),
                functions.col("category"))).as("last")).select(functions.col("pid"),
                functions.col("last.category").as("category"));
        return lines.join(map, lines.col("product").equalTo(map.col("pid")), "left_outer").drop("pid");
    }
}
