package vn.dangvu.members.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.members.Holiday;
import vn.dangvu.ui.BackgroundTasks;

/// The public-holiday list the working-day deadlines skip (domain.md §4.4): add or rename a day, remove the selected
/// one. Every change goes through the service (audited); a refused one shows its message and changes nothing.
public final class HolidaysViewModel {

    /// What the dialog needs of the holiday service.
    public interface Source {
        List<Holiday> all() throws AppException;

        void put(LocalDate date, String name) throws AppException;

        boolean remove(LocalDate date) throws AppException;
    }

    private final Source source;
    private final BackgroundTasks tasks;
    private final ObservableList<Holiday> holidays = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Holiday> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private String typedDateProblem;

    public HolidaysViewModel(Source source, BackgroundTasks tasks) {
        this.source = source;
        this.tasks = tasks;
    }

    public void load() {
        tasks.run("", p -> source.all(), holidays::setAll, e -> message.set(text(e)));
    }

    /// The view reports what the date field's text reads as; a text that is not a date is named in the message.
    public void typedDate(Dates.Reading r) {
        typedDateProblem = r.ok() ? null : r.message(I18n.t("holiday.date"));
        message.set(typedDateProblem == null ? "" : typedDateProblem);
    }

    public void add() {
        if (typedDateProblem != null) {
            message.set(typedDateProblem);
            return;
        }
        LocalDate d = date.get();
        String n = name.get();
        tasks.run("", p -> {
            source.put(d, n);
            return source.all();
        }, all -> {
            holidays.setAll(all);
            // cleared first: the emptied date field reports a blank reading, which clears the message
            date.set(null);
            name.set("");
            message.set(I18n.t("holiday.saved", Dates.format(d)));
        }, e -> message.set(text(e)));
    }

    public void removeSelected() {
        Holiday h = selected.get();
        if (h == null) {
            return;
        }
        tasks.run("", p -> {
            source.remove(h.date());
            return source.all();
        }, all -> {
            holidays.setAll(all);
            message.set(I18n.t("holiday.removed", Dates.format(h.date()), h.name()));
        }, e -> message.set(text(e)));
    }

    private static String text(Throwable e) {
        return e instanceof AppException a ? a.userMessage() : I18n.t("holiday.error.load");
    }

    public ObservableList<Holiday> holidays() {
        return holidays;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
