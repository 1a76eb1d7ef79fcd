package io.safesegment.ui.campaign;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.campaign.design.DesignResult;
import io.safesegment.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of {@code fxml/campaign/DesignPane.fxml}. */
public final class DesignPaneView {
    private final DesignPaneViewModel model;

    @FXML private Label targetLabel;
    @FXML private TextField whereField;
    @FXML private TextField offersField;
    @FXML private TextField channelField;
    @FXML private TextField controlField;
    @FXML private TextField seedField;
    @FXML private TextField baselineField;
    @FXML private TextField mdeField;
    @FXML private Label summaryLabel;
    @FXML private TableView<DesignResult.ArmSize> armTable;

    private DesignPaneView(DesignPaneViewModel model) {
        this.model = model;
    }

    /** Loads the pane. */
    public static Parent create(DesignPaneViewModel model) {
        return ViewLoader.load("campaign/DesignPane.fxml", new DesignPaneView(model));
    }

    @FXML
    private void initialize() {
        targetLabel.textProperty().bind(Bindings.createStringBinding(() -> model.targetProperty().get() == null
                ? i18n("campaign.nofile") : model.targetProperty().get().getFileName().toString(),
                model.targetProperty()));
        whereField.textProperty().bindBidirectional(model.whereProperty());
        offersField.textProperty().bindBidirectional(model.offersProperty());
        channelField.textProperty().bindBidirectional(model.channelProperty());
        controlField.textProperty().bindBidirectional(model.controlShareProperty());
        seedField.textProperty().bindBidirectional(model.seedProperty());
        baselineField.textProperty().bindBidirectional(model.baselineProperty());
        mdeField.textProperty().bindBidirectional(model.mdeProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        Cells.column(armTable, i18n("campaign.column.arm"), DesignResult.ArmSize::arm);
        Cells.column(armTable, i18n("campaign.column.customers"), a -> Integer.toString(a.customers()));
        armTable.setItems(model.arms());
    }

    @FXML
    private void chooseTarget() {
        model.chooseTarget();
    }

    @FXML
    private void design() {
        model.design();
    }
}
