package vn.dangvu.ui;

/// How ViewModels tell the user something. [FxDialogService] shows JavaFX dialogs; tests record the calls.
public interface DialogService {

    /// An error the user must read before going on (text already translated).
    void showError(String message);

    void showInfo(String title, String message);

    /// A question with two buttons; true when the user chose `yes`. Implementations that cannot ask (a recording
    /// test double) answer no: the safe answer leaves the data as it is.
    default boolean confirm(String title, String message, String yes, String no) {
        return false;
    }
}
