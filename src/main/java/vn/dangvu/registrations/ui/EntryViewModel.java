package vn.dangvu.registrations.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.registrations.ItemTemplate;
import vn.dangvu.registrations.Registration;
import vn.dangvu.registrations.RegistrationForm;
import vn.dangvu.registrations.RegistrationItem;
import vn.dangvu.registrations.RegistrationRules;
import vn.dangvu.registrations.RegistrationService;
import vn.dangvu.registrations.RegistrationStatus;
import vn.dangvu.registrations.Subject;
import vn.dangvu.ui.BackgroundTasks;

/// The entry form of one registration (a member's, or a cell's own), built for a clerk typing paper forms: lines
/// are added, duplicated, filled from the year's templates or copied from another member; deadlines are read as
/// written on paper ([RegistrationRules#readDeadline]); problems are shown on their line before anything is saved.
public final class EntryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(EntryViewModel.class);

    private final RegistrationService service;
    private final BackgroundTasks tasks;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pledgeLabel = new ReadOnlyStringWrapper(I18n.t("registrations.field.PLEDGE"));
    private final ReadOnlyStringWrapper reviewLabel = new ReadOnlyStringWrapper(I18n.t("registrations.field.REVIEW_RESULT"));
    private final ReadOnlyStringWrapper reviewCommentLabel = new ReadOnlyStringWrapper(I18n.t("registrations.field.REVIEW"));
    private final ReadOnlyBooleanWrapper collective = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty assessing = new SimpleBooleanProperty(false);
    private final StringProperty study = new SimpleStringProperty("");
    private final StringProperty pledge = new SimpleStringProperty("");
    private final StringProperty registeredDate = new SimpleStringProperty("");
    private final StringProperty selfSummary = new SimpleStringProperty("");
    private final StringProperty review = new SimpleStringProperty("");
    private final ObjectProperty<String> target = new SimpleObjectProperty<>();
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ObservableList<ItemTemplate> templates = FXCollections.observableArrayList();
    private final InvalidationListener touch = o -> touched();
    private int year;
    private Optional<Subject> subject = Optional.empty();
    private Optional<Long> id = Optional.empty();
    private boolean loading;

    public EntryViewModel(RegistrationService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
        for (Observable o : List.of(study, pledge, registeredDate, selfSummary, review, target)) {
            o.addListener(touch);
        }
    }

    /// Shows the registration of `s` in `year` (an empty form with one line when there is none).
    public void open(int forYear, Subject s, String name, boolean writable) {
        year = forYear;
        subject = Optional.of(s);
        collective.set(!s.isMember());
        pledgeLabel.set(I18n.t(s.isMember() ? "registrations.field.PLEDGE" : "registrations.ui.models"));
        reviewLabel.set(I18n.t(s.isMember() ? "registrations.field.REVIEW_RESULT" : "registrations.ui.committeeReview"));
        reviewCommentLabel.set(I18n.t(s.isMember() ? "registrations.field.REVIEW" : "registrations.xlsx.col.committeeNote"));
        title.set(s.isMember() ? name : I18n.t("registrations.ui.cellTitle", name));
        editable.set(false);
        message.set("");
        tasks.run("", p -> service.find(forYear, s), r -> {
            if (subject.equals(Optional.of(s)) && year == forYear) {
                fill(r);
                editable.set(writable);
            }
        }, e -> message.set(failure(e)));
    }

    /// Nothing to show (no year or no cell).
    public void clear() {
        subject = Optional.empty();
        title.set("");
        editable.set(false);
        fill(Optional.empty());
        state.set("");
    }

    private void fill(Optional<Registration> r) {
        loading = true;
        try {
            id = r.map(Registration::id);
            stored.set(r.isPresent());
            RegistrationForm f = r.map(Registration::form).orElse(null);
            study.set(f == null ? "" : f.study());
            pledge.set(f == null ? "" : f.pledge());
            registeredDate.set(f == null ? "" : f.registeredDate().map(Dates::format).orElse(""));
            selfSummary.set(f == null ? "" : f.selfSummary());
            review.set(f == null ? "" : f.review());
            target.set(f == null ? null : f.targetLevel().orElse(null));
            items.forEach(this::unwatch);
            List<ItemRow> rows = new ArrayList<>();
            if (f != null) {
                f.items().forEach(i -> rows.add(ItemRow.of(i)));
            }
            if (rows.isEmpty()) {
                rows.add(new ItemRow());
            }
            rows.forEach(this::watch);
            items.setAll(rows);
            dateProblem.set("");
            state.set(r.map(EntryViewModel::stateText).orElse(subject.isPresent() ? I18n.t("registrations.ui.state.new") : ""));
            dirty.set(false);
        } finally {
            loading = false;
        }
    }

    private static String stateText(Registration r) {
        if (r.status() == RegistrationStatus.DRAFT) {
            return I18n.t("registrations.ui.state.draft", r.copiedFromYear().orElse(r.form().year() - 1));
        }
        return I18n.t("registrations.ui.state.saved", I18n.t(r.status().i18nKey()), Dates.format(r.updatedAt().toLocalDate()));
    }

    private void watch(ItemRow r) {
        for (Observable o : List.of(r.content, r.measure, r.deadline, r.responsible, r.selfResult, r.selfNote, r.reviewResult,
                r.reviewNote)) {
            o.addListener(touch);
        }
    }

    private void unwatch(ItemRow r) {
        for (Observable o : List.of(r.content, r.measure, r.deadline, r.responsible, r.selfResult, r.selfNote, r.reviewResult,
                r.reviewNote)) {
            o.removeListener(touch);
        }
    }

    private void touched() {
        if (!loading) {
            dirty.set(true);
        }
    }

    /// Adds an empty line after the last; returns its index.
    public int addItem() {
        return add(new ItemRow());
    }

    /// Adds a copy of the last filled line (without its assessments); returns its index.
    public int duplicateLast() {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (!items.get(i).blank()) {
                return add(items.get(i).copy());
            }
        }
        return addItem();
    }

    private int add(ItemRow r) {
        watch(r);
        items.add(r);
        touched();
        return items.size() - 1;
    }

    /// Removes a line; the form keeps one (empty) line at least.
    public void remove(int index) {
        if (index >= 0 && index < items.size()) {
            unwatch(items.remove(index));
            if (items.isEmpty()) {
                add(new ItemRow());
            }
            touched();
        }
    }

    /// Puts a template into line `index` when it is empty, else into a new line; returns the line used.
    public int applyTemplate(ItemTemplate t, int index) {
        ItemRow r = index >= 0 && index < items.size() && items.get(index).blank() ? items.get(index) : null;
        ItemRow filled = ItemRow.of(t.item());
        if (r == null) {
            return add(filled);
        }
        r.content.set(filled.content.get());
        r.measure.set(filled.measure.get());
        r.deadline.set(filled.deadline.get());
        return index;
    }

    /// Appends another member's items of the year (without assessments) in place of empty lines.
    public void copyFrom(long memberId, String name) {
        tasks.run("", p -> service.find(year, Subject.member(memberId)), r -> {
            if (r.isEmpty() || r.get().form().items().isEmpty()) {
                message.set(I18n.t("registrations.ui.copy.none", name));
                return;
            }
            List<ItemRow> blanks = items.stream().filter(ItemRow::blank).toList();
            blanks.forEach(b -> unwatch(b));
            items.removeAll(blanks);
            r.get().form().items().forEach(i -> add(ItemRow.of(i.forYear(0))));
            message.set(I18n.t("registrations.ui.copy.done", r.get().form().items().size(), name));
        }, e -> message.set(failure(e)));
    }

    /// Checks the form and saves it in the background; `onSaved` gets the stored registration. Returns false (and
    /// shows the problems on their lines) when the form cannot be saved as typed.
    public boolean save(Consumer<Registration> onSaved) {
        if (subject.isEmpty() || !editable.get()) {
            return false;
        }
        Optional<RegistrationForm> form = form();
        if (form.isEmpty()) {
            return false;
        }
        Subject s = subject.get();
        tasks.run("", p -> service.save(form.get()), r -> {
            if (subject.equals(Optional.of(s))) {
                fill(Optional.of(r));
                message.set(I18n.t("registrations.ui.saved", title.get()));
            }
            onSaved.accept(r);
        }, e -> message.set(failure(e)));
        return true;
    }

    /// The form as typed, or empty after putting every problem on its line (or in the message).
    Optional<RegistrationForm> form() {
        items.forEach(r -> r.problem.set(""));
        dateProblem.set("");
        boolean ok = true;
        List<RegistrationItem> list = new ArrayList<>();
        List<ItemRow> rows = new ArrayList<>();
        for (ItemRow r : items) {
            if (r.blank()) {
                continue;
            }
            RegistrationRules.Deadline d = RegistrationRules.readDeadline(r.deadline.get(), year);
            if (!d.ok()) {
                r.problem.set(I18n.t("registrations.where.field", I18n.t("registrations.field.DEADLINE"))
                        + I18n.t(d.errorKey().get(), d.text()));
                ok = false;
            }
            list.add(r.item(d.date()));
            rows.add(r);
        }
        Dates.Reading date = Dates.read(registeredDate.get());
        if (!date.ok()) {
            dateProblem.set(date.message(I18n.t("registrations.field.REGISTERED_DATE")));
            ok = false;
        }
        RegistrationForm f = new RegistrationForm(id, year, subject.orElseThrow(), study.get(), pledge.get(), date.date(),
                selfSummary.get(), review.get(), Optional.ofNullable(target.get()), list);
        List<RegistrationRules.Violation> problems = RegistrationRules.check(RegistrationRules.normalise(f));
        for (RegistrationRules.Violation v : problems) {
            if (v.item() > 0 && v.item() <= rows.size()) {
                ItemRow r = rows.get(v.item() - 1);
                r.problem.set(r.problem.get().isEmpty() ? v.message() : r.problem.get() + " " + v.message());
            } else if (v.field() == RegistrationRules.Field.REGISTERED_DATE) {
                dateProblem.set(v.message());
            } else {
                message.set(v.message());
            }
        }
        if (!ok || !problems.isEmpty()) {
            if (problems.stream().allMatch(v -> v.item() > 0 || v.field() == RegistrationRules.Field.REGISTERED_DATE)) {
                message.set(I18n.t("registrations.ui.fix"));
            }
            return Optional.empty();
        }
        return Optional.of(f);
    }

    /// Throws away what was typed since the last save.
    public void discard() {
        subject.ifPresent(s -> open(year, s, title.get(), editable.get()));
    }

    /// Adds line `index` to the year's templates; `onAdded` reloads them.
    public void saveAsTemplate(int index, Runnable onAdded) {
        if (index < 0 || index >= items.size() || items.get(index).blank()) {
            return;
        }
        ItemRow r = items.get(index);
        RegistrationRules.Deadline d = RegistrationRules.readDeadline(r.deadline.get(), year);
        RegistrationItem item = RegistrationItem.of(r.content.get(), r.measure.get(), d.date());
        tasks.run("", p -> service.addTemplate(year, item), t -> {
            message.set(I18n.t("registrations.ui.template.added", t.content()));
            onAdded.run();
        }, e -> message.set(failure(e)));
    }

    /// Deletes the stored registration (after the View asked the user).
    public void delete(Runnable onDeleted) {
        if (subject.isEmpty() || id.isEmpty()) {
            return;
        }
        Subject s = subject.get();
        tasks.run("", p -> {
            service.delete(year, s);
            return s;
        }, x -> {
            fill(Optional.empty());
            message.set(I18n.t("registrations.ui.deleted", title.get()));
            onDeleted.run();
        }, e -> message.set(failure(e)));
    }

    static String failure(Throwable e) {
        if (e instanceof AppException a) {
            return a.userMessage();
        }
        LOG.error("Registration work failed", e);
        return I18n.t("registrations.ui.error");
    }

    public Optional<Subject> subject() {
        return subject;
    }

    public int year() {
        return year;
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty state() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateProblem() {
        return dateProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pledgeLabel() {
        return pledgeLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reviewLabel() {
        return reviewLabel.getReadOnlyProperty();
    }

    /// The label of the year-end comment on the whole registration (the cell's, or for a cell the committee's).
    public ReadOnlyStringProperty reviewCommentLabel() {
        return reviewCommentLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty collective() {
        return collective.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editable() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    /// True when the form shows a registration already saved (it can be printed or deleted).
    public ReadOnlyBooleanProperty stored() {
        return stored.getReadOnlyProperty();
    }

    public BooleanProperty assessing() {
        return assessing;
    }

    public StringProperty study() {
        return study;
    }

    public StringProperty pledge() {
        return pledge;
    }

    public StringProperty registeredDate() {
        return registeredDate;
    }

    public StringProperty selfSummary() {
        return selfSummary;
    }

    public StringProperty review() {
        return review;
    }

    public ObjectProperty<String> target() {
        return target;
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    public ObservableList<ItemTemplate> templates() {
        return templates;
    }
}
