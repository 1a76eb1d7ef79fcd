package io.safesegment.ui.shell.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.ui.common.I18n;
import io.safesegment.ui.shell.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo's stepping without the toolkit: a fake script records what is performed and answers when told. */
class DemoViewModelTest {
    private final List<DemoStep> performed = new ArrayList<>();
    private final List<Section> shown = new ArrayList<>();
    private Consumer<DemoActions.Outcome> pending;
    private DemoViewModel demo;

    @BeforeEach
    void setUp() {
        I18n.setLocale(Locale.ENGLISH);
        demo = new DemoViewModel((step, done) -> {
            performed.add(step);
            pending = done;
        }, shown::add);
    }

    private void finish(boolean ok) {
        Consumer<DemoActions.Outcome> done = pending;
        pending = null;
        done.accept(ok ? DemoActions.Outcome.done("ok") : DemoActions.Outcome.failed("why"));
    }

    @Test
    void walksEveryStepOnceInStoryOrderNavigatingToItsSection() {
        demo.start();
        assertTrue(demo.openProperty().get());
        for (DemoStep step : DemoStep.values()) {
            assertEquals(step, demo.stepProperty().get());
            assertTrue(demo.busyProperty().get(), "working until the script answers");
            assertTrue(demo.nextDisabled().get());
            finish(true);
            assertFalse(demo.busyProperty().get());
            assertEquals("ok", demo.resultProperty().get());
            demo.next();
        }
        assertEquals(List.of(DemoStep.values()), performed);
        assertEquals(List.of(DemoStep.values()).stream().map(DemoStep::section).toList(), shown);
        assertTrue(demo.finished().get(), "the story is told");
        assertTrue(demo.nextDisabled().get());
        assertEquals("Step 9 of 9", demo.counterText().get());
    }

    @Test
    void aFailedStepStaysAndNextTriesItAgain() {
        demo.start();
        finish(true);
        demo.next();
        assertEquals(DemoStep.ROLES, demo.stepProperty().get());
        finish(false);
        assertTrue(demo.failedProperty().get());
        assertEquals("why", demo.resultProperty().get());
        assertEquals("Try again", demo.nextLabel().get());
        demo.next();
        assertEquals(DemoStep.ROLES, demo.stepProperty().get(), "still the failed step");
        assertEquals(List.of(DemoStep.LOAD, DemoStep.ROLES, DemoStep.ROLES), performed);
        finish(true);
        assertFalse(demo.failedProperty().get());
        assertEquals("Next", demo.nextLabel().get());
    }

    @Test
    void backShowsAnEarlierStepWithoutUndoingAndNextDoesNotRepeatIt() {
        demo.start();
        finish(true);
        demo.next();
        finish(true);
        demo.next();
        finish(true); // DETECT done
        assertFalse(demo.backDisabled().get());
        demo.back();
        assertEquals(DemoStep.ROLES, demo.stepProperty().get());
        assertEquals(Section.DATA, shown.getLast());
        demo.back();
        assertEquals(DemoStep.LOAD, demo.stepProperty().get());
        assertTrue(demo.backDisabled().get(), "nothing before the first step");
        demo.next();
        demo.next();
        assertEquals(DemoStep.DETECT, demo.stepProperty().get());
        assertEquals(List.of(DemoStep.LOAD, DemoStep.ROLES, DemoStep.DETECT), performed, "nothing ran twice");
        demo.next();
        assertEquals(DemoStep.POLICY, demo.stepProperty().get());
        assertEquals(DemoStep.POLICY, performed.getLast(), "a new step runs");
    }

    @Test
    void anAnswerAfterCloseIsIgnoredAndRestartBeginsAgain() {
        demo.start();
        Consumer<DemoActions.Outcome> late = pending;
        demo.close();
        assertFalse(demo.openProperty().get());
        late.accept(DemoActions.Outcome.done("late"));
        assertFalse("late".equals(demo.resultProperty().get()), "a closed demo ignores the late answer");
        demo.start();
        assertEquals(DemoStep.LOAD, demo.stepProperty().get());
        assertTrue(demo.busyProperty().get());
        demo.next();
        assertEquals(List.of(DemoStep.LOAD, DemoStep.LOAD), performed, "Next does nothing while busy");
    }

    @Test
    void presenterModeIsAToggle() {
        assertFalse(demo.presenterProperty().get());
        demo.presenterProperty().set(true);
        demo.start();
        assertTrue(demo.presenterProperty().get(), "kept across restarts");
    }

    @Test
    void everyStepHasATitleAndBothExplanationsInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, I18n.CHINESE)) {
            I18n.setLocale(locale);
            for (DemoStep step : DemoStep.values()) {
                assertFalse(step.title().isBlank(), step + " " + locale);
                assertTrue(step.what().length() > 20, step + " " + locale);
                assertTrue(step.why().length() > 20, step + " " + locale);
            }
        }
        I18n.setLocale(Locale.ENGLISH);
    }
}
