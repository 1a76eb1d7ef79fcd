package io.safesegment.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.ui.common.I18n;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Writes screenshots of the main window to target/screenshots and checks they show a real, non-blank window. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    private static final Path OUT = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = GuiFixture.start(home, stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private BufferedImage snapshot(FxRobot robot, String fileName) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(app.window.scene().snapshot(null)));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image.get(), null);
        Files.createDirectories(OUT);
        ImageIO.write(buffered, "png", OUT.resolve(fileName).toFile());
        return buffered;
    }

    /** Fails on a blank or near-uniform image: a real window has text, borders and several colours. */
    private static void assertLooksLikeAWindow(BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                counts.merge(image.getRGB(x, y), 1, Integer::sum);
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int mostCommon = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(image.getWidth() >= 900 && image.getHeight() >= 600, image.getWidth() + "x" + image.getHeight());
        assertTrue(counts.size() > 50, "only " + counts.size() + " distinct colours");
        assertTrue(mostCommon < total * 0.9, "one colour covers " + (100.0 * mostCommon / total) + "% of the image");
    }

    @Test
    void mainWindowWithALoadedDataset(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> app.context.data().loadSelected());
        app.awaitIdle();

        assertLooksLikeAWindow(snapshot(robot, "main-window.png"));
        assertTrue(Files.size(OUT.resolve("main-window.png")) > 10_000);
    }

    @Test
    void mainWindowInChineseAndDark(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> {
            app.window.applyTheme(io.safesegment.ui.common.Theme.DARK);
            app.window.switchLanguage(I18n.CHINESE);
            app.context.data().loadSelected();
        });
        app.awaitIdle();

        assertLooksLikeAWindow(snapshot(robot, "main-window-zh-dark.png"));
    }
}
