package vn.dangvu;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/// The JavaFX application: builds the AppContext and shows the main window.
public final class App extends Application {

    public static void main(String[] args) {
        launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Đảng vụ");
        stage.setScene(new Scene(new Label("Đảng vụ"), 800, 600));
        stage.show();
    }
}
