package io.safesegment.core.data;

import static io.safesegment.core.data.SemanticRole.AMOUNT;
import static io.safesegment.core.data.SemanticRole.CATEGORY;
import static io.safesegment.core.data.SemanticRole.CUSTOMER_ID;
import static io.safesegment.core.data.SemanticRole.ORDER_ID;
import static io.safesegment.core.data.SemanticRole.PRODUCT_ID;
import static io.safesegment.core.data.SemanticRole.PRODUCT_NAME;
import static io.safesegment.core.data.SemanticRole.QUANTITY;
import static io.safesegment.core.data.SemanticRole.RATING;
import static io.safesegment.core.data.SemanticRole.TIMESTAMP;
import static io.safesegment.core.data.SemanticRole.UNIT_PRICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class RoleSuggesterTest {
    @Test
    void onlineRetailNamesMapAndAmountIsDerivedAsARecordedStep() {
        RoleSuggestion s = RoleSuggester.suggest(List.of("InvoiceNo", "StockCode", "Description", "Quantity",
                "InvoiceDate", "UnitPrice", "CustomerID", "Country"));
        RoleMapping m = s.mapping();
        assertEquals(Map.of(ORDER_ID, "InvoiceNo", PRODUCT_ID, "StockCode", PRODUCT_NAME, "Description",
                QUANTITY, "Quantity", TIMESTAMP, "InvoiceDate", UNIT_PRICE, "UnitPrice", CUSTOMER_ID, "CustomerID"),
                m.asMap());
        assertFalse(m.has(AMOUNT));
        AmountDerivation d = s.amountDerivation().orElseThrow();
        assertEquals("amount = Quantity × UnitPrice", d.describe());
        assertEquals(Map.of("step", "derive_amount", "role", "amount", "quantity", "Quantity",
                "unit_price", "UnitPrice"), d.asStep());
        assertTrue(s.confidence().get(CUSTOMER_ID) >= 0.9);
    }

    @Test
    void foreignSpellingsAndChineseNames() {
        assertEquals("Customer ID", RoleSuggester.suggest(List.of("Customer ID", "Qty", "SKU", "Price"))
                .mapping().column(CUSTOMER_ID).orElseThrow());
        RoleMapping spaced = RoleSuggester.suggest(List.of("cust_id", "Qty", "SKU", "Price", "Date")).mapping();
        assertEquals(Map.of(CUSTOMER_ID, "cust_id", QUANTITY, "Qty", PRODUCT_ID, "SKU", UNIT_PRICE, "Price",
                TIMESTAMP, "Date"), spaced.asMap());
        RoleMapping zh = RoleSuggester.suggest(List.of("订单号", "客户编号", "时间", "商品编号", "数量", "单价")).mapping();
        assertEquals(Map.of(ORDER_ID, "订单号", CUSTOMER_ID, "客户编号", TIMESTAMP, "时间", PRODUCT_ID, "商品编号",
                QUANTITY, "数量", UNIT_PRICE, "单价"), zh.asMap());
        assertEquals("客户ID", RoleSuggester.suggest(List.of("客户ID")).mapping().column(CUSTOMER_ID).orElseThrow());
    }

    @Test
    void mallGenreIsNoCategoryAndSpendingScoreIsNoRating() {
        RoleMapping m = RoleSuggester.suggest(List.of("CustomerID", "Genre", "Age", "x", "Spending_Score")).mapping();
        assertEquals(Map.of(CUSTOMER_ID, "CustomerID"), m.asMap());
        assertFalse(m.has(CATEGORY));
        assertFalse(m.has(RATING));
    }

    @Test
    void valuesSuggestTimestampAndIdWhenNamesDoNot() {
        Table t = Table.create("t", IntColumn.create("k", 10, 11, 12, 13),
                DateTimeColumn.create("wann", LocalDateTime.of(2025, 1, 1, 9, 0), LocalDateTime.of(2025, 1, 2, 9, 0),
                        LocalDateTime.of(2025, 1, 3, 9, 0), LocalDateTime.of(2025, 1, 4, 9, 0)),
                DoubleColumn.create("betrag", 1, 2, 3, 4));
        RoleSuggestion s = RoleSuggester.suggest(t);
        assertEquals("wann", s.mapping().column(TIMESTAMP).orElseThrow());
        assertEquals("k", s.mapping().column(CUSTOMER_ID).orElseThrow());
        assertTrue(s.confidence().get(TIMESTAMP) < 0.9, "a guess from values is less sure than a name");
        assertTrue(s.reasons().get(TIMESTAMP).contains("wann"));
    }

    @Test
    void overridesWinAndTakeTheirColumnAwayFromOtherSuggestedRoles() {
        RoleMapping m = RoleSuggester.resolve(List.of("InvoiceNo", "CustomerID", "Buyer"),
                RoleMapping.parse("customer_id=Buyer,order_id=CustomerID"));
        assertEquals("Buyer", m.column(CUSTOMER_ID).orElseThrow());
        assertEquals("CustomerID", m.column(ORDER_ID).orElseThrow());
        assertEquals(2, m.asMap().size(), m.toString());
    }

    @Test
    void missingCustomerIdTokens() {
        for (String missing : new String[] {null, "", " ", "NA", "na", "null", "NaN", "N/A"}) {
            assertTrue(CustomerIds.isMissing(missing), String.valueOf(missing));
        }
        assertFalse(CustomerIds.isMissing("17850"));
        assertFalse(CustomerIds.isMissing("客户A"));
    }
}
