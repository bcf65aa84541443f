package vn.dangvu.bench;

import java.lang.management.ManagementFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/// The baseline of the startup benchmark: a trivial JavaFX window (label + button) on the same JDK and flags.
/// Prints the same STARTUP line as the app when its window is shown, then exits.
public final class TrivialFxApp extends Application {

    public static void main(String[] args) {
        launch(TrivialFxApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new VBox(new Label("Xin chào"), new Button("Đóng")), 640, 400));
        stage.setOnShown(e -> Platform.runLater(() -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("STARTUP shown_ms=" + ms + " data_ms=" + ms);
            System.out.flush();
            Platform.exit();
        }));
        stage.show();
    }
}
