package io.safesegment.ui.shell.demo;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.shell.Section;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The guided demo (decision 0036): which step is shown, its explanation, Next / Back, and presenter mode. Next
 * performs a step the first time it is reached (through {@link DemoActions}, i.e. the sections' own ViewModels);
 * Back only shows an earlier step again — nothing is undone, so the files already written stay consistent — and
 * Next then walks forward without repeating work. A step that failed stays current and Next tries it again.
 */
public final class DemoViewModel {
    private static final DemoStep[] STEPS = DemoStep.values();

    private final DemoActions actions;
    private final Consumer<Section> navigate;
    private final ReadOnlyObjectWrapper<DemoStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final BooleanProperty presenter = new SimpleBooleanProperty(this, "presenter");
    /** Steps before this index have been performed successfully. */
    private final IntegerProperty performed = new SimpleIntegerProperty(this, "performed");
    /** Bumped on start and close, so a step finishing after the demo was closed or restarted is ignored. */
    private int generation;

    /**
     * @param actions  performs each step
     * @param navigate shows a section of the main window
     */
    public DemoViewModel(DemoActions actions, Consumer<Section> navigate) {
        this.actions = actions;
        this.navigate = navigate;
    }

    /** Opens the panel on the first step and performs it (Help › Start demo). Restarting begins again. */
    public void start() {
        generation++;
        performed.set(0);
        open.set(true);
        busy.set(false);
        show(0);
        perform();
    }

    /** Performs the current step when it has not run (or failed), else moves on and performs the next one. */
    public void next() {
        DemoStep current = step.get();
        if (!open.get() || busy.get() || current == null) {
            return;
        }
        int index = current.ordinal();
        if (index >= performed.get()) {
            perform();
        } else if (index + 1 < STEPS.length) {
            show(index + 1);
            if (index + 1 >= performed.get()) {
                perform();
            }
        }
    }

    /** Shows the previous step again (its section and explanation); nothing is undone. */
    public void back() {
        DemoStep current = step.get();
        if (!open.get() || busy.get() || current == null || current.ordinal() == 0) {
            return;
        }
        show(current.ordinal() - 1);
        result.set(i18n("demo.back.note"));
        failed.set(false);
    }

    /** Closes the panel; what the demo made stays in the workspace. */
    public void close() {
        generation++;
        open.set(false);
        busy.set(false);
    }

    private void show(int index) {
        DemoStep s = STEPS[index];
        step.set(s);
        result.set("");
        failed.set(false);
        navigate.accept(s.section());
    }

    private void perform() {
        DemoStep s = step.get();
        int mine = generation;
        busy.set(true);
        result.set(i18n("demo.running"));
        failed.set(false);
        actions.perform(s, outcome -> {
            if (mine != generation || step.get() != s) {
                return; // the demo was closed or restarted meanwhile
            }
            if (outcome.ok()) {
                performed.set(Math.max(performed.get(), s.ordinal() + 1));
            }
            failed.set(!outcome.ok());
            result.set(outcome.text());
            busy.set(false);
        });
    }

    /** Whether the current step is the last one and has been performed: the story is told. */
    public BooleanBinding finished() {
        return Bindings.createBooleanBinding(() -> step.get() == STEPS[STEPS.length - 1] && !busy.get()
                && !failed.get() && performed.get() == STEPS.length, step, busy, failed, performed);
    }

    /** Whether Next does nothing now. */
    public BooleanBinding nextDisabled() {
        return busy.or(finished());
    }

    /** Whether Back does nothing now. */
    public BooleanBinding backDisabled() {
        return Bindings.createBooleanBinding(() -> busy.get() || step.get() == null || step.get().ordinal() == 0,
                busy, step);
    }

    /** "Step 3 of 9". */
    public StringBinding counterText() {
        return Bindings.createStringBinding(() -> step.get() == null ? ""
                : i18n("demo.counter", step.get().ordinal() + 1, STEPS.length), step);
    }

    /** The current step's title. */
    public StringBinding titleText() {
        return text(DemoStep::title);
    }

    /** What the current step does. */
    public StringBinding whatText() {
        return text(DemoStep::what);
    }

    /** Why the current step matters. */
    public StringBinding whyText() {
        return text(DemoStep::why);
    }

    /** The Next button's label: "Run this step" when the current one has not run, else "Next". */
    public StringBinding nextLabel() {
        return Bindings.createStringBinding(() -> step.get() != null && step.get().ordinal() >= performed.get()
                && !busy.get() ? i18n("demo.retry") : i18n("demo.next"), step, busy, failed, performed);
    }

    private StringBinding text(java.util.function.Function<DemoStep, String> part) {
        return Bindings.createStringBinding(() -> step.get() == null ? "" : part.apply(step.get()), step);
    }

    /** The shown step, or null before the demo starts. */
    public ReadOnlyObjectProperty<DemoStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Whether the demo panel is shown. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Whether the current step's work is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The current step's outcome, or why it could not run. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether the current step failed (the result says why; Next tries again). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Presenter mode: larger fonts for a projector. */
    public BooleanProperty presenterProperty() {
        return presenter;
    }
}
