package io.safesegment.ui.recommend;

import io.safesegment.ui.common.Columns;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * Binds number fields to ViewModel properties. Converters are lenient: text that does not parse keeps the previous
 * value instead of throwing on the JavaFX thread. The {@code keep} list holds the {@code asObject()} adapters,
 * which bidirectional bindings only reference weakly.
 */
final class Controls {
    private Controls() {
    }

    static void bindInt(Spinner<Integer> spinner, IntegerProperty value, int min, int max, List<Object> keep) {
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get());
        factory.setConverter(lenient(Integer::valueOf, value::get));
        spinner.setValueFactory(factory);
        ObjectProperty<Integer> adapter = value.asObject();
        keep.add(adapter);
        factory.valueProperty().bindBidirectional(adapter);
    }

    static void bindDouble(Spinner<Double> spinner, DoubleProperty value, double min, double max, double step,
            List<Object> keep) {
        var factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value.get(), step);
        factory.setConverter(lenient(Double::valueOf, value::get));
        spinner.setValueFactory(factory);
        ObjectProperty<Double> adapter = value.asObject();
        keep.add(adapter);
        factory.valueProperty().bindBidirectional(adapter);
    }

    static void bindLong(TextField field, LongProperty value, List<Object> keep) {
        TextFormatter<Long> formatter = new TextFormatter<>(lenient(Long::valueOf, value::get), value.get());
        field.setTextFormatter(formatter);
        ObjectProperty<Long> adapter = value.asObject();
        keep.add(adapter);
        formatter.valueProperty().bindBidirectional(adapter);
    }

    /** Shows {@code items} in {@code box} with translated names and binds the selection to {@code value}. */
    static <T> void bindChoice(ComboBox<T> box, List<T> items, Function<T, String> name, ObjectProperty<T> value) {
        box.getItems().setAll(items);
        box.setConverter(Columns.converter(items, name));
        box.valueProperty().bindBidirectional(value);
    }

    private static <T> StringConverter<T> lenient(Function<String, T> parse, java.util.function.Supplier<T> current) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : String.valueOf(value);
            }

            @Override
            public T fromString(String text) {
                try {
                    return parse.apply(text.trim());
                } catch (RuntimeException e) {
                    return current.get();
                }
            }
        };
    }
}
