package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** Controller of {@code fxml/keys/KeyListPane.fxml}: the key table, "create key" and "rotate". */
public final class KeyListView {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final KeyListViewModel model;

    @FXML private TableView<KeyInfo> keysTable;
    @FXML private TableColumn<KeyInfo, String> nameColumn;
    @FXML private TableColumn<KeyInfo, String> purposeColumn;
    @FXML private TableColumn<KeyInfo, Integer> versionColumn;
    @FXML private TableColumn<KeyInfo, String> createdColumn;
    @FXML private TableColumn<KeyInfo, String> retiredColumn;
    @FXML private TableColumn<KeyInfo, String> fingerprintColumn;
    @FXML private Label tablePlaceholder;
    @FXML private TextField keyNameField;
    @FXML private ComboBox<KeyPurpose> purposeBox;
    @FXML private Button createKeyButton;
    @FXML private Button rotateButton;

    private KeyListView(KeyListViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(KeyListViewModel model) {
        return ViewLoader.load("keys/KeyListPane.fxml", new KeyListView(model));
    }

    @FXML
    private void initialize() {
        var locked = model.lockedBinding();
        tablePlaceholder.textProperty().bind(Bindings.when(locked).then(i18n("keys.table.locked"))
                .otherwise(i18n("keys.table.empty")));
        keysTable.setItems(model.keys());
        text(nameColumn, KeyInfo::name);
        text(purposeColumn, k -> KeyListViewModel.purposeName(k.purpose()));
        versionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().version()));
        text(createdColumn, k -> CREATED.format(k.created()));
        text(retiredColumn, k -> k.retired() ? i18n("keys.yes") : i18n("keys.no"));
        text(fingerprintColumn, KeyInfo::fingerprint);
        purposeBox.getItems().setAll(KeyPurpose.values());
        purposeBox.getSelectionModel().select(KeyPurpose.PSEUDONYM_HMAC);
        purposeBox.setConverter(Columns.converter(KeyListViewModel::purposeName));
        purposeBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(KeyPurpose item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : KeyListViewModel.purposeName(item));
            }
        });
        createKeyButton.disableProperty().bind(locked.or(keyNameField.textProperty().isEmpty()));
        rotateButton.disableProperty().bind(locked.or(keysTable.getSelectionModel().selectedItemProperty().isNull()));
    }

    /** A text column whose cells carry their full text as a tooltip (fingerprints are cut off at 1280 px). */
    private static void text(TableColumn<KeyInfo, String> column, Function<KeyInfo, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
    }

    @FXML
    private void createKey() {
        model.createKey(keyNameField.getText().strip(), purposeBox.getValue());
        keyNameField.clear();
    }

    @FXML
    private void rotate() {
        model.rotate(keysTable.getSelectionModel().getSelectedItem());
    }
}
