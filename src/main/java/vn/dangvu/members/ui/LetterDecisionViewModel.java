package vn.dangvu.members.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.members.PartyAge;
import vn.dangvu.party.TransferLetter;
import vn.dangvu.ui.BackgroundTasks;

/// The competent committee's decision on a transfer letter presented late (Q294 §6.3.1, domain.md §4.4): its number
/// and date, and only when the committee decides one, the period not counted in party age (between the letter and
/// the arrival). The lateness is shown; nothing is deducted until this is recorded. The service checks and audits.
public final class LetterDecisionViewModel {

    /// Records the decision on the transfer-in event `eventId`.
    @FunctionalInterface
    public interface Decide {
        void decide(long eventId, String decisionNo, LocalDate decisionDate, Optional<PartyAge.Interruption> gap)
                throws AppException;
    }

    /// The date fields, for the typed text that is not a date.
    enum DateField {
        DATE("member.letter.decisionDate"), GAP_FROM("member.letter.gapFrom"), GAP_TO("member.letter.gapTo");

        final String labelKey;

        DateField(String labelKey) {
            this.labelKey = labelKey;
        }
    }

    private final long eventId;
    private final Decide decide;
    private final BackgroundTasks tasks;
    private final Runnable onDone;
    final StringProperty decisionNo = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> decisionDate = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> gapFrom = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> gapTo = new SimpleObjectProperty<>();
    private final Map<DateField, String> typedProblems = new EnumMap<>(DateField.class);
    private final ReadOnlyStringWrapper lateness = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);

    public LetterDecisionViewModel(long eventId, LocalDate letter, LocalDate arrival, TransferLetter.Lateness late,
                                   Decide decide, BackgroundTasks tasks, Runnable onDone) {
        this.eventId = eventId;
        this.decide = decide;
        this.tasks = tasks;
        this.onDone = onDone;
        lateness.set(I18n.t("member.letter.lateness", Dates.format(letter), Dates.format(late.deadline()), Dates.format(arrival),
                late.lateWorkingDays(), late.lateDays())
                + (late.removalReview() ? "\n" + I18n.t("member.letter.removalReview") : ""));
    }

    /// The view reports what a date field's text reads as; a text that is not a date is named in the message.
    public void typedDate(DateField f, Dates.Reading r) {
        if (r.ok()) {
            typedProblems.remove(f);
        } else {
            typedProblems.put(f, r.message(I18n.t(f.labelKey)));
        }
        message.set(typedProblems.values().stream().findFirst().orElse(""));
    }

    /// Records the decision; a gap needs both ends. A refusal shows the service's message and writes nothing.
    public void save() {
        if (!typedProblems.isEmpty()) {
            message.set(typedProblems.values().iterator().next());
            return;
        }
        LocalDate from = gapFrom.get();
        LocalDate to = gapTo.get();
        if ((from == null) != (to == null)) {
            message.set(I18n.t("member.letter.error.gapBoth"));
            return;
        }
        Optional<PartyAge.Interruption> gap = from == null ? Optional.empty()
                : Optional.of(new PartyAge.Interruption(from, Optional.of(to)));
        String no = decisionNo.get();
        LocalDate date = decisionDate.get();
        tasks.run("", p -> {
            decide.decide(eventId, no, date, gap);
            return null;
        }, x -> {
            message.set(I18n.t("member.letter.saved"));
            done.set(true);
            onDone.run();
        }, e -> message.set(e instanceof AppException a ? a.userMessage() : I18n.t("members.browser.error")));
    }

    public ReadOnlyStringProperty lateness() {
        return lateness.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /// True once the decision is recorded (the dialog closes).
    public ReadOnlyBooleanProperty done() {
        return done.getReadOnlyProperty();
    }
}
