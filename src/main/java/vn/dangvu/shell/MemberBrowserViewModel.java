package vn.dangvu.shell;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;

/// The simple member list of the foundation release: accent-free search (debounced) over the whole commune.
/// A later release replaces it with the full member screens.
public final class MemberBrowserViewModel {

    /// Typing pauses shorter than this do not start a query (perf-baselines.md: 100–150 ms).
    public static final long DEBOUNCE_MS = 150;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /// MemberService::list
    @FunctionalInterface
    public interface MemberLister {
        List<MemberRow> list(MemberQuery query) throws AppException;
    }

    private final MemberLister lister;
    private final BackgroundTasks tasks;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<MemberRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private BackgroundTasks.Cancellable pending;
    private long sequence;
    private String shownQuery;

    public MemberBrowserViewModel(MemberLister lister, BackgroundTasks tasks) {
        this.lister = lister;
        this.tasks = tasks;
        search.addListener((obs, old, now) -> searchChanged());
    }

    /// Loads the list for the current search at once (first display).
    public void load() {
        query();
    }

    private void searchChanged() {
        if (pending != null) {
            pending.cancel();
        }
        pending = tasks.schedule(DEBOUNCE_MS, this::query);
    }

    private void query() {
        pending = null;
        String q = Text.clean(search.get());
        if (q.equals(shownQuery)) {
            return;
        }
        long seq = ++sequence;
        tasks.run("", p -> lister.list(new MemberQuery(q, Optional.empty())), list -> {
            // a slower, older query must not overwrite a newer result
            if (seq == sequence) {
                shownQuery = q;
                rows.setAll(list);
                summary.set(q.isEmpty() ? I18n.t("members.browser.count", list.size())
                        : I18n.t("members.browser.found", list.size(), q));
            }
        }, e -> summary.set(e instanceof AppException a ? a.userMessage() : I18n.t("members.browser.error")));
    }

    public static String birthDate(MemberRow r) {
        return format(r.birthDate());
    }

    public static String status(MemberRow r) {
        return r.status() == null ? "" : I18n.t(r.status().i18nKey());
    }

    static String format(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public StringProperty search() {
        return search;
    }

    public ObservableList<MemberRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }
}
