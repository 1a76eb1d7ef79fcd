package io.safesegment.ui.shell;

import io.safesegment.ui.campaign.CampaignsView;
import io.safesegment.ui.data.DataView;
import io.safesegment.ui.value.ValueView;
import io.safesegment.ui.governance.GovernanceView;
import io.safesegment.ui.privacy.PrivacyView;
import io.safesegment.ui.recommend.RecommendationsView;
import io.safesegment.ui.segment.SegmentsView;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * The section navigation of the main window: one toggle button per section, the shell's current section kept in
 * step with them, and each section's page built on first show and kept.
 */
final class SectionNavigation {
    private final AppContext context;
    private final StackPane content;
    private final Map<Section, ToggleButton> buttons;
    private final Map<Section, Parent> pages = new EnumMap<>(Section.class);
    // Weak in the shell: after a language switch the old view is dropped while the ViewModels live on.
    private final ChangeListener<Section> sectionListener = (obs, old, now) -> show(now);

    SectionNavigation(AppContext context, ToggleGroup group, StackPane content, Map<Section, ToggleButton> buttons) {
        this.context = context;
        this.content = content;
        this.buttons = new EnumMap<>(buttons);
        this.buttons.forEach((section, button) -> {
            button.setUserData(section);
            button.setTooltip(new Tooltip(section.description() + "  (" + shortcutText(section) + ")"));
        });
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // keep one section selected
            } else {
                context.shell().sectionProperty().set((Section) now.getUserData());
            }
        });
        context.shell().sectionProperty().addListener(new WeakChangeListener<>(sectionListener));
        show(context.shell().sectionProperty().get());
    }

    private void show(Section section) {
        buttons.get(section).setSelected(true);
        Parent page = pages.computeIfAbsent(section, s -> switch (s) {
            case DATA -> DataView.create(context.data());
            case PRIVACY -> PrivacyView.create(context.privacy());
            case SEGMENTS -> SegmentsView.create(context.segments());
            case RECOMMENDATIONS -> RecommendationsView.create(context.recommendations());
            case CAMPAIGNS -> CampaignsView.create(context.campaigns());
            case GOVERNANCE -> GovernanceView.create(context.governance());
            case VALUE -> ValueView.create(context.value());
            default -> PlaceholderView.create(s);
        });
        content.getChildren().setAll(page);
    }

    private static String shortcutText(Section section) {
        return "Ctrl+" + (section.ordinal() + 1);
    }
}
