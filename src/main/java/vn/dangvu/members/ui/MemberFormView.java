package vn.dangvu.members.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.controlsfx.validation.ValidationSupport;

import vn.dangvu.audit.ui.EntityHistory;
import vn.dangvu.common.I18n;
import vn.dangvu.members.EventRules;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberFormRules.Field;
import vn.dangvu.members.MemberService;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.ui.Choice;
import vn.dangvu.ui.FormFields;
import vn.dangvu.ui.Windows;

/// The member form as a modal window: the 2-HSĐV fields with ControlsFX decorations, status and party age,
/// the event history and the fields to record a lifecycle event; a new member is admitted here or arrives by transfer.
public final class MemberFormView {

    private final MemberFormViewModel vm;
    private final Optional<EntityHistory> changes;
    private final ValidationSupport validation = new ValidationSupport();
    private final GridPane grid = new GridPane(10, 6);
    private final BorderPane root = new BorderPane();
    private int row;
    private Stage stage;

    public MemberFormView(MemberFormViewModel vm) {
        this(vm, Optional.empty());
    }

    /// `changes` opens the member's history in the audit trail ("Lịch sử thay đổi").
    public MemberFormView(MemberFormViewModel vm, Optional<EntityHistory> changes) {
        this.vm = vm;
        this.changes = changes;
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
        double[] size = Windows.fittedSize(1320, 760);
        Scene scene = new Scene(root, size[0], size[1]);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        root.setStyle(style);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        Windows.secondary(stage, this::requestClose);
        stage.show();
    }

    /// Đóng, Esc or the window's close box: a changed record asks first whether to save it.
    void requestClose() {
        if (stage == null) {
            return;
        }
        if (!vm.changed()) {
            stage.close();
            return;
        }
        ButtonType save = new ButtonType(I18n.t("form.close.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(I18n.t("form.close.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(I18n.t("dialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("form.close.question"), save, discard, cancel);
        ask.initOwner(stage);
        ask.setTitle(I18n.t("form.close.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setStyle(root.getStyle());
        ask.getDialogPane().setId("formCloseQuestion");
        Windows.dialog(ask);
        ask.showAndWait().ifPresent(b -> {
            if (b == save) {
                vm.save(stage::close);
            } else if (b == discard) {
                stage.close();
            }
        });
    }

    private void build() {
        grid.setPadding(new Insets(8));
        // shares of the width, so neither column of fields falls behind a scroll bar at 1366×768 in large font; a
        // long label takes two lines
        for (int i = 0; i < 4; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(i % 2 == 1 ? 30 : 20);
            cc.setFillWidth(true);
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
        DatePicker birth = date(Field.BIRTH_DATE, "member.form.birthDate", vm.birthDate, "formBirth");
        // a birth year from an imported list shows as "1965" and stays a year until a full date is typed
        FormFields.partial(birth, vm::partialBirth, vm::partialBirthText);
        text(null, "member.form.placeOfBirth", vm.placeOfBirth, "formPlaceOfBirth");
        text(null, "member.form.homeTown", vm.homeTown, "formHomeTown");
        text(null, "member.form.permanentAddress", vm.permanentAddress, "formPermanent");
        text(null, "member.form.temporaryAddress", vm.temporaryAddress, "formTemporary");
        text(Field.CCCD, "member.form.cccd", vm.cccd, "formCccd");
        text(Field.PHONE, "member.form.phone", vm.phone, "formPhone");
        choice(null, "member.form.ethnicity", vm.codeChoices.get("ETHNICITY"), vm.ethnicity);
        choice(null, "member.form.religion", vm.codeChoices.get("RELIGION"), vm.religion);
        ComboBox<Choice<Long>> unit = choice(Field.UNIT, "member.form.unit", vm.cells, vm.unit);
        unit.setId("formUnit");
        // a saved member changes cell only through a dated event (the event area on the right)
        unit.disableProperty().bind(vm.unitLocked());
        unit.setTooltip(new Tooltip(I18n.t("member.form.unitByEvent", I18n.t(EventType.INTERNAL_TRANSFER.i18nKey()))));
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
        close.setId("formClose");
        close.setOnAction(e -> requestClose());
        status.getStyleClass().add("title-4");
        Label historyTitle = new Label(I18n.t("member.form.history"));
        historyTitle.getStyleClass().add("text-bold");
        VBox side = new VBox(8, status, age, historyTitle, history(), correctionLine(), letterDecisionLine(), eventLine());
        // a member not saved yet has no history: the form takes the whole width
        side.visibleProperty().bind(vm.existing());
        side.managedProperty().bind(vm.existing());
        side.setPrefWidth(440);
        side.setMaxWidth(440);
        side.setMinWidth(440);
        side.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(new VBox(arrivalSection(), grid));
        scroll.setFitToWidth(true);
        Label heading = bound("formTitle", vm.title());
        heading.getStyleClass().add("title-3");
        heading.setPadding(new Insets(8, 8, 0, 8));
        root.setTop(heading);
        root.setCenter(scroll);
        root.setRight(side);
        HBox buttons = new HBox(10, message, changesButton(), save, close);
        buttons.setPadding(new Insets(8));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(buttons);
        root.setId("memberForm");
    }

    /// Every recorded change to this member (who, when, what), from the audit trail.
    private Button changesButton() {
        Button b = new Button(I18n.t("member.form.changes"));
        b.setId("formChanges");
        BooleanBinding shown = vm.existing().and(new SimpleBooleanProperty(changes.isPresent()));
        b.visibleProperty().bind(shown);
        b.managedProperty().bind(shown);
        b.setOnAction(e -> vm.memberId().ifPresent(id -> changes.orElseThrow().show(root.getScene().getWindow(),
                MemberService.AUDIT_ENTITY, id, I18n.t("member.form.changesTitle", vm.memberName()))));
        return b;
    }

    private ListView<MemberEvent> history() {
        ListView<MemberEvent> list = new ListView<>(vm.events());
        list.setId("formHistory");
        list.setPlaceholder(new Label(I18n.t("member.form.historyEmpty")));
        list.setCellFactory(v -> new ListCell<>() {
            // a Text wraps at a known width, so the cell is as high as all the lines of a long entry
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(v.widthProperty().subtract(30));
                text.fontProperty().bind(fontProperty());
                text.fillProperty().bind(textFillProperty());
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(MemberEvent e, boolean empty) {
                super.updateItem(e, empty);
                text.setText(empty || e == null ? "" : vm.historyLine(e));
                // a cancelled event stays in the history, struck through
                text.setStrikethrough(e != null && e.cancelled());
                setGraphic(empty || e == null ? null : text);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedEvent.set(b));
        list.setPrefHeight(230);
        // when the event fields need the room (a transfer's details and their messages), the list gives it up
        list.setMinHeight(90);
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    /// Cancel or correct the selected (newest) event, with a reason kept in the history.
    private HBox correctionLine() {
        TextField reason = new TextField();
        reason.setId("cancelReason");
        reason.setPromptText(I18n.t("member.event.cancel.reason"));
        reason.textProperty().bindBidirectional(vm.cancelReason);
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button cancel = new Button(I18n.t("member.event.cancel"));
        cancel.setId("eventCancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.disableProperty().bind(vm.canCancel().not());
        cancel.setOnAction(x -> vm.cancelEvent());
        Button correct = new Button(I18n.t("member.event.correct"));
        correct.setId("eventCorrect");
        correct.setMinWidth(Region.USE_PREF_SIZE);
        correct.disableProperty().bind(vm.canCancel().not());
        correct.setOnAction(x -> vm.correctEvent());
        HBox box = new HBox(6, reason, cancel, correct);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /// For a transfer in whose letter came late: the committee's decision, in a small dialog. Shown only then.
    private HBox letterDecisionLine() {
        Button decide = new Button(I18n.t("member.letter.open"));
        decide.setId("letterDecision");
        decide.setTooltip(new Tooltip(I18n.t("member.letter.openTip")));
        decide.setMinWidth(Region.USE_PREF_SIZE);
        decide.setOnAction(x -> vm.letterDecision().ifPresent(d -> new LetterDecisionView(d)
                .show(root.getScene().getWindow(), root.getStyle())));
        HBox box = new HBox(6, decide);
        box.visibleProperty().bind(vm.canDecideLetter());
        box.managedProperty().bind(vm.canDecideLetter());
        return box;
    }

    private VBox eventLine() {
        ComboBox<EventType> type = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.stream(EventType.values()).filter(EventType::recordedByHand).toList()));
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
        // after recording, the value is null again: a plain ComboBox would then show a blank instead of its prompt
        type.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(EventType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? I18n.t("member.event.dialog.type") : I18n.t(t.i18nKey()));
            }
        });
        type.valueProperty().bindBidirectional(vm.event.type);
        type.setMaxWidth(Double.MAX_VALUE);
        EventInputViewModel e = vm.event;
        VBox fields = new EventInputView(e, validation, "event", 150)
                .date(EventRules.Field.DATE, "member.event.dialog.date", e.date)
                .text(EventRules.Field.DECISION_NO, "member.event.dialog.decisionNo", e.decision)
                .external()
                .cell(vm.cells)
                .date(EventRules.Field.EXPECTED_RETURN, "member.event.expectedReturn", e.expectedReturn)
                .date(EventRules.Field.LETTER_DATE, "member.event.letterDate", e.letterDate)
                .text(EventRules.Field.CONSENT_NO, "member.event.consentNo", e.consentNo)
                .date(EventRules.Field.CONSENT_DATE, "member.event.consentDate", e.consentDate)
                .date(EventRules.Field.RECORD_CLEARED, "member.event.recordCleared", e.recordCleared)
                .text(EventRules.Field.NOTE, "member.event.dialog.note", e.note)
                .box();
        Label hint = bound("eventHint", vm.eventHint());
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Button record = new Button(I18n.t("member.event.dialog.save"));
        record.setId("eventRecord");
        record.disableProperty().bind(vm.eventAllowed().not());
        record.setOnAction(x -> vm.recordEvent());
        VBox box = new VBox(6, type, fields, hint, record);
        box.visibleProperty().bind(vm.existing());
        box.managedProperty().bind(vm.existing());
        return box;
    }

    /// How a new member comes onto the roll: admitted here, or by transfer with the origin and the letter.
    private VBox arrivalSection() {
        ToggleGroup group = new ToggleGroup();
        RadioButton admitted = new RadioButton(I18n.t("member.form.arrival.admission"));
        admitted.setId("arrivalAdmission");
        RadioButton transfer = new RadioButton(I18n.t("member.form.arrival.transfer"));
        transfer.setId("arrivalTransfer");
        admitted.setToggleGroup(group);
        transfer.setToggleGroup(group);
        admitted.setSelected(!vm.byTransfer.get());
        transfer.setSelected(vm.byTransfer.get());
        vm.byTransfer.bind(transfer.selectedProperty());
        Label title = new Label(I18n.t("member.form.arrival"));
        title.getStyleClass().add("text-bold");
        EventInputViewModel a = vm.arrival;
        VBox fields = new EventInputView(a, validation, "arrival", 175)
                .external()
                .date(EventRules.Field.DATE, "member.form.arrival.date", a.date)
                .text(EventRules.Field.DECISION_NO, "member.form.arrival.letterNo", a.decision)
                .date(EventRules.Field.LETTER_DATE, "member.event.letterDate", a.letterDate)
                .box();
        fields.visibleProperty().bind(transfer.selectedProperty());
        fields.managedProperty().bind(transfer.selectedProperty());
        fields.setMaxWidth(620);
        VBox box = new VBox(8, new HBox(16, title, admitted, transfer), fields);
        box.setPadding(new Insets(8, 8, 0, 8));
        box.visibleProperty().bind(vm.existing().not());
        box.managedProperty().bind(vm.existing().not());
        return box;
    }

    private static Label bound(String id, ObservableValue<String> text) {
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

    private DatePicker date(Field f, String key, ObjectProperty<LocalDate> p, String id) {
        DatePicker d = FormFields.datePicker(p);
        d.setId(id);
        FormFields.onReading(d, r -> vm.typedDate(f, I18n.t(key), r));
        add(f, key, d);
        return d;
    }

    private <T> ComboBox<Choice<T>> choice(Field f, String key, ObservableList<Choice<T>> items,
                                           ObjectProperty<Choice<T>> p) {
        ComboBox<Choice<T>> c = new ComboBox<>(items);
        c.valueProperty().bindBidirectional(p);
        c.setMaxWidth(Double.MAX_VALUE);
        add(f, key, c);
        return c;
    }

    /// Adds a labelled control; a checked field gets a decoration from the ViewModel's message and a red line under it.
    private void add(Field f, String key, Control c) {
        int col = (row % 2) * 2;
        int r = row / 2 * 2;
        Label label = new Label(I18n.t(key));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(label, col, r);
        grid.add(c, col + 1, r);
        c.setMaxWidth(Double.MAX_VALUE);
        if (f != null) {
            grid.add(FormFields.decorate(validation, c, vm.message(f), vm.warning(f), "error-" + f.name()), col + 1, r + 1);
            c.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    vm.touch(f);
                }
            });
        }
        row++;
    }
}
