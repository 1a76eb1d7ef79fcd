package io.safesegment.core.privacy.policy;

import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import tech.tablesaw.api.Table;

/**
 * Hand-written, seeded look-alikes of two public files SafeSegment did not write (no download): the "Mall customers"
 * table and an "Online retail" extract. Written as CSV and read through the real importer, as a user's file would be.
 */
final class ForeignShapes {
    private ForeignShapes() {
    }

    /**
     * {@code CustomerID, Genre, Age, x, Spending_Score}: ids 1..200 and the annual income {@code x} rising from 15 to
     * 137 (k$), so ids 15..137 reappear as incomes — the shape that the old scan refused.
     */
    static Table mallCustomers(Path dir) throws IOException {
        Random random = new Random(200);
        StringBuilder csv = new StringBuilder("CustomerID,Genre,Age,x,Spending_Score\n");
        for (int id = 1; id <= 200; id++) {
            long income = Math.round(15 + (id - 1) * 122.0 / 199);
            csv.append(id).append(',').append(random.nextBoolean() ? "Male" : "Female").append(',')
                    .append(18 + random.nextInt(53)).append(',').append(income).append(',')
                    .append(1 + random.nextInt(99)).append('\n');
        }
        return load(dir.resolve("Mall_Customers.csv"), csv.toString());
    }

    /**
     * {@code InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country}: 5-digit
     * customer ids (some missing), 5-digit stock codes of which several equal a customer id, cancellations ("C…")
     * and negative quantities.
     */
    static Table onlineRetail(Path dir) throws IOException {
        Random random = new Random(536365);
        List<String> customers = List.of("17850", "13047", "12583", "13748", "15100", "15291", "14688", "17809",
                "15311", "16098", "18074", "17420", "16029", "12431", "17511");
        // Real stock codes that happen to equal customer ids above, plus ordinary ones
        List<String> stock = List.of("85123A", "71053", "84406B", "22752", "21730", "17850", "13047", "15100",
                "16098", "22633", "84879", "POST", "22745", "21754", "17511", "12583");
        List<String> descriptions = List.of("WHITE HANGING HEART T-LIGHT HOLDER", "WHITE METAL LANTERN",
                "CREAM CUPID HEARTS COAT HANGER", "SET 7 BABUSHKA NESTING BOXES", "GLASS STAR FROSTED T-LIGHT HOLDER",
                "HAND WARMER UNION JACK", "POSTAGE", "ASSORTED COLOUR BIRD ORNAMENT");
        List<String> countries = List.of("United Kingdom", "France", "Australia", "Netherlands", "EIRE");
        StringBuilder csv = new StringBuilder(
                "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        int invoice = 536365;
        for (int row = 0; row < 400; row++) {
            if (random.nextInt(4) == 0) {
                invoice++;
            }
            boolean cancelled = random.nextInt(25) == 0;
            int quantity = (1 + random.nextInt(24)) * (cancelled ? -1 : 1);
            String customer = random.nextInt(10) == 0 ? "" : customers.get(random.nextInt(customers.size()));
            csv.append(cancelled ? "C" : "").append(invoice).append(',')
                    .append(stock.get(random.nextInt(stock.size()))).append(',')
                    .append(descriptions.get(random.nextInt(descriptions.size()))).append(',')
                    .append(quantity).append(',')
                    .append("12/").append(1 + row / 40).append("/2010 ").append(8 + row % 10).append(':')
                    .append(String.format("%02d", row % 60)).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", 0.42 + random.nextInt(1000) / 100.0))
                    .append(',').append(customer).append(',')
                    .append(countries.get(random.nextInt(countries.size()))).append('\n');
        }
        return load(dir.resolve("Online_Retail.csv"), csv.toString());
    }

    private static Table load(Path file, String csv) throws IOException {
        Files.writeString(file, csv);
        return TableImport.load(file, CsvImportOptions.defaults(), Progress.NONE).table();
    }
}
