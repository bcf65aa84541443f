package vn.dangvu.registrations.ui;

import vn.dangvu.AppContext;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.DialogService;

/// For the benchmark: the registrations screen's ViewModel opened on a context, as the app opens the section.
public final class BenchAccess {

    private BenchAccess() {
    }

    /// Builds the ViewModel and loads it; with a synchronous task runner it returns once the first form shows.
    public static RegistrationsViewModel open(AppContext ctx, BackgroundTasks tasks) {
        DialogService none = new DialogService() {
            @Override
            public void showError(String message) {
                throw new IllegalStateException(message);
            }

            @Override
            public void showInfo(String title, String message) {
                // nothing to show in a benchmark
            }
        };
        RegistrationsViewModel vm = new RegistrationsViewModel(ctx.registrations(), RegistrationScreens.services(
                ctx.registrationImport(), ctx.registrationDocuments(), ctx.years()), tasks, none);
        vm.load();
        if (vm.entry().subject().isEmpty()) {
            throw new IllegalStateException("the screen did not open a form: " + vm.notice().get());
        }
        return vm;
    }
}
