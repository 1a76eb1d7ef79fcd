package io.safesegment.ui.segment;

import io.safesegment.core.segment.profile.SegmentProfile;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One segment in the profile table; its name is editable and saved with the run. */
public final class ProfileRow {
    private final SegmentProfile profile;
    private final StringProperty name;

    /** Wraps a profile. */
    public ProfileRow(SegmentProfile profile) {
        this.profile = profile;
        // default names ("Segment 3") in the UI language; a name the user chose is shown as it is
        this.name = new SimpleStringProperty(this, "name", io.safesegment.ui.common.I18n.segmentName(profile.name()));
    }

    /** The statistics. */
    public SegmentProfile profile() {
        return profile;
    }

    /** Segment name shown and saved. */
    public StringProperty nameProperty() {
        return name;
    }
}
