package io.safesegment.core.data.clean;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tech.tablesaw.api.Table;

/**
 * One reversible cleaning operation. Steps never modify their input table: they return a changed copy, so undo is
 * simply re-applying steps {@code 0..n-1} to the original ({@link CleaningPipeline}). Steps are records and
 * serialise to JSON (the {@code step} property names the kind) so a recipe can replay them headless.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DropDuplicates.class, name = "drop-duplicates"),
    @JsonSubTypes.Type(value = FillMissing.class, name = "fill-missing"),
    @JsonSubTypes.Type(value = DropMissing.class, name = "drop-missing"),
    @JsonSubTypes.Type(value = HandleOutliers.class, name = "outliers"),
    @JsonSubTypes.Type(value = NormaliseText.class, name = "normalise-text"),
    @JsonSubTypes.Type(value = ParseColumn.class, name = "parse"),
    @JsonSubTypes.Type(value = ScaleColumn.class, name = "scale"),
    @JsonSubTypes.Type(value = OneHotEncode.class, name = "one-hot"),
    @JsonSubTypes.Type(value = DeriveColumn.class, name = "derive")
})
public sealed interface CleaningStep permits DropDuplicates, FillMissing, DropMissing, HandleOutliers, NormaliseText,
        ParseColumn, ScaleColumn, OneHotEncode, DeriveColumn {

    /**
     * Applies the step to a copy of {@code table}.
     *
     * @throws CleaningException when a named column is missing or has the wrong type
     */
    StepOutcome apply(Table table);

    /** A short user-facing description, e.g. {@code Fill missing income with the median}. */
    String describe();
}
