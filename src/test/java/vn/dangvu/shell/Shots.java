package vn.dangvu.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;

import org.testfx.util.WaitForAsyncUtils;

/// Screenshots of UI test states, for looking at what users see: with -Ddangvu.shots=DIR each call writes
/// DIR/name.png; without it, nothing.
public final class Shots {

    private Shots() {
    }

    public static void save(Scene scene, String name) throws IOException {
        String shots = System.getProperty("dangvu.shots");
        if (shots == null || shots.isBlank()) {
            return;
        }
        Path out = Path.of(shots).resolve(name + ".png");
        Files.createDirectories(out.getParent());
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(10, TimeUnit.SECONDS), null), "png", out.toFile());
        } catch (ExecutionException | InterruptedException | TimeoutException e) {
            throw new IOException(e);
        }
    }
}
