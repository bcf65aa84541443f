package vn.dangvu.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.commendation.AwardForm;
import vn.dangvu.commendation.CashRate;
import vn.dangvu.commendation.DecisionInput;
import vn.dangvu.commendation.DecisionKind;
import vn.dangvu.commendation.EntryInput;
import vn.dangvu.commendation.ExternalAward;
import vn.dangvu.commendation.Signing;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.meetings.MeetingInput;
import vn.dangvu.meetings.MeetingKind;
import vn.dangvu.members.BadgeRules;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.TransferDetails;
import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.UnitKind;
import vn.dangvu.plans.ActivityInput;
import vn.dangvu.plans.ActivityKind;
import vn.dangvu.rating.RuleSet;
import vn.dangvu.registrations.ItemTemplate;
import vn.dangvu.registrations.RegistrationForm;
import vn.dangvu.registrations.RegistrationItem;
import vn.dangvu.registrations.Subject;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.NewLeader;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.UnitDetails;
import vn.dangvu.units.UnitRules;
import vn.dangvu.units.UnitUpdate;

/// Every kind of change a user can make today (members, events, imports, units, leadership, settings, year states,
/// document numbers, the register reconciliation, holidays, badge holds, rule sets, the rating date, the year's plan,
/// cell meetings, learning registrations) leaves its row in the audit trail, through the same service methods the screens and the command
/// line call; a refused change leaves none. Writes not exercised here are listed below with the reason.
class EveryChangeIsRecordedTest {

    @FunctionalInterface
    private interface Change {
        void run() throws Exception;
    }

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;
    private AppContext ctx;
    private final Set<String> covered = new TreeSet<>();

    @Test
    void eachServiceWriteRecordsItsChangeAndARefusalRecordsNothing() throws Exception {
        try (AppContext c = new AppContext(Database.create(dir.resolve("db")), TestClocks.at(2026, 11, 21))) {
            ctx = c;
            recorded("SettingsService.setup", "SETTINGS_SETUP", "organization_settings", () -> c.settings().setup(
                    new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030)));
            long root = c.units().root().orElseThrow().id();
            long cell1 = cell("Chi bộ thôn 1");
            long cell2 = cell("Chi bộ thôn 2");
            long cell3 = cell("Chi bộ thôn 3");
            UnitDetails d1 = c.units().details(cell1).orElseThrow();
            recorded("UnitService.rename", "UNIT_RENAME", "party_unit", () -> c.units().rename(cell1, "Chi bộ thôn Đông"));
            recorded("UnitService.update", "UNIT_UPDATE", "party_unit", () -> c.units().update(new UnitUpdate(cell1, "Chi bộ thôn Đông",
                    d1.unit().cellType(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Tối thứ Hai đầu tháng"),
                    Optional.empty())));
            assertTrue(latest().summary().contains("meetingSchedule:  -> Tối thứ Hai đầu tháng"), latest().summary());
            long group = c.units().create(new NewUnit(Optional.of(cell1), UnitKind.PARTY_GROUP, Optional.empty(), "Tổ đảng 1",
                    Optional.empty(), Optional.empty()));
            recorded("UnitService.move", "UNIT_MOVE", "party_unit", () -> c.units().move(group, cell2));

            c.audit().setOperator("Nguyễn Thị Lan");
            long[] member = new long[1];
            recorded("MemberService.save", "MEMBER_CREATE", "party_member", () -> member[0] = c.members().save(details(cell1, "An")));
            assertEquals(Optional.of("Nguyễn Thị Lan"), latest().operator());
            MemberDetails saved = c.members().find(member[0]).orElseThrow();
            recorded("MemberService.save", "MEMBER_EDIT", "party_member", () -> c.members().save(withHomeTown(saved, "Nghệ An")));
            assertTrue(latest().summary().contains("homeTown: Hà Tĩnh -> Nghệ An"), latest().summary());
            recorded("MemberLifecycleService.record", "MEMBER_EVENT", "party_member", () -> c.members().lifecycle().record(new NewEvent(member[0],
                    EventType.INTERNAL_TRANSFER, DAY, "15-QĐ/ĐU", null, TransferDetails.toCell(cell3))));

            long[] leader = new long[1];
            recorded("UnitService.addLeader", "LEADER_ADD", "leadership_assignment", () -> leader[0] = c.units().addLeader(new NewLeader(cell3,
                    Optional.of(member[0]), UnitRules.LeaderRole.SECRETARY, Optional.of(DAY), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty())));
            recorded("UnitService.endLeader", "LEADER_END", "leadership_assignment",
                    () -> c.units().endLeader(leader[0], Optional.of(DAY.plusDays(5))));
            recorded("UnitService.removeLeader", "LEADER_REMOVE", "leadership_assignment", () -> c.units().removeLeader(leader[0]));

            recorded("UnitService.merge", "UNIT_MERGE", "party_unit", () -> c.units().merge(cell3, cell1, Optional.of(DAY.plusDays(10)),
                    Optional.of("20-QĐ/ĐU")));
            // the moved member's own history shows the move
            AuditEntry moved = c.audit().find(AuditQuery.of("party_member", member[0])).getFirst();
            assertEquals("MEMBER_EVENT", moved.action());
            assertTrue(moved.summary().startsWith("UNIT_MERGE"), moved.summary());
            recorded("UnitService.dissolve", "UNIT_DISSOLVE", "party_unit",
                    () -> c.units().dissolve(group, Optional.of(DAY.plusDays(11)), Optional.empty()));
            assertTrue(root > 0);

            Path list = workbook(dir.resolve("ds.xlsx"));
            recorded("MemberImportService.importFile", "MEMBER_IMPORT", "party_member",
                    () -> c.memberImport().importFile(list, ImportOptions.defaults(DAY)));
            // the list had no badge columns: its members' badges before a date are marked awarded in bulk (issue 8)
            recorded("BadgeService.markAwardedBefore", "BADGE_MARK_AWARDED", "badge_award", () -> c.badges().markAwardedBefore(DAY));

            recorded("WorkingYearService.open", "YEAR_OPEN", "working_year", () -> c.years().open(2026, Optional.of("Chuyên đề năm 2026")));
            recorded("WorkingYearService.setThemes", "YEAR_THEMES", "working_year",
                    () -> c.years().setThemes(2026, "Chuyên đề nhiệm kỳ", "Chuyên đề năm"));
            String rules = c.years().find(2026).orElseThrow().ruleSetCode();
            recorded("WorkingYearService.setRuleSet", "YEAR_RULE_SET", "working_year", () -> c.years().setRuleSet(2026, rules));
            recorded("WorkingYearService.startReview", "YEAR_REVIEW", "working_year", () -> c.years().startReview(2026));
            recorded("WorkingYearService.close", "YEAR_CLOSE", "working_year", () -> c.years().close(2026));
            recorded("WorkingYearService.reopen", "YEAR_REOPEN", "working_year", () -> c.years().reopen(2026, "Sửa xếp loại theo kết luận kiểm tra"));
            assertEquals(Optional.of("Sửa xếp loại theo kết luận kiểm tra"), latest().reason());
            assertEquals(Optional.of("CLOSED"), latest().oldValue());

            long[] number = new long[1];
            recorded("DocumentNumberService.issue", "DOCNO_ISSUE", "document_number", () -> number[0] = c.documentNumbers().issue("QĐ", DAY,
                    "Khen thưởng năm 2025", OptionalInt.empty()).id());
            recorded("DocumentNumberService.voidNumber", "DOCNO_VOID", "document_number",
                    () -> c.documentNumbers().voidNumber(number[0], "Viết nhầm trích yếu"));
            recorded("ReminderService.markReconciled", "REGISTER_RECONCILED", "member_register", () -> c.reminders().markReconciled());

            // rules8's settings, rating's rule sets and date, the year's plan (2026 is under review again, still writable)
            LocalDate holiday = LocalDate.of(2026, 4, 30);
            recorded("HolidayService.put", "HOLIDAY_PUT", "public_holiday",
                    () -> c.members().lifecycle().holidays().put(holiday, "Ngày Giải phóng miền Nam"));
            recorded("HolidayService.remove", "HOLIDAY_REMOVE", "public_holiday", () -> c.members().lifecycle().holidays().remove(holiday));
            recorded("BadgeService.setHold", "BADGE_HOLD", "badge_discipline_hold",
                    () -> c.badges().setHold(rules, BadgeRules.DisciplineForm.WARNING, 24));
            RuleSet[] copy = new RuleSet[1];
            recorded("RuleSetService.copy", "RULE_SET_COPY", "rule_set",
                    () -> copy[0] = c.ruleSets().copy(rules, "QD_THU", "Bộ quy định thử"));
            recorded("RuleSetService.update", "RULE_SET_EDIT", "rule_set", () -> c.ruleSets().update(copy[0]));
            recorded("RatingService.setRatingDate", "RATING_DATE", "rating_year",
                    () -> c.rating().setRatingDate(2026, LocalDate.of(2026, 12, 10)));
            recorded("PlanService.createDefault", "PLAN_DEFAULT", "year_plan", () -> c.plans().createDefault(2026));
            long[] activity = new long[1];
            recorded("PlanService.save", "PLAN_ACTIVITY_ADD", "planned_activity", () -> activity[0] = c.plans().save(2026,
                    ActivityInput.of(LocalDate.of(2026, 10, 5), ActivityKind.COMMITTEE_MEETING, "Họp cấp ủy bàn công tác cuối năm")));
            recorded("PlanService.markDone", "PLAN_ACTIVITY_DONE", "planned_activity",
                    () -> c.plans().markDone(activity[0], LocalDate.of(2026, 10, 5), Optional.of("Đã họp")));
            recorded("PlanService.reopen", "PLAN_ACTIVITY_REOPEN", "planned_activity", () -> c.plans().reopen(activity[0]));
            recorded("PlanService.postpone", "PLAN_ACTIVITY_POSTPONE", "planned_activity",
                    () -> c.plans().postpone(activity[0], "Trùng lịch họp của huyện", Optional.of(LocalDate.of(2026, 12, 7))));
            recorded("PlanService.delete", "PLAN_ACTIVITY_DELETE", "planned_activity", () -> c.plans().delete(activity[0]));
            recorded("PlanService.issueDocument", "PLAN_DOCUMENT", "year_plan",
                    () -> c.plans().issueDocument(2026, LocalDate.of(2026, 1, 5), "Kế hoạch công tác năm 2026"));
            long[] meeting = new long[1];
            recorded("MeetingService.save", "MEETING_ADD", "cell_meeting",
                    () -> meeting[0] = c.meetings().save(MeetingInput.regular(cell1, LocalDate.of(2026, 10, 6), List.of())));
            recorded("MeetingService.save", "MEETING_EDIT", "cell_meeting", () -> c.meetings().save(new MeetingInput(
                    Optional.of(meeting[0]), cell1, YearMonth.of(2026, 10), MeetingKind.REGULAR, LocalDate.of(2026, 10, 7),
                    Optional.empty(), Optional.empty(), Optional.of("Nghị quyết tháng 10"), Optional.empty(), List.of())));
            recorded("MeetingService.delete", "MEETING_DELETE", "cell_meeting", () -> c.meetings().delete(meeting[0]));
            recorded("MeetingService.saveAll", "MEETING_ADD", "cell_meeting",
                    () -> c.meetings().saveAll(List.of(MeetingInput.regular(cell1, LocalDate.of(2026, 11, 3), List.of()))));
            recorded("PlanService.openYear", "PLAN_DEFAULT", "year_plan", () -> c.plans().openYear(2027, Optional.empty(), false));
            recorded("PlanService.addAll", "PLAN_ACTIVITY_ADD", "year_plan", () -> c.plans().addAll(2027,
                    List.of(ActivityInput.of(LocalDate.of(2027, 2, 1), ActivityKind.COMMITTEE_MEETING, "Họp cấp ủy tháng 2"))));

            // the learning registrations of 2026 (the member is on cell 1's roll again after the merge), copied to 2027
            Subject an = Subject.member(member[0]);
            RegistrationForm form = RegistrationForm.of(2026, an, List.of(RegistrationItem.of("Đóng đảng phí đúng hạn", "",
                    Optional.empty())));
            long[] registration = new long[1];
            recorded("RegistrationService.save", "REGISTRATION_CREATE", "learning_registration",
                    () -> registration[0] = c.registrations().save(form).id());
            recorded("RegistrationService.save", "REGISTRATION_EDIT", "learning_registration", () -> c.registrations().save(
                    form.withId(Optional.of(registration[0])).withItems(List.of(RegistrationItem.of("Giúp một hộ khó khăn", "",
                            Optional.empty())))));
            recorded("RegistrationService.delete", "REGISTRATION_DELETE", "learning_registration",
                    () -> c.registrations().delete(2026, an));
            recorded("RegistrationService.insertAll", "REGISTRATION_BULK", "learning_registration",
                    () -> c.registrations().insertAll(2026, List.of(form)));
            ItemTemplate[] template = new ItemTemplate[1];
            recorded("RegistrationService.addTemplate", "REGISTRATION_TEMPLATE_ADD", "registration_template",
                    () -> template[0] = c.registrations().addTemplate(2026, RegistrationItem.of("Học tập chuyên đề năm", "",
                            Optional.empty())));
            recorded("RegistrationService.removeTemplate", "REGISTRATION_TEMPLATE_REMOVE", "registration_template",
                    () -> c.registrations().removeTemplate(template[0].id()));
            recorded("RegistrationService.copyFromYear", "REGISTRATION_COPY", "learning_registration",
                    () -> c.registrations().copyFromYear(2026, 2027));

            // commendation: a decision for the member, voided through the register; the cash rate; an award from the province
            recorded("CommendationService.setRate", "COMMENDATION_RATE", "commendation_rate",
                    () -> c.commendations().setRate(new CashRate(2_340_000, new BigDecimal("0.3"), new BigDecimal("0.6"))));
            long[] decision = new long[1];
            recorded("CommendationService.issue", "COMMENDATION_ISSUE", "commendation_decision", () -> decision[0] = c.commendations()
                    .issue(new DecisionInput(2026, DecisionKind.AD_HOC, LocalDate.of(2026, 11, 20), Signing.STANDING_COMMITTEE,
                            "Nguyễn Văn Bí", AwardForm.GIAY_KHEN, "Quyết định khen thưởng đột xuất", "Dũng cảm cứu người", "",
                            OptionalInt.empty()), List.of(EntryInput.member(member[0]))).id());
            recorded("CommendationService.voidDecision", "COMMENDATION_VOID", "commendation_decision",
                    () -> c.commendations().voidDecision(decision[0], "Ban hành nhầm"));
            recorded("CommendationService.recordExternalAward", "COMMENDATION_EXTERNAL", "commendation_entry",
                    () -> c.commendations().recordExternalAward(new ExternalAward(member[0], "Bằng khen", "Ban Thường vụ Tỉnh ủy",
                            "Hoàn thành xuất sắc nhiệm vụ 5 năm liền", "123-QĐ/TU", LocalDate.of(2026, 2, 3))));

            // refused changes: nothing recorded
            int before = c.audit().find(AuditQuery.all(10_000)).size();
            assertThrows(AppException.class, () -> c.units().rename(cell2, "Chi bộ thôn Đông"));
            assertThrows(AppException.class, () -> c.members().save(details(cell1, " ")));
            assertThrows(AppException.class, () -> c.years().reopen(2026, "lần nữa"));
            assertEquals(before, c.audit().find(AuditQuery.all(10_000)).size());
        }
        // the merge moved the member through the lifecycle service's roll move (its entry checked above)
        covered.add("MemberLifecycleService.moveAllOnRoll");
        Set<String> writers = ServiceWrites.scan(SOURCES).stream().filter(m -> !NOT_A_USER_CHANGE.containsKey(m)).collect(
                Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(writers);
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "service methods that write but are not exercised here: record their change through"
                + " AuditService and add them above, or say below why one is no user's change");
        assertEquals(writers, covered);
    }

    /// Public service methods that write but are no change of a user's own: each with the reason.
    private static final Map<String, String> NOT_A_USER_CHANGE = Map.ofEntries(
            Map.entry("AuditService.record", "the trail itself"),
            Map.entry("AuditService.recordAll", "the trail itself"),
            Map.entry("DemoService.populate", "builds the demo commune, a file of its own"),
            Map.entry("MemberService.importMembers", "bulk step of MemberImportService.importFile (recorded there) and the demo"),
            Map.entry("UnitService.importLeaders", "bulk step of the demo commune"),
            Map.entry("WorkingYearService.importYears", "bulk step of the demo commune"),
            Map.entry("WorkingYearService.addTheme", "bulk step of the demo commune"),
            Map.entry("SettingsService.addPastTerm", "bulk step of the demo commune"),
            Map.entry("BadgeService.recordAwards", "bulk step of the demo commune"),
            Map.entry("BadgeService.carryIn", "bulk step of MemberImportService.importFile (recorded there)"),
            Map.entry("DocumentNumberService.importNumbers", "bulk step of the demo commune"),
            Map.entry("CommendationService.importDecisions", "bulk step of the demo commune"),
            Map.entry("CommendationService.importEntries", "bulk step of the demo commune"),
            Map.entry("DocumentNumberService.preview", "a read that may refuse (db.change), writes nothing"),
            Map.entry("DocumentNumberService.register", "a read that may refuse (db.change), writes nothing"),
            Map.entry("DocumentNumberService.findByText", "a read that may refuse (db.change), writes nothing"),
            Map.entry("WorkingYearService.requireWritable", "a check inside the caller's transaction, writes nothing"),
            Map.entry("RegistrationService.importHistory", "bulk step of the demo commune"),
            Map.entry("RegistrationImportService.importFile", "writes through RegistrationService.insertAll (exercised above)"),
            Map.entry("MeetingService.newSheet", "reads or creates the month's sheet (recorded on save)"),
            Map.entry("MeetingService.sheet", "reads or creates the month's sheet (recorded on save)"),
            Map.entry("PlanService.cellMeetingHeld", "inside MeetingService.save (recorded there)"),
            Map.entry("PlanService.cellMeetingRemoved", "inside MeetingService.delete (recorded there)"),
            // issue 11 (rating): these record through AuditService (RATING_SAVE, RATING_CLEAR, RATING_NOT_RATED,
            // RATING_DECISION) but need a rated roster of members this test does not build
            Map.entry("RatingService.importEvaluations", "bulk step of the demo commune and of RatingImportService (recorded there)"),
            Map.entry("RatingService.issueUnitDecision", "recorded, not yet exercised here"),
            Map.entry("RatingService.save", "recorded, not yet exercised here"),
            Map.entry("RatingService.saveAll", "recorded, not yet exercised here"),
            // issue 8's member rules (merged after this test was written): recorded through AuditService, checked by
            // MemberCorrectionServiceTest, TransferLetter/holiday tests and BadgeRulesTest, not exercised here yet
            Map.entry("MemberLifecycleService.cancel", "recorded, not yet exercised here"),
            Map.entry("MemberLifecycleService.correct", "recorded, not yet exercised here"),
            Map.entry("MemberLifecycleService.decideLateLetter", "recorded, not yet exercised here"));

    private static final Path SOURCES = Path.of("src/main/java/vn/dangvu");

    @Test
    void theScanFindsWriteMethodsThroughPrivateHelpers() throws IOException {
        Set<String> found = ServiceWrites.scan(SOURCES);
        // startReview writes through a private helper, rename through update, endLeader through UnitService.save(...)
        assertTrue(found.containsAll(List.of("WorkingYearService.startReview", "UnitService.rename", "UnitService.endLeader",
                "MemberImportService.importFile")), found.toString());
        assertTrue(found.stream().noneMatch(m -> m.equals("MemberService.find") || m.equals("UnitService.all")), found.toString());
    }

    /// The change runs and the newest entry is of this kind and entity type, recorded under the computer account.
    private void recorded(String method, String action, String entityType, Change change) throws Exception {
        covered.add(method);
        int before = ctx.audit().find(AuditQuery.all(10_000)).size();
        change.run();
        List<AuditEntry> after = ctx.audit().find(AuditQuery.all(10_000));
        assertTrue(after.size() > before, action + " recorded nothing");
        AuditEntry e = after.stream().filter(x -> x.action().equals(action)).findFirst().orElseThrow(() ->
                new AssertionError(action + " not among " + after.subList(0, after.size() - before)));
        assertEquals(Optional.of(entityType), e.entityType(), action);
        assertEquals(System.getProperty("user.name"), e.actor());
    }

    private AuditEntry latest() {
        return ctx.audit().find(AuditQuery.all(1)).getFirst();
    }

    private long cell(String name) throws Exception {
        long root = ctx.units().root().orElseThrow().id();
        long[] id = new long[1];
        recorded("UnitService.create", "UNIT_CREATE", "party_unit", () -> id[0] = ctx.units().create(new NewUnit(Optional.of(root),
                UnitKind.SUBORDINATE_CELL, Optional.of(CellType.HAMLET), name, Optional.empty(), Optional.empty())));
        return id[0];
    }

    private static MemberDetails details(long unit, String given) {
        LocalDate admitted = LocalDate.of(2000, 3, 1);
        return new MemberDetails(null, "Trần", "Văn", given, Gender.MALE, LocalDate.of(1975, 5, 2), null, "Hà Tĩnh", null,
                null, null, null, "ETH_01", null, unit, admitted, "12-QĐ/HU", admitted.plusDays(10), LocalDate.of(2001, 3, 15),
                null, null, null, null, null, null, null, null, null, false);
    }

    private static Path workbook(Path f) throws IOException {
        Object[][] rows = {
            {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Ngày chính thức", "Chi bộ"},
            {"1", "Lê Thị Bình", "12/07/1985", "Nữ", "19/05/2010", "19/05/2011", "Chi bộ thôn Đông"},
            {"2", "Phạm Văn Cường", "01/01/1970", "Nam", "03/02/2000", "03/02/2001", "Chi bộ thôn Đông"},
        };
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("Danh sách");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int k = 0; k < rows[r].length; k++) {
                    row.createCell(k).setCellValue(rows[r][k].toString());
                }
            }
            wb.write(out);
        }
        return f;
    }

    private static MemberDetails withHomeTown(MemberDetails d, String town) {
        return new MemberDetails(d.id(), d.familyName(), d.middleName(), d.givenName(), d.gender(), d.birthDate(),
                d.placeOfBirth(), town, d.permanentAddress(), d.temporaryAddress(), d.cccdNumber(), d.phone(),
                d.ethnicityCode(), d.religionCode(), d.unitId(), d.admissionDecisionDate(), d.admissionDecisionNo(),
                d.admissionCeremonyDate(), d.fullMembershipDate(), d.cardNumber(), d.dossierNumber(), d.generalEducation(),
                d.professionalLevel(), d.theoryLevel(), d.occupation(), d.note(), d.status(), d.firstAdmissionDate(),
                d.readmitted());
    }
}
