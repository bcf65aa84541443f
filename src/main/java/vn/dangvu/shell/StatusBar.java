package vn.dangvu.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import vn.dangvu.ui.BackgroundTasks;

/// Bottom bar: the running task's message and a progress bar bound to it (shown once a task has run for
/// [MainWindow#BUSY_DELAY_MS]); the data file on the right.
public final class StatusBar {

    private final HBox root = new HBox(12);
    private final Label right = new Label();
    private final ReadOnlyBooleanWrapper longRunning = new ReadOnlyBooleanWrapper(false);

    public StatusBar(BackgroundTasks tasks) {
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(tasks.message());
        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(tasks.progress());
        progress.visibleProperty().bind(longRunning);
        BackgroundTasks.Cancellable[] pending = {null};
        tasks.message().addListener((o, a, b) -> {
            if (b.isEmpty()) {
                if (pending[0] != null) {
                    pending[0].cancel();
                    pending[0] = null;
                }
                longRunning.set(false);
            } else if (!longRunning.get() && pending[0] == null) {
                pending[0] = tasks.schedule(MainWindow.BUSY_DELAY_MS, () -> {
                    pending[0] = null;
                    longRunning.set(!tasks.message().get().isEmpty());
                });
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        right.setId("statusRight");
        right.getStyleClass().add("text-muted");
        root.getChildren().addAll(progress, message, gap, right);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 12, 4, 12));
        root.getStyleClass().add("status-bar");
        root.setId("statusBar");
    }

    public Node root() {
        return root;
    }

    /// True while the running work (a task with a status message) has lasted [MainWindow#BUSY_DELAY_MS] or more:
    /// busy indicators show only then.
    public ReadOnlyBooleanProperty longRunning() {
        return longRunning.getReadOnlyProperty();
    }

    /// Text on the right side (which database is open), already translated.
    public void setRight(String text) {
        right.setText(text);
    }
}
