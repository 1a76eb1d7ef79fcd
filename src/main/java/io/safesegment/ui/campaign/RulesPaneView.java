package io.safesegment.ui.campaign;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.campaign.rules.AssociationRule;
import io.safesegment.ui.common.ViewLoader;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of {@code fxml/campaign/RulesPane.fxml}. */
public final class RulesPaneView {
    private final RulesPaneViewModel model;

    @FXML private Label transactionsLabel;
    @FXML private javafx.scene.control.ComboBox<io.safesegment.core.campaign.rules.BasketScope> scopeBox;
    @FXML private TextField supportField;
    @FXML private TextField confidenceField;
    @FXML private Label summaryLabel;
    @FXML private TableView<AssociationRule> ruleTable;

    private RulesPaneView(RulesPaneViewModel model) {
        this.model = model;
    }

    /** Loads the pane. */
    public static Parent create(RulesPaneViewModel model) {
        return ViewLoader.load("campaign/RulesPane.fxml", new RulesPaneView(model));
    }

    @FXML
    private void initialize() {
        transactionsLabel.textProperty().bind(Bindings.createStringBinding(() ->
                model.transactionsProperty().get() == null ? i18n("campaign.nofile")
                        : model.transactionsProperty().get().getFileName().toString(), model.transactionsProperty()));
        scopeBox.getItems().setAll(io.safesegment.core.campaign.rules.BasketScope.values());
        scopeBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(io.safesegment.core.campaign.rules.BasketScope scope) {
                return scope == null ? "" : RulesPaneViewModel.scopeName(scope);
            }

            @Override
            public io.safesegment.core.campaign.rules.BasketScope fromString(String text) {
                return null;
            }
        });
        scopeBox.valueProperty().bindBidirectional(model.scopeProperty());
        supportField.textProperty().bindBidirectional(model.minSupportProperty());
        confidenceField.textProperty().bindBidirectional(model.minConfidenceProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        Cells.column(ruleTable, i18n("campaign.column.antecedent"), r -> String.join(" + ", r.antecedent()));
        Cells.column(ruleTable, i18n("campaign.column.consequent"), r -> String.join(" + ", r.consequent()));
        Cells.column(ruleTable, i18n("campaign.column.support"), r -> String.format(Locale.ROOT, "%.4f",
                r.support()));
        Cells.column(ruleTable, i18n("campaign.column.confidence"), r -> Cells.pct(r.confidence()));
        Cells.column(ruleTable, i18n("campaign.column.ruleLift"), r -> String.format(Locale.ROOT, "%.2f",
                r.lift()));
        ruleTable.setItems(model.rules());
    }

    @FXML
    private void chooseTransactions() {
        model.chooseTransactions();
    }

    @FXML
    private void mine() {
        model.mine();
    }
}
