package io.safesegment.core.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small hand-written files in the shapes of public tables SafeSegment did not write: the "Mall customers" table, an
 * "Online retail" extract (missing CustomerIDs as NA, returns as negative Quantity on "C" invoices, US dates) and a
 * table with Chinese column names. No column is named like the bundled samples.
 */
public final class ForeignShapes {
    /** Mall customers: {@code Genre} is the gender, {@code x} the annual income (k$). */
    public static final String MALL = """
            CustomerID,Genre,Age,x,Spending_Score
            1,Male,19,15,39
            2,Male,21,15,81
            3,Female,20,16,6
            4,Female,23,16,77
            5,Female,31,17,40
            6,Female,22,17,76
            7,Female,35,18,6
            8,Female,23,18,94
            9,Male,64,19,3
            10,Female,30,19,72
            11,Male,67,19,14
            12,Female,35,19,99
            """;

    /**
     * Online retail: 12346 buys and returns everything (net 0), 12347 has two invoices of two lines each, two lines
     * have no customer (NA).
     */
    public static final String RETAIL = """
            InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
            536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom
            536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom
            536366,22633,HAND WARMER UNION JACK,6,12/1/2010 8:28,1.85,NA,United Kingdom
            541431,23166,MEDIUM CERAMIC TOP STORAGE JAR,74215,1/18/2011 10:01,1.04,12346,United Kingdom
            C541433,23166,MEDIUM CERAMIC TOP STORAGE JAR,-74215,1/18/2011 10:17,1.04,12346,United Kingdom
            537626,85116,BLACK CANDELABRA T-LIGHT HOLDER,12,12/7/2010 14:57,2.10,12347,Iceland
            537626,22375,AIRLINE BAG VINTAGE JET SET BROWN,4,12/7/2010 14:57,4.25,12347,Iceland
            542237,71053,WHITE METAL LANTERN,6,1/26/2011 14:30,3.39,12347,Iceland
            542237,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,1/26/2011 14:30,2.55,12347,Iceland
            542238,22633,HAND WARMER UNION JACK,12,1/26/2011 14:31,1.85,NA,Iceland
            542300,22375,AIRLINE BAG VINTAGE JET SET BROWN,2,1/27/2011 9:00,4.25,13047,United Kingdom
            542301,85116,BLACK CANDELABRA T-LIGHT HOLDER,3,1/28/2011 9:00,2.10,13047,United Kingdom
            """;

    /** Customers with Chinese column names. */
    public static final String CHINESE_CUSTOMERS = """
            客户编号,性别,年龄,年收入,消费评分
            C001,男,25,12.5,60
            C002,女,31,30.0,20
            C003,女,45,8.0,75
            C004,男,52,45.5,10
            C005,女,28,15.0,66
            C006,男,39,33.0,35
            """;

    /** Transactions with Chinese column names (amount derived from 数量 × 单价). */
    public static final String CHINESE_TRANSACTIONS = """
            订单号,客户编号,时间,商品编号,数量,单价
            D1,C001,2025-03-01 10:00:00,P1,2,10.0
            D1,C001,2025-03-01 10:00:00,P2,1,5.0
            D2,C002,2025-03-05 11:00:00,P1,1,10.0
            D3,C003,2025-03-07 12:00:00,P3,4,2.5
            D4,C004,2025-03-08 09:00:00,P2,3,5.0
            D5,C005,2025-03-09 09:30:00,P1,1,10.0
            D5,C005,2025-03-09 09:30:00,P3,2,2.5
            D6,C006,2025-03-10 16:00:00,P2,2,5.0
            D7,C001,2025-03-12 10:00:00,P3,1,2.5
            """;

    private ForeignShapes() {
    }

    /** Writes {@code text} as UTF-8 to {@code dir/name}. */
    public static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
