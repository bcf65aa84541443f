package vn.dangvu.plans.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import vn.dangvu.common.I18n;

/// The dialogs of the working-year panel: open a year (with the default plan or last year's copied), close it
/// (confirmed), reopen it (a written reason is required).
final class YearDialogs {

    private final YearsViewModel vm;
    private final Node owner;

    YearDialogs(YearsViewModel vm, Node owner) {
        this.vm = vm;
        this.owner = owner;
    }

    void open(boolean copy) {
        GridPane g = PlanForms.grid();
        TextField year = PlanForms.field("openYearNumber", String.valueOf(vm.suggestedYear()));
        year.setPrefColumnCount(6);
        TextField theme = PlanForms.field("openYearTheme", "");
        theme.setPromptText(I18n.t("year.ui.themePrompt"));
        CheckBox fromLast = new CheckBox(I18n.t("year.ui.copyFromLast"));
        fromLast.setId("openYearCopy");
        fromLast.setSelected(copy);
        Label note = new Label();
        note.setWrapText(true);
        note.setMaxWidth(560);
        note.textProperty().bind(fromLast.selectedProperty().map(c -> I18n.t(c ? "year.ui.copyNote" : "year.ui.defaultNote")));
        PlanForms.row(g, "year.ui.yearNumber", year);
        PlanForms.row(g, "year.ui.yearTheme", theme);
        g.add(fromLast, 1, g.getRowCount());
        g.add(note, 1, g.getRowCount());
        PlanForms.show(owner, "openYearDialog", copy ? "year.ui.copy.title" : "year.ui.open.title", "year.ui.open.ok", g,
                (done, fail) -> vm.openYear(year.getText(), theme.getText(), fromLast.isSelected(), done, fail));
        year.requestFocus();
    }

    void confirmClose() {
        String y = YearsViewModel.year(vm.selected().get().year());
        ButtonType ok = new ButtonType(I18n.t("year.ui.close.ok", y), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("dialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("year.ui.close.confirm", y), ok, cancel);
        a.initOwner(owner.getScene().getWindow());
        a.setTitle(I18n.t("year.ui.close.title"));
        a.setHeaderText(null);
        a.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        a.getDialogPane().setId("closeYearDialog");
        a.showAndWait().filter(ok::equals).ifPresent(b -> vm.close());
    }

    void reopen() {
        GridPane g = PlanForms.grid();
        TextArea reason = PlanForms.area("reopenReason", "");
        Label note = new Label(I18n.t("year.ui.reopen.note", YearsViewModel.year(vm.selected().get().year())));
        note.setWrapText(true);
        note.setMaxWidth(560);
        g.add(note, 0, 0, 2, 1);
        PlanForms.row(g, "year.ui.reopen.reason", reason);
        PlanForms.show(owner, "reopenDialog", "year.ui.reopen.title", "year.ui.reopen.ok", g,
                (done, fail) -> vm.reopen(reason.getText(), done, fail));
        reason.requestFocus();
    }
}
