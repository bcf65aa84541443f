package vn.dangvu.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.TransferDetails;
import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.party.UnitKind;
import vn.dangvu.units.NewUnit;
import vn.dangvu.years.YearState;

/// The kinds of write the kill loop ([KillDuringWritesTest], [DbChild] `lanes`) makes, each through the real service
/// a screen or the command line calls, one business transaction each, tagged with its number (seq) so the parent
/// can tell after a kill which ones are in the file and whether each is whole. The kind of write number seq of a
/// lane follows from the printed seed ([#of]), so the parent knows the kind of the write in flight at the kill.
enum KillOps {
    /// The member form's save of a new member (MemberService.save: member, its events, its audit row); odd numbers
    /// add [DbChild#AUDIT_ROWS] more audit rows in the same transaction.
    FORM_SAVE,
    /// The member form's save of an edit of the lane's edit member: home town "KE-seq" (MEMBER_EDIT audit row).
    FORM_EDIT,
    /// A lifecycle event through MemberLifecycleService: the event member moves to the other cell (INTERNAL_TRANSFER,
    /// decision "KV-seq"), member, event and audit row in one transaction.
    EVENT,
    /// An Excel list of two members (cards "KI-seq-1", "KI-seq-2") through MemberImportService.importFile.
    IMPORT,
    /// A new cell "Chi bộ thử KU-seq" through UnitService.create.
    UNIT,
    /// The next state of working year 2026 through WorkingYearService: open → review → closed → reopened (reason
    /// "KY-seq") → closed → …
    YEAR_STATE;
    // Writes built on other branches (issue 9 backups and restore, issue 11 rating, issue 12 commendation) join
    // here when they reach main: add the kind, its write in #run (through its service) and its check in
    // KillDuringWritesTest.verifyLane, and it is picked by the seed like the others.

    static final String CELL_A = "Chi bộ thôn Một";
    static final String CELL_B = "Chi bộ thôn Hai";
    static final int YEAR = 2026;
    static final LocalDate FIRST_EVENT_DAY = LocalDate.of(1997, 1, 2);

    /// The kind of write number seq of lane `lane` in a run with this seed.
    static KillOps of(long seed, int lane, int seq) {
        return values()[new SplittableRandom(seed ^ (lane * 0x9E3779B97F4A7C15L) ^ (seq * 0xBF58476D1CE4E5B9L)).nextInt(values().length)];
    }

    /// The fixed things of one lane, made once in the template database.
    record Lane(long cellA, long cellB, long eventMember, long editMember) {
    }

    /// Runs write number seq of this kind on the lane; returns when the service call returned (acknowledged).
    void run(AppContext ctx, Lane lane, Path work, int seq) throws AppException, IOException {
        switch (this) {
            case FORM_SAVE -> {
                MemberDetails m = DbChild.member(seq, lane.cellA());
                if (DbChild.withAudit(seq)) {
                    DbChild.saveWithAuditRows(ctx, m, seq);
                } else {
                    ctx.members().save(m);
                }
            }
            case FORM_EDIT -> {
                MemberDetails d = ctx.members().find(lane.editMember()).orElseThrow();
                ctx.members().save(withHomeTown(d, "KE-" + seq));
            }
            case EVENT -> {
                long now = ctx.members().find(lane.eventMember()).orElseThrow().unitId();
                long to = now == lane.cellA() ? lane.cellB() : lane.cellA();
                ctx.members().lifecycle().record(new NewEvent(lane.eventMember(), EventType.INTERNAL_TRANSFER,
                        FIRST_EVENT_DAY.plusDays(seq), "KV-" + seq, null, TransferDetails.toCell(to)));
            }
            case IMPORT -> {
                Path file = work.resolve("ki-" + seq + ".xlsx");
                workbook(file, seq);
                ctx.memberImport().importFile(file, ImportOptions.defaults(LocalDate.of(2026, 11, 21)));
                Files.delete(file);
            }
            case UNIT -> ctx.units().create(new NewUnit(Optional.of(ctx.units().root().orElseThrow().id()),
                    UnitKind.SUBORDINATE_CELL, Optional.of(CellType.HAMLET), unitName(seq), Optional.empty(), Optional.empty()));
            case YEAR_STATE -> {
                YearState s = ctx.years().find(YEAR).orElseThrow().state();
                switch (s) {
                    case OPEN -> ctx.years().startReview(YEAR);
                    case REVIEWING -> ctx.years().close(YEAR);
                    case CLOSED -> ctx.years().reopen(YEAR, "KY-" + seq);
                    default -> throw new IllegalStateException(s.name());
                }
            }
            default -> throw new IllegalStateException(name());
        }
    }

    static String unitName(int seq) {
        return "Chi bộ thử KU-" + seq;
    }

    /// The state of the year after n transitions from OPEN.
    static YearState yearAfter(int n) {
        return n == 0 ? YearState.OPEN : n % 2 == 1 ? YearState.REVIEWING : YearState.CLOSED;
    }

    /// The names of the two imported members of write seq (distinct from the form's names: a different order).
    static String importedName(int seq, int k) {
        return DbChild.nameFor(seq * 2 + k + 100_000);
    }

    private static void workbook(Path f, int seq) throws IOException {
        String[][] rows = {
            {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Ngày chính thức", "Chi bộ", "Số thẻ ĐV"},
            {"1", importedName(seq, 1), "12/07/1985", "Nữ", "19/05/2010", "19/05/2011", CELL_A, "KI-" + seq + "-1"},
            {"2", importedName(seq, 2), "01/01/1970", "Nam", "03/02/2000", "03/02/2001", CELL_A, "KI-" + seq + "-2"},
        };
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("Danh sách");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int k = 0; k < rows[r].length; k++) {
                    row.createCell(k).setCellValue(rows[r][k]);
                }
            }
            wb.write(out);
        }
    }

    static MemberDetails withHomeTown(MemberDetails d, String town) {
        return new MemberDetails(d.id(), d.familyName(), d.middleName(), d.givenName(), d.gender(), d.birthDate(),
                d.placeOfBirth(), town, d.permanentAddress(), d.temporaryAddress(), d.cccdNumber(), d.phone(),
                d.ethnicityCode(), d.religionCode(), d.unitId(), d.admissionDecisionDate(), d.admissionDecisionNo(),
                d.admissionCeremonyDate(), d.fullMembershipDate(), d.cardNumber(), d.dossierNumber(), d.generalEducation(),
                d.professionalLevel(), d.theoryLevel(), d.occupation(), d.note(), d.status(), d.firstAdmissionDate(),
                d.readmitted());
    }
}
