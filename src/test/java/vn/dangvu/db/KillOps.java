package vn.dangvu.db;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dangvu.AppContext;
import vn.dangvu.backup.Backup;
import vn.dangvu.backup.BackupRepository;
import vn.dangvu.backup.BackupTrigger;
import vn.dangvu.backup.RestoreService;
import vn.dangvu.common.AppException;
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.TransferDetails;
import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.party.UnitKind;
import vn.dangvu.rating.Grade;
import vn.dangvu.rating.Level;
import vn.dangvu.rating.RatingInput;
import vn.dangvu.rating.Subject;
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
    YEAR_STATE,
    /// The rating screen's save (RatingService.save) of the edit member's rating for 2026: HTTNV, score 70 + seq % 20,
    /// reason "KR-seq" (evaluation row and its RATING_SAVE audit row). Refused with nothing written while YEAR_STATE
    /// has the year closed: an acknowledged refusal, which the parent's model knows from the year's transitions.
    RATING,
    /// A manual backup through BackupService.backup (the Sao lưu screen's button) into the lane's backup folder; the
    /// child prints "BACKUP lane seq stem" once it returned, before "SAVED".
    BACKUP,
    /// The Sao lưu screen's restore (RestoreService.restore over the closed database, then reopened) of the newest
    /// manual backup the lane's folder lists as verified; the child prints "RESTORING lane seq stem" before it
    /// starts. No manual backup yet: nothing is done (acknowledged, no write).
    RESTORE;
    // Issue 12's commendation joins here when it reaches main: add the kind, its write in #run (through its
    // service) and its check in KillLoop.verifyLane, and it is picked by the seed like the others.

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

    /// One lane's writer in the child: its open context (a restore closes it and opens the restored file), its fixed
    /// ids, its folder, its number and where it announces what the parent must know (backup made, backup restored).
    static final class Writer {
        private AppContext ctx;
        private final Lane lane;
        private final Path work;
        private final int number;
        private final PrintStream out;

        Writer(AppContext ctx, Lane lane, Path work, int number, PrintStream out) {
            this.ctx = ctx;
            this.lane = lane;
            this.work = work;
            this.number = number;
            this.out = out;
        }
    }

    static String ratingReason(int seq) {
        return "KR-" + seq;
    }

    /// Runs write number seq of this kind on the lane; returns when the service call returned (acknowledged).
    void run(Writer w, int seq) throws AppException, IOException {
        AppContext ctx = w.ctx;
        Lane lane = w.lane;
        Path work = w.work;
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
            case RATING -> {
                try {
                    ctx.rating().save(new RatingInput(YEAR, Subject.member(lane.editMember()), Grade.NONE, Grade.NONE,
                            Grade.of(Level.GOOD, 70 + seq % 20), ratingReason(seq)));
                } catch (AppException e) {
                    if (!e.key().equals("year.error.closed")) {
                        throw e;
                    }
                    // the year is closed: refused with nothing written, as the screen shows it
                }
            }
            case BACKUP -> {
                Backup b = ctx.backups().backup(BackupTrigger.MANUAL);
                w.out.println("BACKUP " + w.number + " " + seq + " " + b.stem());
            }
            case RESTORE -> {
                Optional<Backup> from = ctx.backups().list().stream()
                        .filter(b -> b.verified() && !b.bare() && b.trigger() == BackupTrigger.MANUAL)
                        .max(Comparator.comparingLong(b -> b.manifest().sequence()));
                if (from.isEmpty()) {
                    return;
                }
                Path base = ctx.db().base();
                w.out.println("RESTORING " + w.number + " " + seq + " " + from.get().stem());
                ctx.close();
                RestoreService.Restored done = new RestoreService(new BackupRepository(), AppContext.systemClock())
                        .restore(base, from.get().binaryFile(), false, Optional.empty());
                if (done.before().isEmpty() || !done.before().get().verified()) {
                    throw new IllegalStateException("restore of " + from.get().stem() + " without its verified pre-restore backup");
                }
                w.ctx = new AppContext(Database.open(base));
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
