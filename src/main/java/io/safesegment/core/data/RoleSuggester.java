package io.safesegment.core.data;

import static io.safesegment.core.data.SemanticRole.AMOUNT;
import static io.safesegment.core.data.SemanticRole.BIRTH_DATE;
import static io.safesegment.core.data.SemanticRole.CATEGORY;
import static io.safesegment.core.data.SemanticRole.CHANNEL;
import static io.safesegment.core.data.SemanticRole.CUSTOMER_ID;
import static io.safesegment.core.data.SemanticRole.ORDER_ID;
import static io.safesegment.core.data.SemanticRole.PRODUCT_ID;
import static io.safesegment.core.data.SemanticRole.PRODUCT_NAME;
import static io.safesegment.core.data.SemanticRole.QUANTITY;
import static io.safesegment.core.data.SemanticRole.RATING;
import static io.safesegment.core.data.SemanticRole.SEGMENT;
import static io.safesegment.core.data.SemanticRole.SIGNUP_DATE;
import static io.safesegment.core.data.SemanticRole.TIMESTAMP;
import static io.safesegment.core.data.SemanticRole.UNIT_PRICE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Suggests which column plays which {@link SemanticRole}, first from the column names (English, Chinese and the
 * spellings of common public exports such as {@code CustomerID}, {@code InvoiceNo}, {@code StockCode},
 * {@code UnitPrice}, {@code 客户编号}), then from the values (an unmapped date-time column is the timestamp; a first
 * column of distinct integers is the customer id). This is the only place that knows column names: everything
 * downstream asks a {@link RoleMapping}.
 *
 * <p>Names are compared after lower-casing and removing spaces, {@code _}, {@code -} and {@code .}, and only as
 * whole names, so that {@code Spending_Score} is not a rating and the mall table's {@code Genre} (its gender column)
 * is not a category.
 */
public final class RoleSuggester {
    private static final double BY_NAME = 0.9;
    private static final double BY_WEAK_NAME = 0.6;
    private static final double BY_VALUES = 0.5;

    /** Name → (role, confidence), in priority order (the first role to claim a column wins). */
    private static final Map<String, NameRule> NAMES = new LinkedHashMap<>();

    private record NameRule(SemanticRole role, double confidence) {
    }

    static {
        names(CUSTOMER_ID, BY_NAME, "customerid", "custid", "customerno", "customernumber", "customercode", "clientid",
                "userid", "memberid", "buyerid", "客户id", "客户编号", "客户号", "客户代码", "顾客id", "顾客编号",
                "会员id", "会员编号", "用户id", "用户编号");
        names(CUSTOMER_ID, BY_WEAK_NAME, "customer", "client", "user", "member", "客户", "顾客", "会员", "用户");
        names(ORDER_ID, BY_NAME, "orderid", "orderno", "ordernumber", "invoiceno", "invoice", "invoiceid",
                "invoicenumber", "receiptno", "basketid", "订单号", "订单编号", "订单id", "发票号", "单号", "小票号");
        names(ORDER_ID, BY_WEAK_NAME, "transactionid", "txnid", "transactionno", "交易号", "交易编号", "流水号");
        names(TIMESTAMP, BY_NAME, "timestamp", "invoicedate", "orderdate", "purchasedate", "transactiondate",
                "datetime", "eventtime", "ordertime", "purchasetime", "时间", "日期", "交易时间", "交易日期", "下单时间",
                "订单日期", "订单时间", "购买时间", "购买日期", "时间戳");
        names(TIMESTAMP, BY_WEAK_NAME, "date", "time", "ts");
        names(AMOUNT, BY_NAME, "amount", "linetotal", "totalamount", "total", "sales", "revenue", "spend",
                "totalprice", "lineamount", "金额", "总额", "总金额", "消费金额", "销售额", "实付金额");
        names(QUANTITY, BY_NAME, "quantity", "qty", "units", "quantityordered", "数量", "购买数量", "件数");
        names(UNIT_PRICE, BY_NAME, "unitprice", "price", "itemprice", "priceeach", "单价", "价格", "售价");
        names(PRODUCT_ID, BY_NAME, "productid", "stockcode", "sku", "itemid", "productcode", "articleid",
                "itemcode", "productno", "asin", "商品id", "商品编号", "商品编码", "产品id", "产品编号", "货号");
        names(PRODUCT_ID, BY_WEAK_NAME, "product", "item", "article", "movieid", "商品", "产品");
        names(PRODUCT_NAME, BY_NAME, "productname", "itemname", "title", "name", "商品名称", "产品名称", "品名",
                "商品名", "名称");
        // A description names the product only when there is no name column (the online-retail export).
        names(PRODUCT_NAME, BY_WEAK_NAME, "description", "productdescription", "描述", "商品描述");
        names(CATEGORY, BY_NAME, "category", "productcategory", "categoryname", "department", "类别", "品类", "分类",
                "商品类别", "类目");
        names(RATING, BY_NAME, "rating", "stars", "userrating", "评分", "打分", "星级");
        names(SEGMENT, BY_NAME, "segment", "segmentname", "cluster", "plantedsegment", "customersegment", "分群",
                "客户分群", "细分");
        names(BIRTH_DATE, BY_NAME, "birthdate", "dateofbirth", "dob", "birthday", "出生日期", "生日");
        names(SIGNUP_DATE, BY_NAME, "signupdate", "registrationdate", "registerdate", "joindate", "joined",
                "customersince", "firstseen", "注册日期", "注册时间", "入会日期");
        names(CHANNEL, BY_NAME, "channel", "saleschannel", "orderchannel", "渠道", "销售渠道");
    }

    private static void names(SemanticRole role, double confidence, String... names) {
        for (String n : names) {
            NAMES.putIfAbsent(n, new NameRule(role, confidence));
        }
    }

    private RoleSuggester() {
    }

    /** Normalised form of a column name for matching: lower case without spaces, {@code _}, {@code -}, {@code .}. */
    static String normalise(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (char c : name.trim().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != ' ' && c != '_' && c != '-' && c != '.' && c != '\u3000') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The free-text description column among {@code columnNames} that is not already {@code mapping}'s product name,
     * or null; content-based recommenders read it beside the name.
     */
    public static String descriptionColumn(List<String> columnNames, RoleMapping mapping) {
        String name = mapping.column(PRODUCT_NAME).orElse(null);
        for (String c : columnNames) {
            NameRule rule = NAMES.get(normalise(c));
            if (rule != null && rule.role() == PRODUCT_NAME && rule.confidence() < BY_NAME && !c.equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Suggests roles from column names alone (for streamed files whose values are not loaded). */
    public static RoleSuggestion suggest(List<String> columnNames) {
        return byName(columnNames).toSuggestion();
    }

    /** Suggests roles from the names and then the values of {@code table}. */
    public static RoleSuggestion suggest(Table table) {
        Draft d = byName(table.columnNames());
        if (!d.mapping.containsKey(TIMESTAMP)) {
            Column<?> dateTime = null;
            for (Column<?> c : table.columns()) {
                if (!d.claimed.contains(c.name()) && c.type().name().startsWith("LOCAL_DATE")
                        && (dateTime == null || c.type().name().equals("LOCAL_DATE_TIME")
                        && !dateTime.type().name().equals("LOCAL_DATE_TIME"))) {
                    dateTime = c;
                }
            }
            if (dateTime != null) {
                d.put(TIMESTAMP, dateTime.name(), BY_VALUES, "date values in '" + dateTime.name() + "'");
            }
        }
        if (!d.mapping.containsKey(CUSTOMER_ID) && table.columnCount() > 1 && table.rowCount() > 1) {
            Column<?> first = table.column(0);
            if (!d.claimed.contains(first.name()) && looksLikeIds(first)) {
                d.put(CUSTOMER_ID, first.name(), BY_VALUES, "distinct id-like values in the first column '"
                        + first.name() + "'");
            }
        }
        return d.toSuggestion();
    }

    /**
     * The roles of {@code table}: the suggestion, overridden by {@code overrides}. A suggested role whose column an
     * override gives to another role is dropped, so one column never plays two roles by accident.
     */
    public static RoleMapping resolve(Table table, RoleMapping overrides) {
        return merge(suggest(table).mapping(), overrides);
    }

    /** Like {@link #resolve(Table, RoleMapping)} for a header row. */
    public static RoleMapping resolve(List<String> columnNames, RoleMapping overrides) {
        return merge(suggest(columnNames).mapping(), overrides);
    }

    private static RoleMapping merge(RoleMapping suggested, RoleMapping overrides) {
        Set<String> taken = new HashSet<>(overrides.asMap().values());
        EnumMap<SemanticRole, String> kept = new EnumMap<>(SemanticRole.class);
        suggested.asMap().forEach((role, column) -> {
            if (!taken.contains(column)) {
                kept.put(role, column);
            }
        });
        return RoleMapping.of(kept).overriddenBy(overrides);
    }

    private static Draft byName(List<String> columnNames) {
        Draft d = new Draft();
        // Strong names first, so "Customer ID" beats a weak "user" elsewhere in the same table.
        List<String[]> weak = new ArrayList<>();
        for (String column : columnNames) {
            NameRule rule = NAMES.get(normalise(column));
            if (rule == null) {
                continue;
            }
            if (rule.confidence() >= BY_NAME) {
                d.putIfFree(rule.role(), column, rule.confidence(), "name '" + column + "'");
            } else {
                weak.add(new String[] {column});
            }
        }
        for (String[] w : weak) {
            NameRule rule = NAMES.get(normalise(w[0]));
            d.putIfFree(rule.role(), w[0], rule.confidence(), "name '" + w[0] + "'");
        }
        return d;
    }

    private static boolean looksLikeIds(Column<?> column) {
        int n = column.size();
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < n; r++) {
            if (column.isMissing(r)) {
                return false;
            }
            String s = column.getString(r).trim();
            if (s.isEmpty() || !s.chars().allMatch(Character::isDigit) || !seen.add(s)) {
                return false;
            }
        }
        return true;
    }

    private static final class Draft {
        final EnumMap<SemanticRole, String> mapping = new EnumMap<>(SemanticRole.class);
        final EnumMap<SemanticRole, Double> confidence = new EnumMap<>(SemanticRole.class);
        final EnumMap<SemanticRole, String> reasons = new EnumMap<>(SemanticRole.class);
        final Set<String> claimed = new HashSet<>();

        void putIfFree(SemanticRole role, String column, double conf, String reason) {
            if (!mapping.containsKey(role) && !claimed.contains(column)) {
                put(role, column, conf, reason);
            }
        }

        void put(SemanticRole role, String column, double conf, String reason) {
            mapping.put(role, column);
            confidence.put(role, conf);
            reasons.put(role, reason);
            claimed.add(column);
        }

        RoleSuggestion toSuggestion() {
            return new RoleSuggestion(RoleMapping.of(mapping), confidence, reasons);
        }
    }
}
