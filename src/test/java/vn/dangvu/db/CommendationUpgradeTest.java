package vn.dangvu.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.commendation.AwardForm;
import vn.dangvu.commendation.CashRate;
import vn.dangvu.commendation.Decision;
import vn.dangvu.commendation.Entry;
import vn.dangvu.commendation.ListedEntry;
import vn.dangvu.commendation.RecipientKind;
import vn.dangvu.commendation.Signing;

/// V10 (commendation) on a file written at V9 with a decision as earlier versions' demo wrote it: the decision reads
/// as a giấy khen with its signing form, its entries and external awards come through, and the cash rate is seeded.
class CommendationUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void decisionsWrittenAtV9SurviveAndTheRateIsSeeded() throws Exception {
        Path base = dir.resolve("v9");
        Flyway.configure().dataSource(Database.url(base, false), Database.USER, Database.PASSWORD)
                .locations(Migrations.LOCATION).target("9").load().migrate();
        DbFiles.sql(base,
                "INSERT INTO party_unit (id, kind, name, name_fold) VALUES (1, 'COMMUNE_COMMITTEE', 'Đảng bộ xã Phú Sơn', 'dang bo xa phu son')",
                "INSERT INTO party_unit (id, parent_id, kind, name, name_fold) VALUES (2, 1, 'SUBORDINATE_CELL', 'Chi bộ thôn 1', 'chi bo thon 1')",
                "INSERT INTO party_member (id, unit_id, family_name, middle_name, given_name, full_name, full_name_fold, given_name_fold,"
                        + " sort_key, gender, status) VALUES (100, 2, 'Nguyễn', 'Văn', 'An', 'Nguyễn Văn An', 'nguyen van an', 'an', '00',"
                        + " 'MALE', 'OFFICIAL')",
                "INSERT INTO commendation_decision (id, work_year, decision_kind, number_text, decision_date, issuer_body, title,"
                        + " signer_authority, signer_title, signer_name, reward_per_collective, reward_per_individual, status) VALUES"
                        + " (7, 2025, 'PERIODIC_YEAR', '15-QĐ/ĐU', DATE '2026-01-20', 'BTV', 'Quyết định khen thưởng năm 2025',"
                        + " 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn Bí', 600000, 300000, 'ISSUED')",
                "INSERT INTO commendation_entry (decision_id, recipient_type, unit_id, recipient_name, award_form, achievement_text,"
                        + " cash_amount, registry_no) VALUES (7, 'UNIT', 2, 'Chi bộ thôn 1', 'GIAY_KHEN', 'Hoàn thành xuất sắc nhiệm vụ năm 2025',"
                        + " 600000, '5/GK')",
                "INSERT INTO commendation_entry (decision_id, recipient_type, member_id, recipient_name, award_form, cash_amount)"
                        + " VALUES (7, 'MEMBER', 100, 'Nguyễn Văn An', 'GIAY_KHEN', 300000)",
                "INSERT INTO commendation_entry (recipient_type, member_id, recipient_name, award_form, external_issuer, awarded_date)"
                        + " VALUES ('MEMBER', 100, 'Nguyễn Văn An', 'BANG_KHEN', 'Tỉnh ủy Khánh Hòa', DATE '2024-05-19')");

        try (AppContext ctx = new AppContext(Database.open(base), TestClocks.at(2026, 11, 21))) {
            assertTrue(ctx.db().migrationBackup().isPresent());
            List<Decision> decisions = ctx.commendations().decisions(2025);
            assertEquals(1, decisions.size());
            Decision d = decisions.getFirst();
            assertEquals(List.of("15-QĐ/ĐU", "GIAY_KHEN", "2", "300000", "600000"), List.of(d.number(), d.form().name(),
                    String.valueOf(d.entries()), String.valueOf(d.cashIndividual()), String.valueOf(d.cashCollective())));
            assertEquals(Optional.of(Signing.STANDING_COMMITTEE), d.signing());
            List<Entry> entries = ctx.commendations().entries(7);
            assertEquals(List.of("Chi bộ thôn 1|5/GK|0", "Nguyễn Văn An||0"), entries.stream()
                    .map(e -> e.name() + "|" + e.registryNo() + "|" + e.prints()).toList());
            assertEquals(List.of(new ListedEntry("15-QĐ/ĐU", LocalDate.of(2026, 1, 20), AwardForm.GIAY_KHEN, "Chi bộ thôn 1",
                    RecipientKind.UNIT), new ListedEntry("15-QĐ/ĐU", LocalDate.of(2026, 1, 20), AwardForm.GIAY_KHEN, "Nguyễn Văn An",
                    RecipientKind.MEMBER)), ctx.commendations().list(2025));
            assertEquals(new CashRate(2_340_000, new BigDecimal("0.30"), new BigDecimal("0.60")), ctx.commendations().rate());
        }
    }
}
