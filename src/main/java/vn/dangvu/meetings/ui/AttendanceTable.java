package vn.dangvu.meetings.ui;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyEvent;

import vn.dangvu.common.I18n;
import vn.dangvu.meetings.Attendance;
import vn.dangvu.ui.Controls;

/// The roll of a meeting: number, name, attendance, the reason of an excused absence (typed in place; typing a
/// reason for a member marked present marks them absent with a reason), unpaid dues. Keyboard only: ↑/↓ move,
/// 1 present, 2 absent with a reason, 3 absent without, Space cycles, D toggles unpaid dues, Enter or F2 types
/// the reason.
final class AttendanceTable {

    private final MeetingViewModel vm;
    private final TableView<AttendanceRow> table;

    AttendanceTable(MeetingViewModel vm) {
        this.vm = vm;
        this.table = new TableView<>(vm.rows());
        build();
    }

    Node root() {
        return table;
    }

    private void build() {
        table.setId("attendanceTable");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AttendanceRow, String> number = new TableColumn<>(I18n.t("meeting.ui.col.number"));
        number.setPrefWidth(72); // "STT" whole at the large font too
        number.setCellValueFactory(d -> new ReadOnlyStringWrapper(String.valueOf(table.getItems().indexOf(d.getValue()) + 1)));
        TableColumn<AttendanceRow, String> attendance = new TableColumn<>(I18n.t("meeting.ui.col.attendance"));
        attendance.setPrefWidth(170);
        attendance.setCellValueFactory(d -> d.getValue().attendance().map(a -> I18n.t(a.i18nKey())));
        TableColumn<AttendanceRow, String> reason = new TableColumn<>(I18n.t("meeting.ui.col.reason"));
        reason.setPrefWidth(260);
        reason.setCellValueFactory(d -> d.getValue().reason());
        reason.setCellFactory(TextFieldTableCell.forTableColumn());
        reason.setOnEditCommit(e -> {
            AttendanceRow r = e.getRowValue();
            r.reason().set(e.getNewValue() == null ? "" : e.getNewValue());
            if (!r.reason().get().isBlank() && r.attendance().get() == Attendance.PRESENT) {
                vm.mark(r, Attendance.ABSENT_EXCUSED);
            }
            table.requestFocus();
        });
        reason.editableProperty().bind(vm.readOnly().not());
        TableColumn<AttendanceRow, String> dues = new TableColumn<>(I18n.t("meeting.ui.col.dues"));
        dues.setPrefWidth(130);
        dues.setCellValueFactory(d -> d.getValue().duesUnpaid().map(u -> u ? I18n.t("meeting.ui.duesUnpaid") : ""));
        table.getColumns().addAll(List.of(number, Controls.column("meeting.ui.col.name", 230, AttendanceRow::fullName),
                attendance, reason, dues));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AttendanceRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("attendance-absent-excused", "attendance-absent-unexcused");
                if (!empty && r != null && r.attendance().get() != Attendance.PRESENT) {
                    getStyleClass().add(r.attendance().get() == Attendance.ABSENT_EXCUSED ? "attendance-absent-excused"
                            : "attendance-absent-unexcused");
                }
            }
        });
        vm.rows().addListener((ListChangeListener<AttendanceRow>) c -> table.refresh());
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> key(e, reason));
        table.setPlaceholder(new Label(I18n.t("meeting.ui.noRoll")));
    }

    private void key(KeyEvent e, TableColumn<AttendanceRow, String> reason) {
        if (table.getEditingCell() != null) {
            return;
        }
        AttendanceRow r = table.getSelectionModel().getSelectedItem();
        int i = table.getSelectionModel().getSelectedIndex();
        if (r == null) {
            return;
        }
        switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> vm.mark(r, Attendance.PRESENT);
            case DIGIT2, NUMPAD2 -> vm.mark(r, Attendance.ABSENT_EXCUSED);
            case DIGIT3, NUMPAD3 -> vm.mark(r, Attendance.ABSENT_UNEXCUSED);
            case SPACE -> vm.cycle(r);
            case D -> vm.toggleDues(r);
            case ENTER, F2 -> {
                if (!vm.readOnly().get()) {
                    table.edit(i, reason);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }
}
