package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.registrations.Assessment;
import vn.dangvu.registrations.Registration;
import vn.dangvu.registrations.RegistrationItem;
import vn.dangvu.registrations.RegistrationStatus;
import vn.dangvu.registrations.Subject;
import vn.dangvu.registrations.Tally;

/// V8 (registrations) on a file written at V5 with the registrations earlier versions' demo wrote: reviewed items
/// that carried only a result text get their self and cell assessments, and everything else comes through.
class RegistrationsUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void registrationsWrittenAtV5SurviveAndReviewedItemsGetTheirAssessments() throws Exception {
        Path base = dir.resolve("v5");
        Flyway.configure().dataSource(Database.url(base, false), Database.USER, Database.PASSWORD)
                .locations(Migrations.LOCATION).target("5").load().migrate();
        DbFiles.sql(base,
                "INSERT INTO working_year (work_year, rule_set_code, status) VALUES (2025, 'Q366_HD43', 'CLOSED')",
                "INSERT INTO working_year (work_year, rule_set_code, status) VALUES (2026, 'Q366_HD43', 'OPEN')",
                "INSERT INTO party_unit (id, kind, name, name_fold) VALUES (1, 'COMMUNE_COMMITTEE', 'Đảng bộ xã Phú Sơn', 'dang bo xa phu son')",
                "INSERT INTO party_unit (id, parent_id, kind, name, name_fold) VALUES (2, 1, 'SUBORDINATE_CELL', 'Chi bộ thôn 1', 'chi bo thon 1')",
                "INSERT INTO party_member (id, unit_id, family_name, middle_name, given_name, full_name, full_name_fold, given_name_fold,"
                        + " sort_key, gender, status) VALUES (100, 2, 'Nguyễn', 'Văn', 'An', 'Nguyễn Văn An', 'nguyen van an', 'an', '00',"
                        + " 'MALE', 'OFFICIAL')",
                "INSERT INTO learning_registration (id, work_year, member_id, unit_id, study_items, registered_date, status,"
                        + " cell_comment, result_level) VALUES (10, 2025, 100, 2, 'Chuyên đề năm 2025', DATE '2025-02-20', 'REVIEWED',"
                        + " 'Thực hiện đầy đủ', 'GOOD')",
                "INSERT INTO registration_item (registration_id, seq, action_text, measures, deadline, result) VALUES"
                        + " (10, 1, 'Tham gia đầy đủ sinh hoạt chi bộ', 'Báo cáo trước khi vắng', DATE '2025-12-31', 'Đã hoàn thành'),"
                        + " (10, 2, 'Giúp một hộ khó khăn', NULL, NULL, 'Hoàn thành một phần')",
                "INSERT INTO learning_registration (id, work_year, member_id, unit_id, status) VALUES (11, 2026, 100, 2, 'CONFIRMED')",
                "INSERT INTO registration_item (registration_id, seq, action_text, result) VALUES (11, 1, 'Đóng đảng phí', 'Đã hoàn thành')",
                "INSERT INTO collective_registration (work_year, unit_id, target_level, content, status) VALUES (2025, 2, 'EXCELLENT',"
                        + " 'Xây dựng chi bộ trong sạch, vững mạnh', 'REVIEWED')");

        try (AppContext ctx = new AppContext(Database.open(base), TestClocks.at(2026, 11, 21))) {
            assertTrue(ctx.db().migrationBackup().isPresent());
            Registration r2025 = ctx.registrations().find(2025, Subject.member(100)).orElseThrow();
            assertEquals(RegistrationStatus.REVIEWED, r2025.status());
            assertEquals("Thực hiện đầy đủ", r2025.form().review());
            assertEquals(List.of(
                    new RegistrationItem("Tham gia đầy đủ sinh hoạt chi bộ", "Báo cáo trước khi vắng", Optional.of(LocalDate.of(2025, 12, 31)),
                            "", Optional.of(Assessment.DONE), "Đã hoàn thành", Optional.of(Assessment.DONE), ""),
                    new RegistrationItem("Giúp một hộ khó khăn", "", Optional.empty(), "", Optional.of(Assessment.PARTLY),
                            "Hoàn thành một phần", Optional.of(Assessment.PARTLY), "")), r2025.form().items());
            assertEquals(new Tally(2, 1, 1, 1, 0), ctx.registrations().results(2025).get(100L).tally());
            // a registration not reviewed keeps its text without an assessment
            RegistrationItem open = ctx.registrations().find(2026, Subject.member(100)).orElseThrow().form().items().get(0);
            assertEquals(Optional.empty(), open.selfResult());
            assertEquals("Đã hoàn thành", open.selfNote());
            Registration cell = ctx.registrations().find(2025, Subject.cell(2)).orElseThrow();
            assertEquals(Optional.of("EXCELLENT"), cell.form().targetLevel());
            assertEquals(List.of(), cell.form().items());
            assertEquals(1, ctx.registrations().coverage(2025).cells().size());
        }
    }
}
