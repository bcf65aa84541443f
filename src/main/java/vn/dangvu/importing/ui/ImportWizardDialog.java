package vn.dangvu.importing.ui;

import java.time.Clock;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import vn.dangvu.common.I18n;
import vn.dangvu.importing.ImportHeaderService;
import vn.dangvu.importing.MemberImportService;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.FxBackgroundTasks;
import vn.dangvu.ui.Windows;

/// Opens the import wizard as a modal window over the main window. It has its own background runner, shut
/// down when the window closes; the window cannot be closed while a read or an import is running.
public final class ImportWizardDialog {

    private ImportWizardDialog() {
    }

    /// onWritten runs on the FX thread after an import that wrote to the database.
    public static Stage open(Window owner, String style, MemberImportService service, Clock clock, Runnable onWritten) {
        BackgroundTasks tasks = new FxBackgroundTasks();
        ImportWizardViewModel vm = new ImportWizardViewModel(new ImportHeaderService()::read, service::importFile,
                tasks, clock, onWritten);
        ImportWizardView view = new ImportWizardView(vm, tasks);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(I18n.t("import.wizard.title"));
        Scene scene = new Scene(view.root());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        view.root().setStyle(style);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.busy().get()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> tasks.shutdown());
        Windows.secondary(stage, () -> {
            if (!vm.busy().get()) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
