package vn.dangvu.units.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import vn.dangvu.common.I18n;
import vn.dangvu.party.CellType;
import vn.dangvu.party.UnitKind;
import vn.dangvu.units.LeaderAssignment;
import vn.dangvu.units.NewLeader;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitDetails;
import vn.dangvu.units.UnitMemberRef;
import vn.dangvu.units.UnitRules.LeaderRole;

/// The dialogs of the unit tree screen. Each collects the fields and forwards them to the ViewModel.
final class UnitDialogs {

    private final UnitTreeViewModel vm;
    private final Node owner;

    UnitDialogs(UnitTreeViewModel vm, Node owner) {
        this.vm = vm;
        this.owner = owner;
    }

    void create() {
        UnitDetails parent = vm.selected().get();
        GridPane g = UnitForms.grid();
        ComboBox<UnitKind> kind = new ComboBox<>(FXCollections.observableArrayList(vm.childKinds()));
        kind.setId("newUnitKind");
        kind.setConverter(UnitForms.converter(k -> I18n.t(k.i18nKey())));
        kind.getSelectionModel().select(kind.getItems().stream().filter(UnitKind::isCell).findFirst()
                .orElse(kind.getItems().isEmpty() ? null : kind.getItems().get(0)));
        ComboBox<CellType> type = cellTypes("newUnitCellType");
        TextField name = UnitForms.field("newUnitName");
        DatePicker established = UnitForms.datePicker("newUnitEstablished");
        TextField decision = UnitForms.field("newUnitDecision");
        UnitForms.row(g, "units.field.parent", new Label(parent.unit().name()));
        UnitForms.row(g, "units.field.kind", kind);
        UnitForms.row(g, "units.field.cellType", type);
        UnitForms.row(g, "units.field.name", name);
        UnitForms.row(g, "units.field.established", established);
        UnitForms.row(g, "units.field.establishedDecision", decision);
        UnitForms.show(owner, "newUnitDialog", "units.dialog.create", "units.button.create", g, (done, fail) -> {
            if (UnitForms.datesReadable(fail, established)) {
                vm.create(kind.getValue(), Optional.ofNullable(type.getValue()), name.getText(),
                        UnitForms.date(established), UnitForms.text(decision), done, fail);
            }
        });
    }

    void move() {
        GridPane g = UnitForms.grid();
        ComboBox<PartyUnit> target = units("moveTarget", vm.moveTargets());
        UnitForms.row(g, "units.field.unit", new Label(vm.selected().get().unit().name()));
        UnitForms.row(g, "units.field.newParent", target);
        Label error = UnitForms.show(owner, "moveDialog", "units.dialog.move", "units.button.move", g, (done, fail) ->
                vm.move(target.getValue(), done, fail));
        target.valueProperty().addListener((o, a, b) -> error.setText(""));
    }

    void merge() {
        UnitDetails source = vm.selected().get();
        GridPane g = UnitForms.grid();
        ComboBox<PartyUnit> target = units("mergeTarget", vm.mergeTargets());
        DatePicker date = UnitForms.datePicker("mergeDate");
        date.setValue(vm.today());
        TextField decision = UnitForms.field("mergeDecision");
        Label moving = new Label(I18n.t("units.merge.moving", source.fullMembers() + source.probationaryMembers()));
        moving.setWrapText(true);
        moving.setMinHeight(Region.USE_PREF_SIZE);
        moving.setMaxWidth(540);
        UnitForms.row(g, "units.field.mergeSource", new Label(source.unit().name()));
        UnitForms.row(g, "units.field.mergeTarget", target);
        UnitForms.row(g, "units.field.mergeDate", date);
        UnitForms.row(g, "units.field.decision", decision);
        g.add(moving, 0, g.getRowCount(), 2, 1);
        Label error = UnitForms.show(owner, "mergeDialog", "units.dialog.merge", "units.button.merge", g, (done, fail) -> {
            if (UnitForms.datesReadable(fail, date)) {
                vm.merge(target.getValue(), UnitForms.date(date), UnitForms.text(decision), done, fail);
            }
        });
        target.valueProperty().addListener((o, a, b) -> error.setText(""));
    }

    void dissolve() {
        GridPane g = UnitForms.grid();
        DatePicker date = UnitForms.datePicker("dissolveDate");
        date.setValue(vm.today());
        TextField decision = UnitForms.field("dissolveDecision");
        UnitForms.row(g, "units.field.unit", new Label(vm.selected().get().unit().name()));
        UnitForms.row(g, "units.field.dissolveDate", date);
        UnitForms.row(g, "units.field.decision", decision);
        UnitForms.show(owner, "dissolveDialog", "units.dialog.dissolve", "units.button.dissolve", g, (done, fail) -> {
            if (UnitForms.datesReadable(fail, date)) {
                vm.dissolve(UnitForms.date(date), UnitForms.text(decision), done, fail);
            }
        });
    }

    void addLeader() {
        long unitId = vm.selected().get().unit().id();
        GridPane g = UnitForms.grid();
        ComboBox<UnitMemberRef> member = new ComboBox<>();
        member.setId("leaderMember");
        member.setMaxWidth(Double.MAX_VALUE);
        member.setConverter(UnitForms.converter(m -> I18n.t("units.leader.candidate", m.fullName(), m.unitName())));
        vm.candidates(member.getItems()::setAll);
        ComboBox<LeaderRole> role = new ComboBox<>(FXCollections.observableArrayList(LeaderRole.values()));
        role.setId("leaderRole");
        role.setConverter(UnitForms.converter(r -> I18n.t(r.i18nKey())));
        role.getSelectionModel().selectFirst();
        DatePicker from = UnitForms.datePicker("leaderFrom");
        DatePicker to = UnitForms.datePicker("leaderTo");
        TextField term = UnitForms.field("leaderTerm");
        DatePicker termEnd = UnitForms.datePicker("leaderTermEnd");
        TextField decision = UnitForms.field("leaderDecision");
        UnitForms.row(g, "units.leader.member", member);
        UnitForms.row(g, "units.leader.role", role);
        UnitForms.row(g, "units.leader.from", from);
        UnitForms.row(g, "units.leader.to", to);
        UnitForms.row(g, "units.leader.term", term);
        UnitForms.row(g, "units.leader.termEnd", termEnd);
        UnitForms.row(g, "units.field.decision", decision);
        UnitForms.show(owner, "leaderDialog", "units.dialog.addLeader", "units.button.save", g, (done, fail) -> {
            if (UnitForms.datesReadable(fail, from, to, termEnd)) {
                vm.addLeader(new NewLeader(unitId, Optional.ofNullable(member.getValue()).map(UnitMemberRef::id),
                        role.getValue(), UnitForms.date(from), UnitForms.date(to), UnitForms.text(term),
                        UnitForms.date(termEnd), UnitForms.text(decision)), done, fail);
            }
        });
    }

    void endLeader(LeaderAssignment a) {
        GridPane g = UnitForms.grid();
        DatePicker to = UnitForms.datePicker("leaderEndDate");
        to.setValue(vm.today());
        UnitForms.row(g, "units.leader.member", new Label(a.memberName() + " · " + I18n.t(a.role().i18nKey())));
        UnitForms.row(g, "units.leader.to", to);
        UnitForms.show(owner, "leaderEndDialog", "units.dialog.endLeader", "units.button.save", g, (done, fail) -> {
            if (UnitForms.datesReadable(fail, to)) {
                vm.endLeader(a, UnitForms.date(to), done, fail);
            }
        });
    }

    void removeLeader(LeaderAssignment a) {
        Label text = new Label(I18n.t("units.leader.removeConfirm", a.memberName(), I18n.t(a.role().i18nKey())));
        text.setWrapText(true);
        UnitForms.show(owner, "leaderRemoveDialog", "units.dialog.removeLeader", "units.button.remove", text,
                (done, fail) -> vm.removeLeader(a, done, fail));
    }

    static ComboBox<CellType> cellTypes(String id) {
        ComboBox<CellType> c = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(CellType.values())));
        c.getItems().add(0, null);
        c.setId(id);
        c.setConverter(UnitForms.converter(t -> I18n.t(t.i18nKey())));
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    private static ComboBox<PartyUnit> units(String id, List<PartyUnit> items) {
        ComboBox<PartyUnit> c = new ComboBox<>(FXCollections.observableArrayList(items));
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setConverter(UnitForms.converter(u -> I18n.t("units.unitChoice", u.name(), I18n.t(u.kind().i18nKey()))));
        return c;
    }
}
