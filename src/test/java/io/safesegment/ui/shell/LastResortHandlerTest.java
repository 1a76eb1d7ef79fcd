package io.safesegment.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class LastResortHandlerTest {
    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void uncaughtExceptionFromAWorkerThreadIsShownOnce() throws Exception {
        RecordingDialogs dialogs = new RecordingDialogs();
        LastResortHandler handler = new LastResortHandler(dialogs);

        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("boom"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.shown.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("unexpected: boom"), dialogs.shown);
    }

    @Test
    void uncaughtExceptionOnTheFxThreadIsShownAndAFailingDialogDoesNotPropagate() throws Exception {
        RecordingDialogs recorded = new RecordingDialogs();
        LastResortHandler handler = new LastResortHandler(recorded);
        LastResortHandler broken = new LastResortHandler(new DialogService() {
            @Override
            public void showError(String headline, Throwable error) {
                throw new IllegalStateException("dialog broke");
            }

            @Override
            public void showUnexpectedError(Throwable error) {
                throw new IllegalStateException("dialog broke");
            }

            @Override
            public void showInformation(String headline, String message) {
                throw new IllegalStateException("dialog broke");
            }

            @Override
            public Optional<Path> chooseDirectory(String title, Path initialDirectory) {
                return Optional.empty();
            }
        });

        WaitForAsyncUtils.asyncFx(() -> {
            broken.uncaughtException(Thread.currentThread(), new IllegalArgumentException("first"));
            handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("second"));
            handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("third"));
        }).get(30, TimeUnit.SECONDS);

        assertEquals(List.of("unexpected: second", "unexpected: third"), recorded.shown);
    }
}
