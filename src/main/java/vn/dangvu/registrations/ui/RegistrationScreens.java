package vn.dangvu.registrations.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;

import vn.dangvu.registrations.RegistrationDocumentService;
import vn.dangvu.registrations.RegistrationImportReport;
import vn.dangvu.registrations.RegistrationImportService;
import vn.dangvu.registrations.RegistrationService;
import vn.dangvu.registrations.Subject;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.FxDialogService;
import vn.dangvu.years.WorkingYear;
import vn.dangvu.years.WorkingYearService;

/// Builds the registrations section's screen on the app's services.
public final class RegistrationScreens {

    private RegistrationScreens() {
    }

    public static Node create(RegistrationService registrations, RegistrationImportService imports,
                              RegistrationDocumentService documents, WorkingYearService years, BackgroundTasks tasks) {
        Node[] root = new Node[1];
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String message) {
                fx().showError(message);
            }

            @Override
            public void showInfo(String title, String message) {
                fx().showInfo(title, message);
            }

            private FxDialogService fx() {
                Scene s = root[0].getScene();
                return new FxDialogService(s.getWindow(), () -> s.getRoot().getStyle());
            }
        };
        RegistrationsViewModel vm = new RegistrationsViewModel(registrations, services(imports, documents, years), tasks, dialogs);
        root[0] = new RegistrationsView(vm).root();
        vm.load();
        return root[0];
    }

    static RegistrationsViewModel.Services services(RegistrationImportService imports, RegistrationDocumentService documents,
                                                    WorkingYearService years) {
        return new RegistrationsViewModel.Services() {
            @Override
            public List<WorkingYear> years() {
                return years.list();
            }

            @Override
            public RegistrationImportReport importFile(int year, Path file, boolean onlyValid) throws Exception {
                return imports.importFile(year, file, onlyValid);
            }

            @Override
            public void exportXlsx(int year, Path file) throws Exception {
                documents.exportXlsx(year, file);
            }

            @Override
            public void printForm(int year, Subject subject, Path file) throws Exception {
                documents.printForm(year, subject, file);
            }

            @Override
            public void printCell(int year, long unitId, Path file) throws Exception {
                documents.printCell(year, unitId, file);
            }
        };
    }
}
