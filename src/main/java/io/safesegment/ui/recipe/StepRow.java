package io.safesegment.ui.recipe;

/**
 * One line of the Recipe panel's step list.
 *
 * @param number  1-based step number
 * @param kind    the step kind in the UI language
 * @param name    the name later steps use for the step's output
 * @param summary the key parameters on one line (field names as in the recipe, files by name)
 * @param json    the step as the recipe file holds it (the tooltip)
 * @param outcome the last dry run's or replay's outcome in the UI language, empty before one
 */
public record StepRow(int number, String kind, String name, String summary, String json, String outcome) {
    /** This row with another outcome. */
    StepRow withOutcome(String text) {
        return new StepRow(number, kind, name, summary, json, text);
    }
}
