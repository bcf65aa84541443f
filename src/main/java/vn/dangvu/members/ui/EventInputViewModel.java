package vn.dangvu.members.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.members.EventRules;
import vn.dangvu.members.EventRules.Field;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.ReadmissionDetails;
import vn.dangvu.members.TransferDetails;
import vn.dangvu.party.EventType;
import vn.dangvu.ui.Choice;

/// The fields of one lifecycle event being entered (the event area of the member form, and the arrival of a new
/// member by transfer): live checks per field by [EventRules], and which transfer details the chosen type shows.
public final class EventInputViewModel {

    private static final Set<Field> DETAILS = EnumSet.of(Field.EXTERNAL_UNIT, Field.TO_UNIT, Field.EXPECTED_RETURN,
            Field.LETTER_DATE, Field.CONSENT_NO, Field.CONSENT_DATE, Field.RECORD_CLEARED, Field.GAP);

    final ObjectProperty<EventType> type = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty decision = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    final StringProperty external = new SimpleStringProperty("");
    final ObjectProperty<Choice<Long>> cell = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> expectedReturn = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> letterDate = new SimpleObjectProperty<>();
    final StringProperty consentNo = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> consentDate = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> recordCleared = new SimpleObjectProperty<>();
    private final Set<Field> hidden;
    private final Clock clock;
    private final Map<Field, ReadOnlyStringWrapper> messages = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyBooleanWrapper> shown = new EnumMap<>(Field.class);
    /// Date fields whose typed text is not a date: the message naming the field and the text.
    private final Map<Field, String> typedDateProblems = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper externalLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final List<EventRules.Problem> extra = new ArrayList<>();
    private Long currentCell;

    /// `hidden`: details this input never shows (a new member's receiving cell is the form's own cell field).
    EventInputViewModel(Set<Field> hidden, Clock clock) {
        this.hidden = hidden.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(hidden);
        this.clock = clock;
        date.set(LocalDate.now(clock));
        for (Field f : Field.values()) {
            messages.put(f, new ReadOnlyStringWrapper(""));
            shown.put(f, new ReadOnlyBooleanWrapper(!DETAILS.contains(f)));
        }
        for (Observable o : List.of(type, date, decision, note, external, cell, expectedReturn, letterDate, consentNo,
                consentDate, recordCleared)) {
            o.addListener(x -> validate());
        }
    }

    /// The member's cell now: moving the member to it is refused.
    void setCurrentCell(Long cell) {
        currentCell = cell;
        validate();
    }

    /// Problems the owner finds beyond the event's own fields (e.g. an arrival before the admission); replaces
    /// the previous ones.
    void setExtraProblems(List<EventRules.Problem> problems) {
        extra.clear();
        extra.addAll(problems);
        validate();
    }

    /// The view reports what a date field's text reads as ([Dates#read]); `label` names the field in the message.
    /// The event cannot be recorded while a date field holds text that is not a date.
    public void typedDate(Field f, String label, Dates.Reading reading) {
        if (reading.ok()) {
            typedDateProblems.remove(f);
        } else {
            typedDateProblems.put(f, reading.message(label));
        }
        validate();
    }

    NewEvent toEvent(long memberId) {
        return new NewEvent(memberId, type.get(), date.get(), decision.get(), note.get(), new TransferDetails(null,
                cell.get() == null ? null : cell.get().value(), external.get().isBlank() ? null : external.get(),
                expectedReturn.get(), letterDate.get()),
                new ReadmissionDetails(consentNo.get().isBlank() ? null : consentNo.get(), consentDate.get(), recordCleared.get()));
    }

    /// Fills the fields from a recorded event (to correct it).
    void fill(MemberEvent e, List<Choice<Long>> cells) {
        type.set(e.type());
        date.set(e.date());
        decision.set(e.decisionNo() == null ? "" : e.decisionNo());
        note.set(e.note() == null ? "" : e.note());
        TransferDetails t = e.transfer();
        external.set(t.externalUnitName() == null ? "" : t.externalUnitName());
        cell.set(t.toUnitId() == null ? null : cells.stream().filter(c -> c.value().equals(t.toUnitId())).findFirst().orElse(null));
        expectedReturn.set(t.expectedReturnDate());
        letterDate.set(t.letterDate());
        ReadmissionDetails r = e.extra().readmission();
        consentNo.set(r.consentNo() == null ? "" : r.consentNo());
        consentDate.set(r.consentDate());
        recordCleared.set(r.recordClearedDate());
        validate();
    }

    /// Recomputes what is shown and every field's message; true when the event may be recorded.
    boolean validate() {
        EventType t = type.get();
        Set<Field> used = t == null ? EnumSet.noneOf(Field.class) : EventRules.details(t);
        for (Field f : DETAILS) {
            shown.get(f).set(used.contains(f) && !hidden.contains(f));
        }
        externalLabel.set(t == null ? "" : I18n.t(EventRules.externalLabelKey(t)));
        messages.values().forEach(m -> m.set(""));
        List<EventRules.Problem> problems = new ArrayList<>(t == null ? List.of() : EventRules.check(toEvent(0)));
        if (t == EventType.INTERNAL_TRANSFER && cell.get() != null && cell.get().value().equals(currentCell)) {
            problems.add(new EventRules.Problem(Field.TO_UNIT, "member.event.error.sameCell", List.of()));
        }
        problems.addAll(extra);
        // a date field whose text is not a date shows that first; a field the event type hides does not count
        Map<Field, String> typed = new EnumMap<>(Field.class);
        typedDateProblems.forEach((f, m) -> {
            if (shown.get(f).get()) {
                typed.put(f, m);
                messages.get(f).set(m);
            }
        });
        for (EventRules.Problem p : problems) {
            ReadOnlyStringWrapper m = messages.get(p.field());
            if (m.get().isEmpty()) {
                m.set(I18n.t(p.key(), p.args().toArray()));
            }
        }
        valid.set(t != null && problems.isEmpty() && typed.isEmpty());
        return valid.get();
    }

    /// Back to an empty event dated today (after it was recorded).
    void clear() {
        type.set(null);
        date.set(LocalDate.now(clock));
        decision.set("");
        note.set("");
        external.set("");
        cell.set(null);
        expectedReturn.set(null);
        letterDate.set(null);
        consentNo.set("");
        consentDate.set(null);
        recordCleared.set(null);
        typedDateProblems.clear();
        validate();
    }

    public ReadOnlyStringProperty message(Field f) {
        return messages.get(f).getReadOnlyProperty();
    }

    /// Whether the field belongs to the chosen event type (date, decision and note always do).
    public ReadOnlyBooleanProperty shown(Field f) {
        return shown.get(f).getReadOnlyProperty();
    }

    /// "Nơi chuyển đến" for a transfer out, "Chuyển đến từ" for a transfer in.
    public ReadOnlyStringProperty externalLabel() {
        return externalLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty valid() {
        return valid.getReadOnlyProperty();
    }
}
