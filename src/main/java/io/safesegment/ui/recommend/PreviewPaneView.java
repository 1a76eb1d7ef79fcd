package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of {@code fxml/recommend/PreviewPane.fxml}: binds the target, models A/B and the two lists. */
public final class PreviewPaneView {
    private final PreviewPaneViewModel model;
    private final List<Object> keep = new ArrayList<>();

    @FXML private ComboBox<PreviewState.Target> targetBox;
    @FXML private TextField customerSearch;
    @FXML private ComboBox<String> customerBox;
    @FXML private ComboBox<String> segmentBox;
    @FXML private Spinner<Integer> nSpinner;
    @FXML private ComboBox<String> modelABox;
    @FXML private ComboBox<String> modelBBox;
    @FXML private Button previewButton;
    @FXML private Button campaignButton;
    @FXML private Label summaryALabel;
    @FXML private Label summaryBLabel;
    @FXML private TableView<RecommendedItem> previewTableA;
    @FXML private TableView<RecommendedItem> previewTableB;

    private PreviewPaneView(PreviewPaneViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(PreviewPaneViewModel model) {
        return ViewLoader.load("recommend/PreviewPane.fxml", new PreviewPaneView(model));
    }

    @FXML
    private void initialize() {
        PreviewState preview = model.preview();
        previewButton.disableProperty().bind(model.previewDisabled());
        campaignButton.disableProperty().bind(model.previewDisabled());
        Controls.bindChoice(targetBox, List.of(PreviewState.Target.values()),
                t -> t == PreviewState.Target.CUSTOMER ? i18n("recommend.target.customer")
                        : i18n("recommend.target.segment"), preview.targetProperty());
        customerSearch.textProperty().bindBidirectional(preview.queryProperty());
        customerBox.setItems(preview.matches());
        customerBox.valueProperty().bindBidirectional(preview.customerProperty());
        segmentBox.setItems(preview.segments());
        segmentBox.valueProperty().bindBidirectional(preview.segmentProperty());
        var forSegment = preview.targetProperty().isEqualTo(PreviewState.Target.SEGMENT);
        customerSearch.disableProperty().bind(forSegment);
        customerBox.disableProperty().bind(forSegment);
        segmentBox.disableProperty().bind(forSegment.not());
        Controls.bindInt(nSpinner, preview.nProperty(), 1, 100, keep);
        modelABox.setItems(preview.trained());
        modelABox.valueProperty().bindBidirectional(preview.modelAProperty());
        modelBBox.setItems(preview.trained());
        modelBBox.valueProperty().bindBidirectional(preview.modelBProperty());
        summaryALabel.textProperty().bind(preview.summaryAProperty());
        summaryBLabel.textProperty().bind(preview.summaryBProperty());
        ResultColumns.preview(previewTableA);
        ResultColumns.preview(previewTableB);
        previewTableA.setItems(preview.itemsA());
        previewTableB.setItems(preview.itemsB());
    }

    @FXML
    private void exportCampaign() {
        model.exportCampaignList();
    }

    @FXML
    private void preview() {
        model.runPreview();
    }
}
