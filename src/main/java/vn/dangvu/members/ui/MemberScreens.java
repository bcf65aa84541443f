package vn.dangvu.members.ui;

import vn.dangvu.ui.Choice;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

import vn.dangvu.common.AppPaths;
import vn.dangvu.members.CodeItem;
import vn.dangvu.members.MemberExportService;
import vn.dangvu.members.MemberService;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.FxDialogService;
import vn.dangvu.party.UnitKind;
import vn.dangvu.units.UnitService;

/// Builds the member section: the list, and the form it opens.
public final class MemberScreens {

    private MemberScreens() {
    }

    public static Node create(MemberService members, MemberExportService export, UnitService units,
                              BackgroundTasks tasks) {
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
        MemberListViewModel vm = new MemberListViewModel(listSource(members, units), export::write,
                new MemberColumnPreferences(AppPaths.home().resolve("member-list.properties")), tasks, dialogs);
        MemberFormViewModel.Source formSource = formSource(members, units);
        java.util.function.Consumer<Long> open = id -> {
            MemberFormViewModel fvm = new MemberFormViewModel(formSource, tasks, vm::reload);
            fvm.load(id);
            Window w = root[0].getScene().getWindow();
            new MemberFormView(fvm).show(w, root[0].getScene().getRoot().getStyle());
        };
        MemberListView view = new MemberListView(vm, open::accept, () -> open.accept(null));
        root[0] = view.root();
        vm.load();
        return root[0];
    }

    static MemberListViewModel.Source listSource(MemberService members, UnitService units) {
        return new MemberListViewModel.Source() {
            @Override
            public List<vn.dangvu.members.MemberRow> list(vn.dangvu.members.MemberQuery q) {
                return members.list(q);
            }

            @Override
            public int count() {
                return members.count();
            }

            @Override
            public List<CodeItem> codes(String kind) {
                return members.codes(kind);
            }

            @Override
            public List<Choice<Long>> cells() {
                return MemberScreens.cells(units, false);
            }
        };
    }

    static MemberFormViewModel.Source formSource(MemberService members, UnitService units) {
        return new MemberFormViewModel.Source() {
            @Override
            public java.util.Optional<MemberDetails> find(long id) {
                return members.find(id);
            }

            @Override
            public long save(MemberDetails d, java.util.Optional<NewEvent> arrival) throws vn.dangvu.common.AppException {
                return members.save(d, arrival);
            }

            @Override
            public List<vn.dangvu.members.MemberEvent> events(long id) {
                return members.events(id);
            }

            @Override
            public List<vn.dangvu.members.PartyAge.Interruption> interruptions(long id) {
                return members.interruptions(id);
            }

            @Override
            public vn.dangvu.party.MemberStatus record(NewEvent e) throws vn.dangvu.common.AppException {
                return members.lifecycle().record(e);
            }

            @Override
            public List<CodeItem> codes(String kind) {
                return members.codes(kind);
            }

            @Override
            public List<Choice<Long>> cells() {
                return MemberScreens.cells(units, true);
            }
        };
    }

    /// The units below the commune committee; `activeOnly` for those a member may be placed in (the form).
    private static List<Choice<Long>> cells(UnitService units, boolean activeOnly) {
        return units.all().stream().filter(u -> u.kind() != UnitKind.COMMUNE_COMMITTEE && (u.active() || !activeOnly))
                .map(u -> new Choice<>(u.id(), u.name())).toList();
    }
}
