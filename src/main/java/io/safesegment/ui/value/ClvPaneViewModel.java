package io.safesegment.ui.value;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.value.BgNbdFit;
import io.safesegment.core.value.ChurnRule;
import io.safesegment.core.value.ClvOptions;
import io.safesegment.core.value.ClvResult;
import io.safesegment.core.value.CustomerValue;
import io.safesegment.core.value.GammaGammaFit;
import io.safesegment.core.value.TimeUnit;
import io.safesegment.core.value.ValueService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * CLV pane: settings, the BG/NBD + Gamma-Gamma fit through {@link ValueService}, and what the pane shows (parameter
 * table, hold-out plot data, CLV distribution, top customers and the lapsed list). Validation lives here.
 */
public final class ClvPaneViewModel {
    /** Rows of the lapsed and top-customer lists shown at most. */
    static final int LIST_ROWS = 200;

    /** One parameter row: name, estimate, standard error (text). */
    public record ParameterRow(String name, String estimate, String standardError) {
    }

    /** One customer row. */
    public record CustomerRow(String customerId, String probabilityAlive, String expectedPurchases, String clv,
                              String daysInactive) {
    }

    private final StringProperty transactionsFile;
    private final ExclusiveTask task;
    private final Consumer<String> status;
    private final ObjectProperty<TimeUnit> unit = new SimpleObjectProperty<>(this, "unit", TimeUnit.DAY);
    private final StringProperty horizon = new SimpleStringProperty(this, "horizon", "30");
    private final StringProperty calibrationEnd = new SimpleStringProperty(this, "calibrationEnd", "");
    private final StringProperty maxCorrelation = new SimpleStringProperty(this, "maxCorrelation", "0.3");
    private final StringProperty inactiveDays = new SimpleStringProperty(this, "inactiveDays", "180");
    private final StringProperty aliveBelow = new SimpleStringProperty(this, "aliveBelow", "0.3");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObservableList<ParameterRow> parameters = FXCollections.observableArrayList();
    private final ObservableList<CustomerRow> top = FXCollections.observableArrayList();
    private final ObservableList<CustomerRow> lapsed = FXCollections.observableArrayList();
    private final ObjectProperty<ClvResult> result = new SimpleObjectProperty<>(this, "result");

    ClvPaneViewModel(StringProperty transactionsFile, ExclusiveTask task, Consumer<String> status) {
        this.transactionsFile = transactionsFile;
        this.task = task;
        this.status = status;
    }

    /** Validates the settings and fits in the background; returns false (with a status message) when invalid. */
    public boolean fit() {
        ClvOptions options;
        Path file;
        try {
            file = Path.of(transactionsFile.get().trim());
            if (transactionsFile.get().isBlank()) {
                throw new IllegalArgumentException(i18n("value.error.noTransactions"));
            }
            LocalDate cal = calibrationEnd.get().isBlank() ? null : LocalDate.parse(calibrationEnd.get().trim());
            options = new ClvOptions(unit.get(), cal, Integer.parseInt(horizon.get().trim()), 12, 0.01, 0, 10,
                    Double.parseDouble(maxCorrelation.get().trim()), new ChurnRule(
                    Integer.parseInt(inactiveDays.get().trim()), Double.parseDouble(aliveBelow.get().trim())));
        } catch (NumberFormatException | DateTimeParseException e) {
            status.accept(i18n("value.error.settings"));
            return false;
        } catch (IllegalArgumentException e) {
            status.accept(e instanceof io.safesegment.core.i18n.LocalizedMessage l && l.message() != null
                    ? I18n.render(l.message()) : e.getMessage());
            return false;
        }
        return task.start(i18n("value.task.clv"), progress -> ValueService.clv(SegmentationService.readTable(file,
                RoleMapping.empty(), progress.slice(0, 0.2)), RoleMapping.empty(), options, progress.slice(0.2, 1)),
                this::show);
    }

    private void show(ClvResult r) {
        result.set(r);
        BgNbdFit b = r.bgnbd();
        parameters.setAll(row("r", b.r(), b.rSe()), row("α", b.alpha(), b.alphaSe()), row("a", b.a(), b.aSe()),
                row("b", b.b(), b.bSe()), new ParameterRow(i18n("value.clv.logLikelihood"), fmt(b.logLikelihood()),
                        ""));
        GammaGammaFit g = r.gammaGamma();
        if (g != null) {
            parameters.addAll(row("p", g.p(), g.pSe()), row("q", g.q(), g.qSe()), row("v", g.v(), g.vSe()));
        }
        top.setAll(ValueService.topCustomers(r, LIST_ROWS).stream().map(ClvPaneViewModel::customer).toList());
        lapsed.setAll(r.customers().stream().filter(CustomerValue::lapsed).limit(LIST_ROWS)
                .map(ClvPaneViewModel::customer).toList());
        String spend = g != null ? i18n("value.clv.spendGammaGamma", fmt(g.correlation()))
                : r.gammaGammaRefusal() == null ? "" : I18n.render(r.gammaGammaRefusal());
        summary.set(i18n("value.clv.summary", b.customers(), b.repeatBuyers(), r.lapsedCount()) + "\n" + spend);
        status.accept(i18n("value.clv.done", b.customers()));
    }

    private static ParameterRow row(String name, double v, double se) {
        return new ParameterRow(name, fmt(v), Double.isFinite(se) ? fmt(se) : "–");
    }

    private static CustomerRow customer(CustomerValue c) {
        return new CustomerRow(c.customerId(), fmt(c.probabilityAlive()), fmt(c.expectedPurchases()),
                Double.isNaN(c.clv()) ? "–" : String.format(Locale.ROOT, "%.2f", c.clv()),
                String.format(Locale.ROOT, "%.0f", c.daysInactive()));
    }

    static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%.1f" : "%.4f", v) : "–";
    }

    /** CLV of every customer with a value (for the histogram). */
    public double[] clvValues() {
        ClvResult r = result.get();
        return r == null ? new double[0] : r.customers().stream().mapToDouble(CustomerValue::clv)
                .filter(Double::isFinite).toArray();
    }

    /** Time unit. */
    public ObjectProperty<TimeUnit> unitProperty() {
        return unit;
    }

    /** Units offered. */
    public List<TimeUnit> units() {
        return List.of(TimeUnit.values());
    }

    /** Horizon in periods. */
    public StringProperty horizonProperty() {
        return horizon;
    }

    /** Calibration end (yyyy-MM-dd) or empty. */
    public StringProperty calibrationEndProperty() {
        return calibrationEnd;
    }

    /** Largest accepted |corr(frequency, spend)|. */
    public StringProperty maxCorrelationProperty() {
        return maxCorrelation;
    }

    /** Inactivity window in days. */
    public StringProperty inactiveDaysProperty() {
        return inactiveDays;
    }

    /** P(alive) threshold. */
    public StringProperty aliveBelowProperty() {
        return aliveBelow;
    }

    /** Fit summary (two lines). */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** Parameter table rows. */
    public ObservableList<ParameterRow> parameters() {
        return parameters;
    }

    /** Highest-value customers. */
    public ObservableList<CustomerRow> topCustomers() {
        return top;
    }

    /** Lapsed customers (first rows). */
    public ObservableList<CustomerRow> lapsedCustomers() {
        return lapsed;
    }

    /** The last result, or null. */
    public ObjectProperty<ClvResult> resultProperty() {
        return result;
    }
}
