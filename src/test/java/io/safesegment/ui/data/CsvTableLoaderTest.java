package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import io.safesegment.core.workspace.SampleCsvFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class CsvTableLoaderTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"phone,true", "Mobile_Phone,true", "national_id,true", "postcode,true", "zip_code,true",
            "customer_id,true", "id,true", "order_no,true", "income,false", "city,false", "birth_date,false",
            "identity_score,false"})
    void identifierColumnsAreDeclaredText(String column, boolean text) {
        assertEquals(text ? Optional.of(ColumnType.STRING) : Optional.empty(), CsvTableLoader.declaredType(column));
    }

    @Test
    void phoneNumbersAndPostcodesSurviveAsText() throws IOException {
        Path samples = SampleCsvFiles.write(dir, 30);

        Table table = CsvTableLoader.load(samples.resolve("customers.csv"), Progress.NONE);

        assertEquals(30, table.rowCount());
        assertEquals(ColumnType.STRING, table.column("phone").type());
        assertEquals(ColumnType.STRING, table.column("postcode").type());
        for (int row = 0; row < table.rowCount(); row++) {
            assertTrue(table.getString(row, "phone").startsWith("+86138"), table.getString(row, "phone"));
            assertEquals(6, table.getString(row, "postcode").length());
        }
        assertEquals(ColumnType.INTEGER, table.column("income").type());
    }

    @Test
    void reportsProgressUpToOne() throws IOException {
        Path samples = SampleCsvFiles.write(dir, 2_000);
        List<Double> fractions = new ArrayList<>();

        CsvTableLoader.load(samples.resolve("transactions.csv"), new CancellationToken((f, m) -> fractions.add(f)));

        assertEquals(0.0, fractions.getFirst());
        assertEquals(1.0, fractions.getLast());
        assertTrue(fractions.size() > 10, "progress is reported while reading, got " + fractions);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back: " + fractions);
        }
    }

    @Test
    void cancellationStopsTheLoad() throws IOException {
        Path samples = SampleCsvFiles.write(dir, 2_000);
        CancellationToken token = new CancellationToken();
        token.cancel();

        assertThrows(TaskCancelledException.class,
                () -> CsvTableLoader.load(samples.resolve("transactions.csv"), token));
    }

    @Test
    void malformedFileFailsWithAMessageNamingTheFile() throws IOException {
        Path bad = dir.resolve("broken.csv");
        Files.writeString(bad, "a,b\n1,2\n3,4,5,6,7\n");

        IOException e = assertThrows(IOException.class, () -> CsvTableLoader.load(bad, Progress.NONE));

        assertTrue(e.getMessage().contains("broken.csv"), e.getMessage());
    }
}
