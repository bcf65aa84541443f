package vn.dangvu.plans.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.plans.Activity;
import vn.dangvu.plans.ActivityInput;
import vn.dangvu.plans.ActivityKind;
import vn.dangvu.ui.Choice;
import vn.dangvu.ui.Controls;

/// The dialogs of the plan tab: add or edit an activity, mark it done (day and short result; a supervision's
/// conclusion), postpone it (reason, optional new day), delete it (confirmed). A closed year opens nothing.
final class PlanDialogs {

    private final PlanViewModel vm;
    private final Node owner;

    PlanDialogs(PlanViewModel vm, Node owner) {
        this.vm = vm;
        this.owner = owner;
    }

    void add() {
        if (!vm.readOnly().get()) {
            form(vm.blank(), "plan.ui.add.title");
        }
    }

    void editSelected() {
        Activity a = vm.selectedActivity().get();
        if (a != null) {
            edit(a);
        }
    }

    void edit(Activity a) {
        if (!vm.readOnly().get()) {
            form(a.input(), "plan.ui.edit.title");
        }
    }

    private void form(ActivityInput a, String titleKey) {
        GridPane g = PlanForms.grid();
        ComboBox<ActivityKind> kind = new ComboBox<>();
        kind.getItems().setAll(Arrays.asList(ActivityKind.values()));
        kind.setId("activityKind");
        Controls.label(kind, k -> I18n.t(k.i18nKey()));
        kind.setValue(a.kind());
        TextField title = PlanForms.field("activityTitle", a.title());
        DatePicker date = PlanForms.datePicker("activityDate", a.date());
        DatePicker end = PlanForms.datePicker("activityEnd", a.endDate().orElse(null));
        TextField topic = PlanForms.field("activityTopic", a.topic().orElse(""));
        ComboBox<Choice<Long>> unit = new ComboBox<>();
        unit.setId("activityUnit");
        vm.units().stream().filter(c -> c.value() != null).forEach(c -> unit.getItems().add(c));
        unit.setValue(unit.getItems().stream().filter(c -> Objects.equals(c.value(), a.unitId().orElse(PlanViewModel.COMMUNE)))
                .findFirst().orElse(unit.getItems().isEmpty() ? null : unit.getItems().getFirst()));
        TextField who = PlanForms.field("activityResponsible", a.responsible().orElse(""));
        TextField note = PlanForms.field("activityNote", a.note().orElse(""));
        PlanForms.row(g, "plan.field.kind", kind);
        PlanForms.row(g, "plan.field.title", title);
        PlanForms.row(g, "plan.field.date", date);
        PlanForms.row(g, "plan.field.endDate", end);
        Label topicLabel = PlanForms.row(g, "plan.field.topic", topic);
        PlanForms.row(g, "plan.field.unit", unit);
        PlanForms.row(g, "plan.field.responsible", who);
        PlanForms.row(g, "plan.field.note", note);
        topicLabel.textProperty().bind(kind.valueProperty().map(k -> I18n.t(k != null && k.needsTopic()
                ? "plan.field.topicRequired" : "plan.field.topic")));
        PlanForms.show(owner, "activityDialog", titleKey, "plan.ui.save", g, (done, fail) -> {
            if (PlanForms.datesReadable(fail, date, end)) {
                Long u = unit.getValue() == null ? null : unit.getValue().value();
                vm.save(new ActivityInput(a.id(), PlanForms.date(date).orElse(null), PlanForms.date(end), kind.getValue(),
                        title.getText(), PlanForms.text(topic.getText()), Optional.ofNullable(u).filter(v -> v != PlanViewModel.COMMUNE),
                        PlanForms.text(who.getText()), PlanForms.text(note.getText())), done, fail);
            }
        });
        title.requestFocus();
    }

    void done() {
        Activity a = vm.selectedActivity().get();
        if (a == null || vm.readOnly().get()) {
            return;
        }
        GridPane g = PlanForms.grid();
        LocalDate proposed = a.doneDate().orElse(a.lastDay().isAfter(vm.today()) ? vm.today() : a.lastDay());
        DatePicker day = PlanForms.datePicker("doneDate", proposed.getYear() == a.year() ? proposed : a.date());
        TextArea result = PlanForms.area("doneResult", a.result().orElse(""));
        g.add(new Label(a.title()), 0, 0, 2, 1);
        PlanForms.row(g, "plan.field.doneDate", day);
        PlanForms.row(g, a.kind().needsTopic() ? "plan.field.conclusion" : "plan.field.result", result);
        PlanForms.show(owner, "doneDialog", "plan.ui.done.title", "plan.ui.save", g, (done, fail) -> {
            if (PlanForms.datesReadable(fail, day)) {
                vm.markDone(a, PlanForms.date(day), result.getText(), done, fail);
            }
        });
        result.requestFocus();
    }

    void postpone() {
        Activity a = vm.selectedActivity().get();
        if (a == null || vm.readOnly().get()) {
            return;
        }
        GridPane g = PlanForms.grid();
        TextArea reason = PlanForms.area("postponeReason", a.postponeReason().orElse(""));
        DatePicker day = PlanForms.datePicker("postponeDate", null);
        g.add(new Label(a.title()), 0, 0, 2, 1);
        PlanForms.row(g, "plan.field.reason", reason);
        PlanForms.row(g, "plan.field.newDate", day);
        PlanForms.show(owner, "postponeDialog", "plan.ui.postpone.title", "plan.ui.save", g, (done, fail) -> {
            if (PlanForms.datesReadable(fail, day)) {
                vm.postpone(a, reason.getText(), PlanForms.date(day), done, fail);
            }
        });
        reason.requestFocus();
    }

    /// The plan's document: its number (or the next one of the register, issued on export when ticked), the date
    /// and the summary; then Word or PDF through the save dialog.
    void exportDocument() {
        vm.documentInfo(info -> {
            GridPane g = PlanForms.grid();
            Label number = new Label(info.number().map(n -> I18n.t("plan.ui.export.numbered", n,
                    info.date().map(Dates::format).orElse(""))).orElse(I18n.t("plan.ui.export.draft")));
            number.setWrapText(true);
            number.setMaxWidth(520);
            CheckBox issue = new CheckBox(I18n.t("plan.ui.export.issue", info.nextNumber()));
            issue.setId("exportIssue");
            issue.setVisible(info.number().isEmpty() && !info.nextNumber().isEmpty() && !vm.readOnly().get());
            issue.setManaged(issue.isVisible());
            DatePicker date = PlanForms.datePicker("exportDate", info.date().orElse(vm.today()));
            TextField summary = PlanForms.field("exportSummary", info.summary());
            date.disableProperty().bind(issue.selectedProperty().not());
            summary.disableProperty().bind(issue.selectedProperty().not());
            ToggleGroup format = new ToggleGroup();
            RadioButton word = new RadioButton(I18n.t("plan.ui.export.word"));
            word.setId("exportWord");
            word.setToggleGroup(format);
            word.setSelected(true);
            RadioButton pdf = new RadioButton(I18n.t("plan.ui.export.pdf"));
            pdf.setId("exportPdf");
            pdf.setToggleGroup(format);
            g.add(number, 0, 0, 2, 1);
            g.add(issue, 0, 1, 2, 1);
            PlanForms.row(g, "plan.ui.export.date", date);
            PlanForms.row(g, "plan.field.summary", summary);
            PlanForms.row(g, "plan.ui.export.format", new HBox(16, word, pdf));
            PlanForms.show(owner, "exportDialog", "plan.ui.export.title", "plan.ui.export.ok", g, (done, fail) -> {
                if (!PlanForms.datesReadable(fail, date)) {
                    return;
                }
                String ext = word.isSelected() ? ".docx" : ".pdf";
                Optional<Path> out = chooser.choose(owner, vm.fileName(ext), ext);
                if (out.isEmpty()) {
                    fail.accept("");
                    return;
                }
                vm.exportDocument(out.get(), issue.isSelected(), PlanForms.date(date), summary.getText(), done, fail);
            });
        });
    }

    void exportTable() {
        chooser.choose(owner, vm.fileName(".xlsx"), ".xlsx").ifPresent(vm::exportTable);
    }

    private SaveChooser chooser = (node, name, ext) -> {
        FileChooser c = new FileChooser();
        c.setTitle(I18n.t("plan.ui.export.save"));
        c.setInitialFileName(name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext, "*" + ext));
        File f = c.showSaveDialog(node.getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath);
    };

    void setChooser(SaveChooser c) {
        this.chooser = c;
    }

    void confirmDelete() {
        Activity a = vm.selectedActivity().get();
        if (a == null || vm.readOnly().get()) {
            return;
        }
        ButtonType ok = new ButtonType(I18n.t("plan.ui.delete"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("dialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("plan.ui.delete.confirm", a.title(),
                PlanView.when(a)), ok, cancel);
        alert.initOwner(owner.getScene().getWindow());
        alert.setTitle(I18n.t("plan.ui.delete.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        alert.showAndWait().filter(ok::equals).ifPresent(b -> vm.delete(a));
    }
}
