package vn.dangvu.members.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import vn.dangvu.common.I18n;
import vn.dangvu.members.EventType;
import vn.dangvu.members.Gender;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberFormRules.Field;

/// The member form as a modal window: the 2-HSĐV fields with ControlsFX decorations, status and party age,
/// the event history and a line to record a lifecycle event.
public final class MemberFormView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter LENIENT = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final MemberFormViewModel vm;
    private final ValidationSupport validation = new ValidationSupport();
    private final GridPane grid = new GridPane(10, 6);
    private final BorderPane root = new BorderPane();
    private int row;
    private Stage stage;

    public MemberFormView(MemberFormViewModel vm) {
        this.vm = vm;
        build();
    }

    public Node root() {
        return root;
    }

    public void show(Window owner, String style) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(vm.title());
        Scene scene = new Scene(root, 1240, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        root.setStyle(style);
        stage.setScene(scene);
        stage.show();
    }

    private void build() {
        grid.setPadding(new Insets(8));
        for (int i = 0; i < 4; i++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setHgrow(i % 2 == 1 ? javafx.scene.layout.Priority.ALWAYS : javafx.scene.layout.Priority.NEVER);
            cc.setMinWidth(i % 2 == 1 ? 180 : javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(cc);
        }
        text(Field.FAMILY_NAME, "member.form.familyName", vm.familyName, "formFamily");
        text(null, "member.form.middleName", vm.middleName, "formMiddle");
        text(Field.GIVEN_NAME, "member.form.givenName", vm.givenName, "formGiven");
        ComboBox<Gender> gender = new ComboBox<>(FXCollections.observableArrayList(Gender.values()));
        gender.setConverter(new StringConverter<>() {
            @Override
            public String toString(Gender g) {
                return g == null ? "" : I18n.t(g.i18nKey());
            }

            @Override
            public Gender fromString(String s) {
                return null;
            }
        });
        gender.valueProperty().bindBidirectional(vm.gender);
        add(Field.GENDER, "member.form.gender", gender);
        date(Field.BIRTH_DATE, "member.form.birthDate", vm.birthDate, "formBirth");
        text(null, "member.form.placeOfBirth", vm.placeOfBirth, "formPlaceOfBirth");
        text(null, "member.form.homeTown", vm.homeTown, "formHomeTown");
        text(null, "member.form.permanentAddress", vm.permanentAddress, "formPermanent");
        text(null, "member.form.temporaryAddress", vm.temporaryAddress, "formTemporary");
        text(Field.CCCD, "member.form.cccd", vm.cccd, "formCccd");
        text(Field.PHONE, "member.form.phone", vm.phone, "formPhone");
        choice(null, "member.form.ethnicity", vm.codeChoices.get("ETHNICITY"), vm.ethnicity);
        choice(null, "member.form.religion", vm.codeChoices.get("RELIGION"), vm.religion);
        choice(Field.UNIT, "member.form.unit", vm.cells, vm.unit);
        date(Field.ADMISSION_DECISION_DATE, "member.form.admissionDecisionDate", vm.admissionDate, "formAdmission");
        text(null, "member.form.admissionDecisionNo", vm.admissionNo, "formAdmissionNo");
        date(Field.CEREMONY_DATE, "member.form.ceremonyDate", vm.ceremonyDate, "formCeremony");
        date(Field.FULL_MEMBERSHIP_DATE, "member.form.fullMembershipDate", vm.fullDate, "formFull");
        text(Field.CARD_NUMBER, "member.form.cardNumber", vm.cardNumber, "formCard");
        text(null, "member.form.dossierNumber", vm.dossierNumber, "formDossier");
        choice(null, "member.form.generalEducation", vm.codeChoices.get("GENERAL_EDUCATION"), vm.education);
        choice(null, "member.form.professionalLevel", vm.codeChoices.get("PROFESSIONAL_LEVEL"), vm.professional);
        choice(null, "member.form.theoryLevel", vm.codeChoices.get("THEORY_LEVEL"), vm.theory);
        text(null, "member.form.occupation", vm.occupation, "formOccupation");
        text(null, "member.form.note", vm.note, "formNote");

        Label status = bound("formStatus", vm.statusLine());
        Label age = bound("formPartyAge", vm.partyAgeLine());
        Label message = bound("formMessage", vm.formMessage());
        message.setWrapText(true);
        Button save = new Button(I18n.t("member.form.save"));
        save.setId("formSave");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save(() -> { }));
        Button close = new Button(I18n.t("member.form.cancel"));
        close.setOnAction(e -> {
            if (stage != null) {
                stage.close();
            }
        });
        status.getStyleClass().add("title-4");
        Label historyTitle = new Label(I18n.t("member.form.history"));
        historyTitle.getStyleClass().add("text-bold");
        VBox side = new VBox(8, status, age, historyTitle, history(), eventLine());
        // a member not saved yet has no history: the form takes the whole width
        side.visibleProperty().bind(vm.existing());
        side.managedProperty().bind(vm.existing());
        side.setPrefWidth(440);
        side.setMaxWidth(440);
        side.setMinWidth(440);
        side.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        Label heading = bound("formTitle", vm.title());
        heading.getStyleClass().add("title-3");
        heading.setPadding(new Insets(8, 8, 0, 8));
        root.setTop(heading);
        root.setCenter(scroll);
        root.setRight(side);
        HBox buttons = new HBox(10, message, save, close);
        buttons.setPadding(new Insets(8));
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(buttons);
        root.setId("memberForm");
    }

    private ListView<MemberEvent> history() {
        ListView<MemberEvent> list = new ListView<>(vm.events());
        list.setId("formHistory");
        list.setPlaceholder(new Label(I18n.t("member.form.historyEmpty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(MemberEvent e, boolean empty) {
                super.updateItem(e, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || e == null ? null : MemberFormViewModel.historyLine(e));
            }
        });
        list.setPrefHeight(230);
        return list;
    }

    private VBox eventLine() {
        ComboBox<EventType> type = new ComboBox<>(FXCollections.observableArrayList(
                java.util.Arrays.stream(EventType.values()).filter(EventType::recordedByHand).toList()));
        type.setId("eventType");
        type.setPromptText(I18n.t("member.event.dialog.type"));
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventType t) {
                return t == null ? "" : I18n.t(t.i18nKey());
            }

            @Override
            public EventType fromString(String s) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(vm.eventType);
        type.setMaxWidth(Double.MAX_VALUE);
        DatePicker date = picker(vm.eventDate);
        date.setId("eventDate");
        TextField decision = new TextField();
        decision.setPromptText(I18n.t("member.event.dialog.decisionNo"));
        decision.textProperty().bindBidirectional(vm.eventDecision);
        TextField note = new TextField();
        note.setPromptText(I18n.t("member.event.dialog.note"));
        note.textProperty().bindBidirectional(vm.eventNote);
        Label hint = bound("eventHint", vm.eventHint());
        hint.setWrapText(true);
        Button record = new Button(I18n.t("member.event.dialog.save"));
        record.setId("eventRecord");
        record.disableProperty().bind(vm.eventAllowed().not());
        record.setOnAction(e -> vm.recordEvent());
        VBox box = new VBox(6, type, new HBox(6, date, decision), note, hint, record);
        box.visibleProperty().bind(vm.existing());
        box.managedProperty().bind(vm.existing());
        return box;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }

    private void text(Field f, String key, StringProperty p, String id) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        add(f, key, t);
    }

    private void date(Field f, String key, ObjectProperty<LocalDate> p, String id) {
        DatePicker d = picker(p);
        d.setId(id);
        // a typed text that is not a date leaves the picker empty: say so instead of silently dropping it
        d.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                String text = d.getEditor().getText();
                vm.setUnreadableDate(f, text != null && !text.isBlank() && parse(text).isEmpty() ? text : null);
            }
        });
        add(f, key, d);
    }

    private static java.util.Optional<LocalDate> parse(String s) {
        try {
            return s == null || s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.parse(s.strip(), LENIENT));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private static DatePicker picker(ObjectProperty<LocalDate> p) {
        DatePicker d = new DatePicker();
        d.setPromptText(I18n.t("member.form.datePrompt"));
        d.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate v) {
                return v == null ? "" : DATE.format(v);
            }

            @Override
            public LocalDate fromString(String s) {
                return parse(s).orElse(null);
            }
        });
        d.valueProperty().bindBidirectional(p);
        return d;
    }

    private <T> void choice(Field f, String key, ObservableList<Choice<T>> items, ObjectProperty<Choice<T>> p) {
        ComboBox<Choice<T>> c = new ComboBox<>(items);
        c.valueProperty().bindBidirectional(p);
        c.setMaxWidth(Double.MAX_VALUE);
        add(f, key, c);
    }

    /// Adds a labelled control; a checked field gets a decoration from the ViewModel's message and a red line under it.
    private void add(Field f, String key, Control c) {
        int col = (row % 2) * 2;
        int r = row / 2 * 2;
        Label label = new Label(I18n.t(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(label, col, r);
        grid.add(c, col + 1, r);
        c.setMaxWidth(Double.MAX_VALUE);
        if (f != null) {
            Label err = bound("error-" + f.name(), vm.message(f));
            err.setWrapText(true);
            err.setMaxWidth(320);
            err.managedProperty().bind(err.textProperty().isNotEmpty());
            err.visibleProperty().bind(err.textProperty().isNotEmpty());
            err.styleProperty().bind(javafx.beans.binding.Bindings.when(vm.warning(f))
                    .then("-fx-text-fill: #b26a00;").otherwise("-fx-text-fill: #c62828;"));
            grid.add(err, col + 1, r + 1);
            validation.registerValidator(c, false, (Control x, Object v) -> ValidationResult.fromMessageIf(x,
                    vm.message(f).get(), vm.warning(f).get() ? Severity.WARNING : Severity.ERROR,
                    !vm.message(f).get().isEmpty()));
            vm.message(f).addListener((o, a, b) -> validation.revalidate(c));
        }
        row++;
    }
}
