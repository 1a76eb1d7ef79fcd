package io.safesegment.ui.shell;

import io.safesegment.core.workspace.DemoWorkspace;
import io.safesegment.core.workspace.SampleCsvFiles;
import io.safesegment.core.workspace.WorkspaceLocations;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a TestFX stage, in a throwaway home directory ({@code safesegment.home}) whose default
 * workspace is filled from generated sample files, so the tests never touch the user's home nor depend on the
 * bundled samples.
 */
public final class GuiFixture implements AutoCloseable {
    /** Rows of the generated customers.csv. */
    public static final int CUSTOMERS = 250;

    public final Path home;
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final AppContext context;
    public final MainWindow window;

    /** Writes a test's sample files into the given folder and returns the folder the demo workspace reads. */
    @FunctionalInterface
    public interface SampleWriter {
        Path write(Path folder) throws IOException;
    }

    private GuiFixture(Path home, Stage stage, SampleWriter sampleWriter) throws IOException {
        this.home = home;
        System.setProperty("safesegment.home", home.toString());
        // the first-open Administrator offer would cover the other tests' windows; its own test switches it on
        if (System.getProperty(io.safesegment.ui.shell.signin.SignInMenu.OFFER_PROPERTY) == null) {
            System.setProperty(io.safesegment.ui.shell.signin.SignInMenu.OFFER_PROPERTY, "false");
        }
        Path samples = sampleWriter.write(home.resolve("samples"));
        System.setProperty(DemoWorkspace.SAMPLES_PROPERTY, samples.toString());
        I18n.setLocale(Locale.ENGLISH);
        context = AppContext.create(WorkspaceLocations.settingsFile(), DemoWorkspace.fromDirectory(samples),
                TaskRunner.background(), dialogs);
        window = new MainWindow(stage, context);
        window.show();
        context.shell().openStartupWorkspace(new LaunchOptions(null, false));
    }

    /** Shows the main window on {@code stage} (call from a TestFX {@code @Start} method, on the FX thread). */
    public static GuiFixture start(Path home, Stage stage) throws IOException {
        return new GuiFixture(home, stage, folder -> SampleCsvFiles.write(folder, CUSTOMERS));
    }

    /** Like {@link #start(Path, Stage)}, with the demo workspace made of the files {@code samples} writes. */
    public static GuiFixture start(Path home, Stage stage, SampleWriter samples) throws IOException {
        return new GuiFixture(home, stage, samples);
    }

    /** Waits for background tasks and the FX events they posted. */
    public void awaitIdle() throws InterruptedException, TimeoutException {
        awaitIdle(Duration.ofSeconds(60));
    }

    /** Waits up to {@code timeout} for background tasks and the FX events they posted (long GUI flows). */
    public void awaitIdle(Duration timeout) throws InterruptedException, TimeoutException {
        context.tasks().awaitIdle(timeout);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        context.tasks().close();
        I18n.setLocale(Locale.ENGLISH);
    }
}
