package vn.dangvu.members.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.members.CodeItem;
import vn.dangvu.members.EventRules;
import vn.dangvu.members.HistoryLines;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberFormRules;
import vn.dangvu.members.MemberFormRules.Field;
import vn.dangvu.members.MemberRules;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.PartyAge;
import vn.dangvu.members.ReadmissionRules;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.TransferLetter;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.ui.Choice;

/// The member form (2-HSĐV core fields) with live checks per field, the event history, party age and the
/// recording of a lifecycle event. Messages are already translated.
public final class MemberFormViewModel {

    /// What the form needs of MemberService and its lifecycle service.
    public interface Source {
        Optional<MemberDetails> find(long id) throws AppException;

        /// Saves the form; a new member with an arrival (TRANSFER_IN) comes onto the roll by transfer.
        long save(MemberDetails d, Optional<NewEvent> arrival) throws AppException;

        List<MemberEvent> events(long id) throws AppException;

        List<PartyAge.Interruption> interruptions(long id) throws AppException;

        MemberStatus record(NewEvent e) throws AppException;

        /// Cancels the member's newest event as wrongly recorded, with a reason.
        MemberStatus cancel(long memberId, long eventId, String reason) throws AppException;

        /// Cancels an event and records its replacement in one transaction.
        MemberStatus correct(long eventId, String reason, NewEvent replacement) throws AppException;

        /// The public holidays (for how late a transfer letter was).
        Set<LocalDate> holidays() throws AppException;

        /// Records the committee's decision on a late transfer letter (and the gap in party age it decides, if any).
        void decideLateLetter(long eventId, String decisionNo, LocalDate decisionDate, Optional<PartyAge.Interruption> gap)
                throws AppException;

        List<CodeItem> codes(String kind) throws AppException;

        /// How much of the member's birth date is known: "DAY", "MONTH" or "YEAR" (a list gave only "1965").
        default String birthPrecision(long id) throws AppException {
            return "DAY";
        }

        List<Choice<Long>> cells() throws AppException;
    }

    private record Loaded(Optional<MemberDetails> details, List<MemberEvent> events, List<PartyAge.Interruption> gaps,
                          List<Choice<Long>> cells, Map<String, List<CodeItem>> codes, Set<LocalDate> holidays,
                          String birthPrecision) {
    }

    private final Source source;
    private final BackgroundTasks tasks;
    private final Runnable onChanged;
    private Long id;
    private MemberDetails loaded;
    /// The stored birth date when only its year (or month) is known, shown as "1965" and kept so until a full date is typed.
    private LocalDate partialBirth;
    private String partialBirthText = "";
    /// The record as it was shown (loaded, or a new form's defaults) or last saved: what "changed" compares with.
    private MemberDetails baseline;
    final StringProperty familyName = new SimpleStringProperty("");
    final StringProperty middleName = new SimpleStringProperty("");
    final StringProperty givenName = new SimpleStringProperty("");
    final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.MALE);
    final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    final StringProperty placeOfBirth = new SimpleStringProperty("");
    final StringProperty homeTown = new SimpleStringProperty("");
    final StringProperty permanentAddress = new SimpleStringProperty("");
    final StringProperty temporaryAddress = new SimpleStringProperty("");
    final StringProperty cccd = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final ObjectProperty<Choice<String>> ethnicity = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<String>> religion = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<Long>> unit = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> admissionDate = new SimpleObjectProperty<>();
    final StringProperty admissionNo = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> ceremonyDate = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> fullDate = new SimpleObjectProperty<>();
    final StringProperty cardNumber = new SimpleStringProperty("");
    final StringProperty dossierNumber = new SimpleStringProperty("");
    final ObjectProperty<Choice<String>> education = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<String>> professional = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<String>> theory = new SimpleObjectProperty<>();
    final StringProperty occupation = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    final Map<String, ObservableList<Choice<String>>> codeChoices = Map.of(CodeItem.ETHNICITY,
            FXCollections.observableArrayList(), CodeItem.RELIGION, FXCollections.observableArrayList(),
            CodeItem.GENERAL_EDUCATION, FXCollections.observableArrayList(), CodeItem.PROFESSIONAL_LEVEL,
            FXCollections.observableArrayList(), CodeItem.THEORY_LEVEL, FXCollections.observableArrayList());
    final ObservableList<Choice<Long>> cells = FXCollections.observableArrayList();
    private final Map<Field, ReadOnlyStringWrapper> messages = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyBooleanWrapper> warnings = new EnumMap<>(Field.class);
    /// Date fields whose typed text is not a date: the message naming the field and the text.
    private final Map<Field, String> typedDateProblems = new EnumMap<>(Field.class);
    /// Fields the user has changed or left: only their messages show on a new form ([#validate]).
    private final Set<Field> touched = EnumSet.noneOf(Field.class);
    /// Every message shows: after a save was tried, and for a saved member.
    private boolean showAll;
    /// Values being set from the database or defaults, not by the user.
    private boolean loading;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(I18n.t("member.form.titleNew"));
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper partyAgeLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper existing = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<MemberEvent> events = FXCollections.observableArrayList();
    /// The event being recorded for a saved member.
    final EventInputViewModel event;
    /// How a new member comes onto the roll: false = admitted here, true = by transfer ([#arrival]).
    final BooleanProperty byTransfer = new SimpleBooleanProperty(false);
    /// The transfer in of a new member; the receiving cell is the form's own cell field.
    final EventInputViewModel arrival;
    private final ReadOnlyStringWrapper eventHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper eventAllowed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper unitLocked = new ReadOnlyBooleanWrapper(false);
    /// The history line the user selected, the reason typed to cancel or correct it, and the event being corrected.
    final ObjectProperty<MemberEvent> selectedEvent = new SimpleObjectProperty<>();
    final StringProperty cancelReason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper correctingNow = new ReadOnlyBooleanWrapper(false);
    /// The selected event is a transfer in with a late letter on which no committee decision is recorded yet.
    private final ReadOnlyBooleanWrapper canDecideLetter = new ReadOnlyBooleanWrapper(false);
    private MemberEvent correcting;
    private Set<LocalDate> holidays = Set.of();

    private final Clock clock;

    public MemberFormViewModel(Source source, BackgroundTasks tasks, Clock clock, Runnable onChanged) {
        this.source = source;
        this.tasks = tasks;
        this.clock = clock;
        this.onChanged = onChanged;
        this.event = new EventInputViewModel(Set.of(), clock);
        this.arrival = new EventInputViewModel(Set.of(EventRules.Field.TO_UNIT), clock);
        for (Field f : Field.values()) {
            messages.put(f, new ReadOnlyStringWrapper(""));
            warnings.put(f, new ReadOnlyBooleanWrapper(false));
        }
        Map<Field, Observable> watched = Map.of(Field.FAMILY_NAME, familyName, Field.GIVEN_NAME, givenName,
                Field.GENDER, gender, Field.BIRTH_DATE, birthDate, Field.UNIT, unit, Field.CCCD, cccd, Field.PHONE, phone,
                Field.ADMISSION_DECISION_DATE, admissionDate, Field.CEREMONY_DATE, ceremonyDate,
                Field.FULL_MEMBERSHIP_DATE, fullDate);
        watched.forEach((f, o) -> o.addListener(x -> {
            if (!loading) {
                touched.add(f);
            }
            validate();
        }));
        selectedEvent.addListener(x -> updateCancel());
        cancelReason.addListener(x -> updateCancel());
        event.type.addListener((o, a, b) -> updateEventHint());
        event.date.addListener(x -> updateEventHint());
        event.consentNo.addListener(x -> updateEventHint());
        event.consentDate.addListener(x -> updateEventHint());
        event.recordCleared.addListener(x -> updateEventHint());
        event.valid().addListener((o, a, b) -> updateEventHint());
        arrival.type.set(EventType.TRANSFER_IN);
        arrival.cell.bind(unit);
        arrival.date.addListener(x -> checkArrival());
        admissionDate.addListener(x -> checkArrival());
    }

    /// A member cannot arrive here by transfer before being admitted somewhere.
    private void checkArrival() {
        LocalDate in = arrival.date.get();
        LocalDate admitted = admissionDate.get();
        arrival.setExtraProblems(in != null && admitted != null && in.isBefore(admitted)
                ? List.of(new EventRules.Problem(EventRules.Field.DATE, "member.form.error.arrivalBeforeAdmission", List.of()))
                : List.of());
    }

    /// Loads the member (null id: a new member) with the choices, history and interruptions.
    public void load(Long memberId) {
        this.id = memberId;
        tasks.run("", p -> {
            Map<String, List<CodeItem>> codes = new HashMap<>();
            for (String k : codeChoices.keySet()) {
                codes.put(k, source.codes(k));
            }
            return memberId == null ? new Loaded(Optional.empty(), List.of(), List.of(), source.cells(), codes, Set.of(), "DAY")
                    : new Loaded(source.find(memberId), source.events(memberId), source.interruptions(memberId),
                    source.cells(), codes, source.holidays(), source.birthPrecision(memberId));
        }, this::show, e -> formMessage.set(message(e)));
    }

    private void show(Loaded l) {
        loading = true;
        try {
            showLoaded(l);
        } finally {
            loading = false;
        }
        baseline = details();
        validate();
    }

    private void showLoaded(Loaded l) {
        cells.setAll(l.cells());
        l.codes().forEach((k, items) -> {
            // one replacement, not clear-and-add: a combo box drops its value while the list lacks it, and a
            // reload after an event would then show (and save) an empty ethnicity or religion
            List<Choice<String>> all = new ArrayList<>();
            all.add(new Choice<>(null, I18n.t("member.form.none")));
            items.forEach(c -> all.add(new Choice<>(c.code(), c.name())));
            codeChoices.get(k).setAll(all);
        });
        holidays = l.holidays();
        LocalDate birth = l.details().map(MemberDetails::birthDate).orElse(null);
        partialBirth = birth == null || "DAY".equals(l.birthPrecision()) ? null : birth;
        partialBirthText = partialBirth == null ? "" : "YEAR".equals(l.birthPrecision()) ? String.valueOf(birth.getYear())
                : String.format(Locale.ROOT, "%02d/%d", birth.getMonthValue(), birth.getYear());
        events.setAll(l.events());
        selectedEvent.set(null);
        correcting = null;
        correctingNow.set(false);
        l.details().ifPresentOrElse(d -> fill(d, l.gaps()), () -> {
            ethnicity.set(find(codeChoices.get(CodeItem.ETHNICITY), "ETH_01"));
            religion.set(find(codeChoices.get(CodeItem.RELIGION), null));
            education.set(find(codeChoices.get(CodeItem.GENERAL_EDUCATION), null));
            professional.set(find(codeChoices.get(CodeItem.PROFESSIONAL_LEVEL), null));
            theory.set(find(codeChoices.get(CodeItem.THEORY_LEVEL), null));
            unit.set(cells.isEmpty() ? null : cells.getFirst());
        });
    }

    /// The stored birth date known only in part ([#partialBirthText]), or null when the whole date is known.
    LocalDate partialBirth() {
        return partialBirth;
    }

    /// "1965" (year only) or "03/1965" (month and year) for [#partialBirth]; "" otherwise.
    String partialBirthText() {
        return partialBirthText;
    }

    private void fill(MemberDetails d, List<PartyAge.Interruption> gaps) {
        loaded = d;
        existing.set(true);
        // a saved member's record is checked as a whole: what is wrong in it shows at once
        showAll = true;
        familyName.set(nz(d.familyName()));
        middleName.set(nz(d.middleName()));
        givenName.set(nz(d.givenName()));
        gender.set(d.gender());
        birthDate.set(d.birthDate());
        placeOfBirth.set(nz(d.placeOfBirth()));
        homeTown.set(nz(d.homeTown()));
        permanentAddress.set(nz(d.permanentAddress()));
        temporaryAddress.set(nz(d.temporaryAddress()));
        cccd.set(nz(d.cccdNumber()));
        phone.set(nz(d.phone()));
        ethnicity.set(find(codeChoices.get(CodeItem.ETHNICITY), d.ethnicityCode()));
        religion.set(find(codeChoices.get(CodeItem.RELIGION), d.religionCode()));
        unit.set(d.unitId() == null ? find(cells, null) : cells.stream().filter(c -> c.value().equals(d.unitId()))
                .findFirst().orElse(new Choice<>(d.unitId(), I18n.t("member.form.unitDissolved"))));
        unitLocked.set(d.unitId() != null);
        event.setCurrentCell(d.unitId());
        admissionDate.set(d.admissionDecisionDate());
        admissionNo.set(nz(d.admissionDecisionNo()));
        ceremonyDate.set(d.admissionCeremonyDate());
        fullDate.set(d.fullMembershipDate());
        cardNumber.set(nz(d.cardNumber()));
        dossierNumber.set(nz(d.dossierNumber()));
        education.set(find(codeChoices.get(CodeItem.GENERAL_EDUCATION), d.generalEducation()));
        professional.set(find(codeChoices.get(CodeItem.PROFESSIONAL_LEVEL), d.professionalLevel()));
        theory.set(find(codeChoices.get(CodeItem.THEORY_LEVEL), d.theoryLevel()));
        occupation.set(nz(d.occupation()));
        note.set(nz(d.note()));
        title.set(I18n.t("member.form.titleEdit", fullName()));
        statusLine.set(I18n.t("member.form.status", I18n.t(d.status().i18nKey()))
                + (d.readmitted() && d.firstAdmissionDate() != null
                ? " · " + I18n.t("member.form.readmitted", Dates.format(d.firstAdmissionDate())) : ""));
        // party age stops at death (domain.md §5.1)
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = d.status() != MemberStatus.DECEASED ? today : active().stream()
                .filter(e -> e.type() == EventType.DEATH).map(MemberEvent::date).filter(x -> x.isBefore(today))
                .reduce((a, b) -> b).orElse(today);
        partyAgeLine.set(partyAgeText(d, gaps, asOf));
        updateEventHint();
    }

    /// "Tuổi đảng: n năm", with "(dự kiến)" while still probationary (domain.md §5.1).
    static String partyAgeText(MemberDetails d, List<PartyAge.Interruption> gaps, LocalDate today) {
        LocalDate start = d.firstAdmissionDate() != null ? d.firstAdmissionDate() : d.admissionDecisionDate();
        Optional<Integer> years = start == null ? Optional.empty() : PartyAge.years(start, gaps, today);
        if (years.isEmpty()) {
            return I18n.t("member.form.partyAgeNone");
        }
        String age = d.status() == MemberStatus.PROBATIONARY ? I18n.t("member.form.partyAgeProbationary", years.get())
                : I18n.t("member.form.partyAge", years.get());
        long deducted = PartyAge.deductedDays(gaps, start, today);
        return deducted > 0 ? I18n.t("member.form.partyAgeDeducted", age, deducted) : age;
    }

    private static <T> Choice<T> find(List<Choice<T>> list, T value) {
        return list.stream().filter(c -> Objects.equals(c.value(), value)).findFirst()
                .orElse(list.isEmpty() ? null : list.getFirst());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String fullName() {
        return String.join(" ", List.of(familyName.get(), middleName.get(), givenName.get())).strip().replaceAll(" +", " ");
    }

    private static <T> T v(ObjectProperty<Choice<T>> p) {
        return p.get() == null ? null : p.get().value();
    }

    MemberDetails details() {
        return new MemberDetails(id, familyName.get(), middleName.get(), givenName.get(), gender.get(), birthDate.get(),
                placeOfBirth.get(), homeTown.get(), permanentAddress.get(), temporaryAddress.get(), cccd.get(),
                phone.get(), v(ethnicity), v(religion), v(unit), admissionDate.get(), admissionNo.get(),
                ceremonyDate.get(), fullDate.get(), cardNumber.get(), dossierNumber.get(), v(education),
                v(professional), v(theory), occupation.get(), note.get(),
                loaded == null ? null : loaded.status(), null, false);
    }

    /// Recomputes the message of every field; true when nothing blocks saving. On a new member the messages show
    /// only for the fields the user has touched, until saving is tried (an untouched new form shows no errors).
    public boolean validate() {
        List<MemberFormRules.Violation> vs = MemberFormRules.check(details(), LocalDate.now(clock));
        Map<Field, String> text = new EnumMap<>(typedDateProblems);
        Set<Field> warned = EnumSet.noneOf(Field.class);
        for (MemberFormRules.Violation v : vs) {
            if (!text.containsKey(v.field())) {
                text.put(v.field(), I18n.t(v.key(), v.args().toArray()));
                if (v.warning()) {
                    warned.add(v.field());
                }
            }
        }
        for (Field f : Field.values()) {
            boolean shown = showAll || touched.contains(f);
            messages.get(f).set(shown ? text.getOrDefault(f, "") : "");
            warnings.get(f).set(shown && warned.contains(f));
        }
        return typedDateProblems.isEmpty() && !MemberFormRules.hasErrors(vs);
    }

    /// The view reports what a date field's text reads as ([Dates#read]); `label` names the field in the message.
    /// Saving is refused while any date field holds text that is not a date.
    public void typedDate(Field f, String label, Dates.Reading reading) {
        if (reading.ok()) {
            typedDateProblems.remove(f);
        } else {
            typedDateProblems.put(f, reading.message(label));
            touched.add(f);
        }
        validate();
    }

    /// True when the user changed the record (or chose the arrival by transfer, or typed a date that is not one)
    /// since it was shown or last saved: closing the form then asks whether to save.
    public boolean changed() {
        return baseline != null && (!details().equals(baseline) || !typedDateProblems.isEmpty()
                || (id == null && byTransfer.get()));
    }

    /// The user left the field: its message shows from now on.
    public void touch(Field f) {
        if (touched.add(f)) {
            validate();
        }
    }

    /// Saves when the form has no errors; onSaved runs after a successful save.
    public void save(Runnable onSaved) {
        boolean transfer = byTransfer.get() && id == null;
        showAll = true;
        if (!validate() | (transfer && !arrival.validate())) {
            formMessage.set(I18n.t("member.form.fixErrors"));
            return;
        }
        MemberDetails d = details();
        Optional<NewEvent> in = transfer ? Optional.of(arrival.toEvent(0)) : Optional.empty();
        tasks.run("", p -> source.save(d, in), newId -> {
            baseline = details();
            formMessage.set(I18n.t("member.form.saved", fullName()));
            onChanged.run();
            onSaved.run();
        }, e -> {
            if (e instanceof AppException a && a.key().equals("member.form.error.cardTaken")) {
                messages.get(Field.CARD_NUMBER).set(a.userMessage());
            }
            if (e instanceof AppException a && a.key().equals("member.form.error.unitChangeByEvent")) {
                messages.get(Field.UNIT).set(a.userMessage());
            }
            formMessage.set(message(e));
        });
    }

    private void updateEventHint() {
        EventType t = event.type.get();
        if (t == null || loaded == null) {
            eventHint.set("");
            eventAllowed.set(false);
            return;
        }
        MemberStatus now = correcting == null ? loaded.status() : correcting.statusBefore();
        boolean full = loaded.fullMembershipDate() != null && (correcting == null || correcting.type() != EventType.FULL_MEMBERSHIP);
        boolean readmitted = loaded.readmitted() && (correcting == null || correcting.type() != EventType.READMISSION);
        MemberRules.Outcome o = MemberRules.apply(new MemberRules.Facts(Optional.ofNullable(now), full, readmitted), t);
        eventAllowed.set(o.allowed() && event.valid().get() && (correcting == null || !cancelReason.get().isBlank()));
        String hint = o.allowed() ? I18n.t("member.event.dialog.after", I18n.t(o.next().get().i18nKey()))
                : I18n.t(o.refusalKey().get());
        if (o.allowed() && t == EventType.READMISSION) {
            // Q294 §3.5: every condition the history does not show as met, as a warning; the committee decides
            MemberEvent left = active().stream().filter(x -> MemberRules.opensInterruption(x.type())).reduce((a, b) -> b).orElse(null);
            NewEvent e = event.toEvent(id);
            for (ReadmissionRules.Warning w : ReadmissionRules.warnings(left == null ? null : left.type(),
                    left == null ? null : left.date(), e.date(), e.readmission())) {
                hint += "\n⚠ " + I18n.t(w.key(), w.args().toArray());
            }
        }
        if (correcting != null) {
            hint = I18n.t("member.event.correcting", HistoryLines.of(correcting)) + "\n" + hint;
        }
        eventHint.set(hint);
    }

    /// Records the chosen event for this member, then reloads the form and the list.
    public void recordEvent() {
        if (id == null || !event.validate()) {
            return;
        }
        NewEvent e = event.toEvent(id);
        MemberEvent replaced = correcting;
        String why = cancelReason.get();
        tasks.run("", p -> replaced == null ? source.record(e) : source.correct(replaced.id(), why, e), s -> {
            cancelReason.set("");
            event.clear();
            formMessage.set(I18n.t("member.event.dialog.recorded", I18n.t(e.type().i18nKey()), I18n.t(s.i18nKey())));
            onChanged.run();
            load(id);
        }, x -> formMessage.set(message(x)));
    }

    private static String message(Throwable e) {
        return e instanceof AppException a ? a.userMessage() : I18n.t("members.browser.error");
    }

    public ReadOnlyStringProperty message(Field f) {
        return messages.get(f).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty warning(Field f) {
        return warnings.get(f).getReadOnlyProperty();
    }

    /// The saved member's id (for its change history); empty for a member not saved yet.
    public Optional<Long> memberId() {
        return existing.get() ? Optional.ofNullable(id) : Optional.empty();
    }

    /// The member's name as the form shows it.
    public String memberName() {
        return fullName();
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusLine() {
        return statusLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty partyAgeLine() {
        return partyAgeLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formMessage() {
        return formMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty existing() {
        return existing.getReadOnlyProperty();
    }

    public ObservableList<MemberEvent> events() {
        return events;
    }

    public ReadOnlyStringProperty eventHint() {
        return eventHint.getReadOnlyProperty();
    }

    /// The events still in force, in the order recorded.
    private List<MemberEvent> active() {
        return events.stream().filter(e -> !e.cancelled()).sorted(Comparator.comparingLong(MemberEvent::id)).toList();
    }

    /// Whether `e` may be cancelled: the newest event in force, not the member's first, not a merge of cells.
    public boolean cancellable(MemberEvent e) {
        List<MemberEvent> a = active();
        return e != null && !e.cancelled() && !a.isEmpty() && a.getLast().id() == e.id() && e.statusBefore() != null
                && e.type() != EventType.ADMISSION && e.type() != EventType.UNIT_MERGE;
    }

    private void updateCancel() {
        canCancel.set(id != null && cancellable(selectedEvent.get()) && !cancelReason.get().isBlank());
        canDecideLetter.set(id != null && undecidedLateLetter(selectedEvent.get()).isPresent());
        updateEventHint();
    }

    /// Cancels the selected event with the typed reason, then reloads the form and the list.
    public void cancelEvent() {
        MemberEvent e = selectedEvent.get();
        if (!canCancel.get() || e == null) {
            return;
        }
        String why = cancelReason.get();
        tasks.run("", p -> source.cancel(id, e.id(), why), s -> {
            cancelReason.set("");
            formMessage.set(I18n.t("member.event.cancel.done", I18n.t(s.i18nKey())));
            onChanged.run();
            load(id);
        }, x -> formMessage.set(message(x)));
    }

    /// Puts the selected event into the event fields to be corrected: recording then cancels it (with the reason)
    /// and records the corrected one in one transaction.
    public void correctEvent() {
        MemberEvent e = selectedEvent.get();
        if (!cancellable(e)) {
            return;
        }
        correcting = e;
        correctingNow.set(true);
        event.fill(e, cells);
        updateEventHint();
    }

    /// The history line of an event as shown: for a transfer in, how late the letter was.
    public String historyLine(MemberEvent e) {
        return HistoryLines.of(e, e.type() == EventType.TRANSFER_IN && e.transfer().letterDate() != null
                ? Optional.of(TransferLetter.lateness(e.transfer().letterDate(), e.date(), holidays)) : Optional.empty());
    }

    /// How late the letter of `e` was, when `e` is a transfer in still in force whose letter came late and on
    /// which the committee has not decided yet.
    private Optional<TransferLetter.Lateness> undecidedLateLetter(MemberEvent e) {
        if (e == null || e.cancelled() || e.type() != EventType.TRANSFER_IN || e.transfer().letterDate() == null
                || e.extra().committeeDecisionNo() != null) {
            return Optional.empty();
        }
        TransferLetter.Lateness l = TransferLetter.lateness(e.transfer().letterDate(), e.date(), holidays);
        return l.late() ? Optional.of(l) : Optional.empty();
    }

    /// The committee's decision on the selected late letter (the dialog's model); empty when there is none to record.
    /// Once recorded, the form and the list are reloaded.
    public Optional<LetterDecisionViewModel> letterDecision() {
        MemberEvent e = selectedEvent.get();
        return undecidedLateLetter(e).map(l -> new LetterDecisionViewModel(e.id(), e.transfer().letterDate(), e.date(), l,
                source::decideLateLetter, tasks, () -> {
                    formMessage.set(I18n.t("member.letter.saved"));
                    onChanged.run();
                    load(id);
                }));
    }

    public ReadOnlyBooleanProperty canDecideLetter() {
        return canDecideLetter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancel() {
        return canCancel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty correctingNow() {
        return correctingNow.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty eventAllowed() {
        return eventAllowed.getReadOnlyProperty();
    }

    /// True for a saved member with a cell: the cell changes only through a dated event.
    public ReadOnlyBooleanProperty unitLocked() {
        return unitLocked.getReadOnlyProperty();
    }
}
