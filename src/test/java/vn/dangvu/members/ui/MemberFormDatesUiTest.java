package vn.dangvu.members.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.dangvu.App;
import vn.dangvu.AppContext;
import vn.dangvu.AppWorkspace;
import vn.dangvu.TestClocks;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoOptions;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.shell.Shots;
import vn.dangvu.ui.Choice;
import vn.dangvu.ui.FxBackgroundTasks;

/// Every date field of the member form, its arrival by transfer and its event area, driven through the real View at
/// 1280×768: 31/02/2025, 29/02/2025, 31/06/2027 and "abc" are refused with a message naming the field, the text
/// stays in the field, and nothing is written (digest of the member, event and audit tables); 29/02/2024 is taken.
/// With -Ddangvu.shots=DIR it saves the form with a refused date, laid out at 1366×768.
@Tag("ui")
class MemberFormDatesUiTest {

    private static final List<String> REFUSED = List.of("31/02/2025", "29/02/2025", "31/06/2027", "abc");
    /// The member form's date fields: control id → label.
    private static final Map<String, String> FORM_DATES = Map.of("#formBirth", "Ngày sinh",
            "#formAdmission", "Ngày quyết định kết nạp", "#formCeremony", "Ngày lễ kết nạp",
            "#formFull", "Ngày công nhận chính thức");
    private static final String CSS = App.class.getResource("/vn/dangvu/app.css").toExternalForm();
    private static final Map<String, String> FORM_ERRORS = Map.of("#formBirth", "#error-BIRTH_DATE",
            "#formAdmission", "#error-ADMISSION_DECISION_DATE", "#formCeremony", "#error-CEREMONY_DATE",
            "#formFull", "#error-FULL_MEMBERSHIP_DATE");

    @TempDir
    static Path dir;

    private static AppContext ctx;
    private static Stage stage;
    private static final FxBackgroundTasks TASKS = new FxBackgroundTasks();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void prepare() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        Path base = dir.resolve("demo").resolve("app");
        try (Database db = Database.create(base)) {
            new AppContext(db, TestClocks.at(2026, 11, 21)).demo().populate(new DemoOptions(150, 3), p -> { });
        }
        ctx = new AppContext(Database.open(base), TestClocks.at(2026, 11, 21));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    /// The message a refused text gets, written out.
    private static String refusal(String label, String typed) {
        return typed.equals("abc")
                ? label + ": «abc» không phải là ngày (gõ theo dạng ngày/tháng/năm, ví dụ 05/03/1980)."
                : label + ": " + typed + " không có trong lịch.";
    }

    @Test
    void aNewMemberFormRefusesImpossibleDaysInEveryDateFieldAndTakesTheTwentyNinthOfFebruary2024() throws Exception {
        String before = digest();
        MemberFormViewModel vm = openForm(null);
        waitUntil(() -> vm.unit.get() != null);
        // an untouched new form shows no errors
        for (String error : List.of("#error-FAMILY_NAME", "#error-BIRTH_DATE", "#error-ADMISSION_DECISION_DATE", "#formMessage")) {
            assertEquals("", text(error), error);
        }
        robot.interact(() -> {
            vm.familyName.set("Nguyễn");
            vm.middleName.set("Thị");
            vm.givenName.set("Nhuận");
            vm.gender.set(Gender.FEMALE);
        });
        for (Map.Entry<String, String> field : FORM_DATES.entrySet()) {
            for (String typed : REFUSED) {
                enter(field.getKey(), typed);
                String error = FORM_ERRORS.get(field.getKey());
                waitUntil(() -> refusal(field.getValue(), typed).equals(text(error)));
                assertEquals(typed, editor(field.getKey()), "the refused text stays in the field");
                robot.clickOn("#formSave");
                waitUntil(() -> I18n.t("member.form.fixErrors").equals(text("#formMessage")));
                assertEquals(refusal(field.getValue(), typed), text(error));
                assertEquals(before, digest());
            }
            enter(field.getKey(), "");
            waitUntil(() -> !text(error(field.getKey())).startsWith(field.getValue() + ":"));
        }

        // arriving by transfer: the arrival's date and letter date
        robot.clickOn("#arrivalTransfer");
        waitUntil(() -> robot.lookup("#arrivalDATE").query().isVisible());
        for (String id : List.of("arrivalDATE", "arrivalLETTER_DATE")) {
            String label = id.equals("arrivalDATE") ? "Ngày chuyển đến" : "Ngày giấy giới thiệu";
            for (String typed : REFUSED) {
                enter("#" + id, typed);
                waitUntil(() -> refusal(label, typed).equals(text("#error-" + id)));
                robot.clickOn("#formSave");
                waitUntil(() -> I18n.t("member.form.fixErrors").equals(text("#formMessage")));
                assertEquals(before, digest());
            }
        }
        enter("#formBirth", "29/02/2025");
        waitUntil(() -> refusal("Ngày sinh", "29/02/2025").equals(text("#error-BIRTH_DATE")));
        robot.interact(() -> robot.lookup("#formFull").queryAs(DatePicker.class).requestFocus());
        shotAt1366x768("member-form-refused-date");

        // admitted here after all, on 29 February 2024, a day that exists
        robot.clickOn("#arrivalAdmission");
        enter("#formBirth", "12/07/1985");
        enter("#formAdmission", "29/02/2024");
        enter("#formCeremony", "29/2/2024");
        waitUntil(() -> text("#error-BIRTH_DATE").isEmpty() && text("#error-ADMISSION_DECISION_DATE").isEmpty()
                && text("#error-CEREMONY_DATE").isEmpty());
        robot.clickOn("#formSave");
        waitUntil(() -> text("#formMessage").equals(I18n.t("member.form.saved", "Nguyễn Thị Nhuận")));
        MemberRow saved = ctx.members().list(new MemberQuery("nhuan", Optional.empty())).getFirst();
        MemberDetails d = ctx.members().find(saved.id()).orElseThrow();
        assertEquals(LocalDate.of(1985, 7, 12), d.birthDate());
        assertEquals(LocalDate.of(2024, 2, 29), d.admissionDecisionDate());
        assertEquals(LocalDate.of(2024, 2, 29), d.admissionCeremonyDate());
    }

    @Test
    void aSavedMembersDatesAndTheEventAreaRefuseImpossibleDaysAndEnterSavesOnlyARealDay() throws Exception {
        List<MemberRow> official = ctx.members().list(MemberQuery.all()).stream()
                .filter(r -> r.status() == MemberStatus.OFFICIAL && r.unitId() != null).toList();
        MemberRow member = official.get(official.size() / 3);
        MemberDetails stored = ctx.members().find(member.id()).orElseThrow();
        String before = digest();
        MemberFormViewModel vm = openForm(member.id());
        waitUntil(() -> !text("#formStatus").isEmpty());

        for (Map.Entry<String, String> field : FORM_DATES.entrySet()) {
            for (String typed : REFUSED) {
                enter(field.getKey(), typed);
                waitUntil(() -> refusal(field.getValue(), typed).equals(text(error(field.getKey()))));
                robot.clickOn("#formSave");
                waitUntil(() -> I18n.t("member.form.fixErrors").equals(text("#formMessage")));
                assertEquals(before, digest());
            }
            enter(field.getKey(), editorTextOf(field.getKey(), stored));
        }

        ComboBox<EventType> type = robot.lookup("#eventType").queryComboBox();
        robot.interact(() -> type.getSelectionModel().select(EventType.TEMPORARY_TRANSFER_OUT));
        waitUntil(() -> robot.lookup("#eventEXPECTED_RETURN").query().isVisible());
        robot.interact(() -> vm.event.external.set("Đảng bộ Trường Chính trị tỉnh Khánh Hòa"));
        enter("#eventDATE", "15/11/2026");
        enter("#eventEXPECTED_RETURN", "29/02/2028");
        waitUntil(() -> !robot.lookup("#eventRecord").queryButton().isDisabled());
        for (String id : List.of("eventDATE", "eventEXPECTED_RETURN")) {
            String label = id.equals("eventDATE") ? "Ngày" : "Dự kiến trở về";
            String good = id.equals("eventDATE") ? "15/11/2026" : "29/02/2028";
            for (String typed : REFUSED) {
                enter("#" + id, typed);
                waitUntil(() -> refusal(label, typed).equals(text("#error-" + id)));
                Button record = robot.lookup("#eventRecord").queryButton();
                assertTrue(record.isDisabled(), id + " " + typed);
                robot.clickOn(record);
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(before, digest());
            }
            enter("#" + id, good);
            waitUntil(() -> text("#error-" + id).isEmpty());
        }
        // the return date 29/02/2028 exists: recorded as typed
        waitUntil(() -> !robot.lookup("#eventRecord").queryButton().isDisabled());
        robot.clickOn("#eventRecord");
        waitUntil(() -> text("#formStatus").equals(I18n.t("member.form.status", I18n.t("member.status.TEMPORARILY_AWAY"))));
        assertEquals(LocalDate.of(2028, 2, 29), ctx.members().events(member.id()).getLast().transfer().expectedReturnDate());

        // Enter on a refused date: the message, the text stays, the form's default button saves nothing
        String afterEvent = digest();
        DatePicker birth = robot.lookup("#formBirth").query();
        String impossible = "31/02/" + stored.birthDate().getYear();
        robot.interact(() -> {
            birth.requestFocus();
            birth.getEditor().setText(impossible);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> refusal("Ngày sinh", impossible).equals(text("#error-BIRTH_DATE")));
        waitUntil(() -> I18n.t("member.form.fixErrors").equals(text("#formMessage")));
        assertEquals(impossible, birth.getEditor().getText());
        assertEquals(afterEvent, digest());
        // Enter on a real day typed over it: saved as typed, not the value the field held before
        LocalDate dayBefore = stored.birthDate().minusDays(1);
        robot.interact(() -> birth.getEditor().setText(dayBefore.getDayOfMonth() + "/" + dayBefore.getMonthValue() + "/"
                + dayBefore.getYear()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text("#formMessage").equals(I18n.t("member.form.saved", member.fullName())));
        assertEquals(dayBefore, ctx.members().find(member.id()).orElseThrow().birthDate());
    }

    /// Issue 8: a birth year from an imported list ("1965", stored as 01/01/1965 with precision YEAR) shows as "1965",
    /// is saved as a year when left alone, and becomes a full date only when one is typed; another bare year is refused.
    @Test
    void aBirthYearFromAListStaysAYearUntilAFullDateIsTyped() throws Exception {
        MemberRow member = ctx.members().list(MemberQuery.all()).stream()
                .filter(r -> r.status() == MemberStatus.OFFICIAL && r.unitId() != null
                        && r.admissionDecisionDate().getYear() >= 1990).toList().get(2);
        ctx.db().save(trx -> trx.dsl().execute("UPDATE party_member SET birth_date = DATE '1965-01-01', "
                + "birth_date_precision = 'YEAR' WHERE id = ?", member.id()));
        ctx.members().invalidate();
        MemberFormViewModel vm = openForm(member.id());
        waitUntil(() -> !text("#formStatus").isEmpty());
        DatePicker birth = robot.lookup("#formBirth").query();
        assertEquals("1965", birth.getEditor().getText());
        assertEquals("", text("#error-BIRTH_DATE"));
        // another field changed and saved: the year stays a year
        robot.interact(() -> vm.phone.set("0912345678"));
        robot.clickOn("#formSave");
        waitUntil(() -> text("#formMessage").equals(I18n.t("member.form.saved", member.fullName())));
        assertEquals("YEAR", precisionOf(member.id()));
        assertEquals(LocalDate.of(1965, 1, 1), ctx.members().find(member.id()).orElseThrow().birthDate());
        waitUntil(() -> "1965".equals(birth.getEditor().getText()));
        // a different bare year is not a date: refused with the field named, nothing saved
        enter("#formBirth", "1966");
        waitUntil(() -> refusal("Ngày sinh", "1966").equals(text("#error-BIRTH_DATE"))
                || text("#error-BIRTH_DATE").startsWith("Ngày sinh: "));
        robot.clickOn("#formSave");
        waitUntil(() -> I18n.t("member.form.fixErrors").equals(text("#formMessage")));
        assertEquals("YEAR", precisionOf(member.id()));
        // a full date typed: kept as that day
        enter("#formBirth", "12/04/1965");
        waitUntil(() -> text("#error-BIRTH_DATE").isEmpty());
        robot.clickOn("#formSave");
        waitUntil(() -> text("#formMessage").equals(I18n.t("member.form.saved", member.fullName())));
        assertEquals(LocalDate.of(1965, 4, 12), ctx.members().find(member.id()).orElseThrow().birthDate());
        assertEquals("DAY", precisionOf(member.id()));
    }

    private static String precisionOf(long id) {
        return ctx.db().dsl().fetchValue("SELECT birth_date_precision FROM party_member WHERE id = ?", id).toString();
    }

    @Test
    void theLetterDateOfATransferInRefusesImpossibleDays() throws Exception {
        MemberRow away = ctx.members().list(MemberQuery.all()).stream()
                .filter(r -> r.status() == MemberStatus.TRANSFERRED_OUT).findFirst().orElseThrow();
        String before = digest();
        MemberFormViewModel vm = openForm(away.id());
        waitUntil(() -> !text("#formStatus").isEmpty());
        ComboBox<EventType> type = robot.lookup("#eventType").queryComboBox();
        robot.interact(() -> type.getSelectionModel().select(EventType.TRANSFER_IN));
        waitUntil(() -> robot.lookup("#eventLETTER_DATE").query().isVisible());
        ComboBox<Choice<Long>> cell = robot.lookup("#eventTO_UNIT").queryComboBox();
        robot.interact(() -> {
            vm.event.external.set("Đảng bộ phường Nam Nha Trang");
            cell.getSelectionModel().select(cell.getItems().getLast());
        });
        enter("#eventDATE", "10/11/2026");
        for (String typed : REFUSED) {
            enter("#eventLETTER_DATE", typed);
            waitUntil(() -> refusal("Ngày giấy giới thiệu", typed).equals(text("#error-eventLETTER_DATE")));
            assertTrue(robot.lookup("#eventRecord").queryButton().isDisabled(), typed);
            assertEquals(before, digest());
        }
        enter("#eventLETTER_DATE", "03/11/2026");
        waitUntil(() -> !robot.lookup("#eventRecord").queryButton().isDisabled());

        // the calendar opened on refused text and closed again: the field shows the day it holds, as the calendar did
        enter("#eventDATE", "31/02/2025");
        waitUntil(() -> refusal("Ngày", "31/02/2025").equals(text("#error-eventDATE")));
        DatePicker date = robot.lookup("#eventDATE").query();
        robot.interact(date::show);
        robot.interact(date::hide);
        waitUntil(() -> "10/11/2026".equals(date.getEditor().getText()) && text("#error-eventDATE").isEmpty());
        assertEquals(before, digest());
    }

    private static String editorTextOf(String id, MemberDetails d) {
        LocalDate v = switch (id) {
            case "#formBirth" -> d.birthDate();
            case "#formAdmission" -> d.admissionDecisionDate();
            case "#formCeremony" -> d.admissionCeremonyDate();
            default -> d.fullMembershipDate();
        };
        return v == null ? "" : String.format("%02d/%02d/%d", v.getDayOfMonth(), v.getMonthValue(), v.getYear());
    }

    private static String error(String id) {
        return FORM_ERRORS.get(id);
    }

    /// Puts text in a date field as typing does and leaves it with Tab.
    private void enter(String id, String typed) {
        DatePicker picker = robot.lookup(id).query();
        robot.interact(() -> {
            picker.requestFocus();
            picker.getEditor().setText(typed);
        });
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String editor(String id) {
        return robot.lookup(id).queryAs(DatePicker.class).getEditor().getText();
    }

    /// What a refusal must not change: the members, their events and the audit trail, row by row.
    private static String digest() {
        StringBuilder sb = new StringBuilder();
        for (String table : List.of("party_member", "membership_event", "membership_interruption", "audit_log")) {
            sb.append(ctx.db().dsl().fetch("SELECT * FROM " + table + " ORDER BY 1").formatCSV());
        }
        return sb.length() + ":" + Integer.toHexString(sb.toString().hashCode());
    }

    private MemberFormViewModel openForm(Long id) throws TimeoutException {
        MemberFormViewModel[] vm = new MemberFormViewModel[1];
        MemberFormView[] view = new MemberFormView[1];
        robot.interact(() -> {
            vm[0] = new MemberFormViewModel(MemberScreens.formSource(ctx.members(), AppWorkspace.cells(ctx)), TASKS,
                    ctx.clock(), () -> { });
            view[0] = new MemberFormView(vm[0]);
            vm[0].load(id);
        });
        // Monocle's headless screen is 1280×800 and refuses a wider window: 1280×768 here, the screenshot at 1366×768
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene((Parent) view[0].root(), 1280, 768);
            scene.getStylesheets().add(CSS);
            s.setMaximized(false);
            s.setScene(scene);
            s.setX(0);
            s.setY(0);
            s.setWidth(1280);
            s.setHeight(768);
            s.show();
        });
        return vm[0];
    }

    /// Saves what the window shows, laid out at 1366×768 in a scene of its own (Monocle's screen is narrower).
    private void shotAt1366x768(String name) throws Exception {
        Scene[] wide = new Scene[1];
        Parent[] root = new Parent[1];
        robot.interact(() -> {
            root[0] = stage.getScene().getRoot();
            stage.getScene().setRoot(new Pane());
            wide[0] = new Scene(root[0], 1366, 768);
            wide[0].getStylesheets().add(CSS);
        });
        Shots.save(wide[0], name);
        robot.interact(() -> {
            wide[0].setRoot(new Pane());
            stage.getScene().setRoot(root[0]);
        });
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
