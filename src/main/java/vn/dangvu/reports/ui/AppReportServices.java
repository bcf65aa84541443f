package vn.dangvu.reports.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import vn.dangvu.common.AppException;
import vn.dangvu.document.PdfPrinter;
import vn.dangvu.members.BadgeDueRow;
import vn.dangvu.members.BadgeService;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.members.MemberService;
import vn.dangvu.reports.BadgeListService;
import vn.dangvu.reports.MemberRegisterService;
import vn.dangvu.reports.MemberSheetService;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitService;

/// The Reports section's services on an open database.
public final class AppReportServices implements ReportsViewModel.Services {

    private final UnitService units;
    private final MemberService members;
    private final MemberRegisterService register;
    private final BadgeListService badges;
    private final MemberSheetService sheets;
    private final PdfPrinter printer = new PdfPrinter();

    public AppReportServices(UnitService units, MemberService members, MemberRegisterService register,
                             BadgeListService badges, MemberSheetService sheets) {
        this.units = units;
        this.members = members;
        this.register = register;
        this.badges = badges;
        this.sheets = sheets;
    }

    @Override
    public List<PartyUnit> units() {
        return units.all();
    }

    @Override
    public void writeRegister(long unitId, Path out, LocalDate today) throws AppException {
        register.write(unitId, out, today);
    }

    @Override
    public List<BadgeDueRow> dueList(LocalDate round) throws AppException {
        return badges.dueList(round);
    }

    @Override
    public void writeBadges(LocalDate round, List<BadgeDueRow> rows, Path out, LocalDate today) throws AppException {
        badges.write(round, rows, out, today);
    }

    @Override
    public BadgeService.Marked markBadgesAwardedBefore(LocalDate before) throws AppException {
        return badges.markAwardedBefore(before);
    }

    @Override
    public List<MemberRow> members(MemberQuery q) {
        return members.list(q);
    }

    @Override
    public void writeSheet(long memberId, Path out, LocalDate today) throws AppException {
        sheets.write(memberId, out, today);
    }

    @Override
    public List<PdfPrinter.Printer> printers() {
        return printer.printers();
    }

    @Override
    public int print(Path pdf, String name, int copies, String jobName) throws AppException {
        return printer.print(pdf, name, copies, jobName);
    }
}
