package vn.dangvu.members.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

import vn.dangvu.audit.ui.EntityHistory;
import vn.dangvu.common.AppException;
import vn.dangvu.common.AppPaths;
import vn.dangvu.members.CodeItem;
import vn.dangvu.members.Holiday;
import vn.dangvu.members.HolidayService;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberExportService;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.members.MemberService;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.PartyAge;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.Choice;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.FxDialogService;

/// Builds the member section: the list, and the form it opens.
public final class MemberScreens {

    /// The cells a member can be listed under or placed in (the unit tree's, given by the composition root).
    @FunctionalInterface
    public interface Cells {
        /// `activeOnly` for those a member may be placed in (the form), else every cell (the list's filter).
        List<Choice<Long>> list(boolean activeOnly);
    }

    private MemberScreens() {
    }

    public static Node create(MemberService members, MemberExportService export, Cells units,
                              BackgroundTasks tasks, Clock clock) {
        return create(members, export, units, tasks, clock, Optional.empty(), reload -> { });
    }

    /// `changes` opens a member's history from the audit trail (the form's "Lịch sử thay đổi"); `reloadHook`
    /// receives what reloads the list (after a member changed on another screen).
    public static Node create(MemberService members, MemberExportService export, Cells units,
                              BackgroundTasks tasks, Clock clock, Optional<EntityHistory> changes,
                              Consumer<Runnable> reloadHook) {
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
                new MemberColumnPreferences(AppPaths.home().resolve("member-list.properties")), tasks, dialogs, clock);
        Consumer<Long> open = id -> openForm(members, units, tasks, clock, id, root[0].getScene().getWindow(),
                root[0].getScene().getRoot().getStyle(), vm::reload, changes);
        MemberListView view = new MemberListView(vm, open::accept, () -> open.accept(null));
        view.setOpenHolidays(() -> {
            HolidaysViewModel hvm = new HolidaysViewModel(holidaySource(members.lifecycle().holidays()), tasks);
            hvm.load();
            new HolidaysView(hvm).show(root[0].getScene().getWindow(), root[0].getScene().getRoot().getStyle());
        });
        root[0] = view.root();
        reloadHook.accept(vm::reload);
        vm.load();
        return root[0];
    }

    /// Opens a member's form (null: a new member) over `owner`; `changed` runs after a save or a recorded event.
    public static void openForm(MemberService members, Cells units, BackgroundTasks tasks, Clock clock, Long memberId,
                                Window owner, String style, Runnable changed, Optional<EntityHistory> changes) {
        MemberFormViewModel fvm = new MemberFormViewModel(formSource(members, units), tasks, clock, changed);
        fvm.load(memberId);
        new MemberFormView(fvm, changes).show(owner, style);
    }

    static MemberListViewModel.Source listSource(MemberService members, Cells units) {
        return new MemberListViewModel.Source() {
            @Override
            public List<MemberRow> list(MemberQuery q) {
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
                return units.list(false);
            }
        };
    }

    static HolidaysViewModel.Source holidaySource(HolidayService h) {
        return new HolidaysViewModel.Source() {
            @Override
            public List<Holiday> all() {
                return h.all();
            }

            @Override
            public void put(LocalDate date, String name) throws AppException {
                h.put(date, name);
            }

            @Override
            public boolean remove(LocalDate date) {
                return h.remove(date);
            }
        };
    }

    static MemberFormViewModel.Source formSource(MemberService members, Cells units) {
        return new MemberFormViewModel.Source() {
            @Override
            public Optional<MemberDetails> find(long id) {
                return members.find(id);
            }

            @Override
            public String birthPrecision(long id) {
                return members.birthPrecision(id);
            }

            @Override
            public long save(MemberDetails d, Optional<NewEvent> arrival) throws AppException {
                return members.save(d, arrival);
            }

            @Override
            public List<MemberEvent> events(long id) {
                return members.events(id);
            }

            @Override
            public List<PartyAge.Interruption> interruptions(long id) {
                return members.interruptions(id);
            }

            @Override
            public MemberStatus record(NewEvent e) throws AppException {
                return members.lifecycle().record(e);
            }

            @Override
            public MemberStatus cancel(long memberId, long eventId, String reason) throws AppException {
                return members.lifecycle().cancel(memberId, eventId, reason);
            }

            @Override
            public MemberStatus correct(long eventId, String reason, NewEvent replacement) throws AppException {
                return members.lifecycle().correct(eventId, reason, replacement);
            }

            @Override
            public Set<LocalDate> holidays() {
                return members.lifecycle().holidays().dates();
            }

            @Override
            public void decideLateLetter(long eventId, String decisionNo, LocalDate decisionDate,
                                         Optional<PartyAge.Interruption> gap) throws AppException {
                members.lifecycle().decideLateLetter(eventId, decisionNo, decisionDate, gap);
            }

            @Override
            public List<CodeItem> codes(String kind) {
                return members.codes(kind);
            }

            @Override
            public List<Choice<Long>> cells() {
                return units.list(true);
            }
        };
    }
}
