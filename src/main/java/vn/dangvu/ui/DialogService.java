package vn.dangvu.ui;

/// How ViewModels tell the user something. [FxDialogService] shows JavaFX dialogs; tests record the calls.
public interface DialogService {

    /// An error the user must read before going on (text already translated).
    void showError(String message);

    void showInfo(String title, String message);
}
