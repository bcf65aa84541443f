package vn.dangvu.reports.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.document.PdfPrinter;
import vn.dangvu.members.BadgeDueRow;
import vn.dangvu.members.BadgeService;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.party.BadgeRound;
import vn.dangvu.reports.BadgeListService;
import vn.dangvu.ui.BackgroundTasks;
import vn.dangvu.units.PartyUnit;

/// The Reports section: the member register of a cell (Mẫu 7-HSĐV), the badge due list of a round, and a
/// member's Phiếu đảng viên. Every read and every file is written through [BackgroundTasks].
public final class ReportsViewModel {

    /// The services the section calls (AppContext methods or the report services).
    public interface Services {
        List<PartyUnit> units() throws AppException;

        void writeRegister(long unitId, Path out, LocalDate today) throws AppException;

        List<BadgeDueRow> dueList(LocalDate round) throws AppException;

        void writeBadges(LocalDate round, List<BadgeDueRow> rows, Path out, LocalDate today) throws AppException;

        List<MemberRow> members(MemberQuery q) throws AppException;

        void writeSheet(long memberId, Path out, LocalDate today) throws AppException;

        /// Marks the milestones before a date as awarded for members without badge history ([BadgeService#markAwardedBefore]).
        default BadgeService.Marked markBadgesAwardedBefore(LocalDate before) throws AppException {
            throw new UnsupportedOperationException();
        }

        /// The computer's printers, the default one first (PdfPrinter).
        List<PdfPrinter.Printer> printers() throws AppException;

        /// Prints every page of the PDF; returns the number of pages (PdfPrinter).
        int print(Path pdf, String printer, int copies, String jobName) throws AppException;
    }

    /// The documents the section prints.
    public enum Report { REGISTER, BADGES, SHEET }

    private final Services services;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ObservableList<PartyUnit> cells = FXCollections.observableArrayList();
    private final ObjectProperty<PartyUnit> cell = new SimpleObjectProperty<>();
    private final ObservableList<LocalDate> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> round = new SimpleObjectProperty<>();
    private final ObservableList<BadgeDueRow> badgeRows = FXCollections.observableArrayList();
    private final StringProperty memberSearch = new SimpleStringProperty("");
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObjectProperty<MemberRow> member = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final StringProperty printer = new SimpleStringProperty();
    private final IntegerProperty copies = new SimpleIntegerProperty(1);
    private BackgroundTasks.Cancellable pendingSearch;

    public ReportsViewModel(Services services, BackgroundTasks tasks, Clock clock) {
        this.services = services;
        this.tasks = tasks;
        this.clock = clock;
        LocalDate today = today();
        rounds.setAll(roundsAround(today));
        round.set(nextRound(today));
        round.addListener((o, a, b) -> loadBadges());
        memberSearch.addListener((o, a, b) -> {
            if (pendingSearch != null) {
                pendingSearch.cancel();
            }
            pendingSearch = tasks.schedule(150, this::searchMembers);
        });
    }

    /// The first round on or after `day`.
    public static LocalDate nextRound(LocalDate day) {
        return BadgeRound.next(day);
    }

    private static List<LocalDate> roundsAround(LocalDate day) {
        return BadgeRound.around(day);
    }

    public void load() {
        tasks.run("", p -> services.units().stream().filter(u -> u.kind().isCell() && u.active()).toList(), list -> {
            cells.setAll(list);
            if (cell.get() == null && !list.isEmpty()) {
                cell.set(list.getFirst());
            }
        }, this::failed);
        loadBadges();
        searchMembers();
    }

    private void loadBadges() {
        LocalDate r = round.get();
        if (r == null) {
            return;
        }
        tasks.run(I18n.t("report.ui.badges.loading"), p -> services.dueList(r), rows -> {
            if (r.equals(round.get())) {
                badgeRows.setAll(rows);
                message.set(I18n.t("report.ui.badges.count", rows.size(), BadgeListService.roundText(r)));
            }
        }, this::failed);
    }

    /// The bulk action of the badges tab: every milestone reached before the typed date (dd/MM/yyyy) is recorded as
    /// awarded for the members imported without badge history; then the due list is read again.
    public void markBadgesAwarded(String typed) {
        LocalDate before;
        try {
            before = Dates.parse(typed, I18n.t("badge.mark.field")).orElseThrow(() -> new AppException("badge.mark.dateError", typed));
        } catch (AppException e) {
            failed(e);
            return;
        }
        tasks.run(I18n.t("badge.mark.title"), p -> services.markBadgesAwardedBefore(before), m -> {
            loadBadges();
            message.set(I18n.t("badge.mark.done", m.members(), m.badges()));
        }, this::failed);
    }

    private void searchMembers() {
        pendingSearch = null;
        String q = Text.clean(memberSearch.get());
        tasks.run("", p -> services.members(new MemberQuery(q, Optional.empty())), list -> {
            if (q.equals(Text.clean(memberSearch.get()))) {
                members.setAll(list);
            }
        }, this::failed);
    }

    /// Suggested file name for the register of the selected cell ("Sổ danh sách đảng viên - Chi bộ ….pdf").
    public String registerFileName(String ext) {
        return safe(I18n.t("report.register.title") + " - " + (cell.get() == null ? "" : cell.get().name())) + ext;
    }

    public String badgesFileName(String ext) {
        return safe(I18n.t("report.ui.badges.file", BadgeListService.roundText(round.get()).replace('/', '-'))) + ext;
    }

    public String sheetFileName() {
        return safe(I18n.t("report.ui.sheet.file", member.get() == null ? "" : member.get().fullName())) + ".pdf";
    }

    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "-");
    }

    public void writeRegister(Path out) {
        writer(Report.REGISTER).ifPresent(w -> write(out, () -> w.write(out)));
    }

    public void writeBadges(Path out) {
        writer(Report.BADGES).ifPresent(w -> write(out, () -> w.write(out)));
    }

    public void writeSheet(Path out) {
        writer(Report.SHEET).ifPresent(w -> write(out, () -> w.write(out)));
    }

    /// Writes a report to `out` (.pdf or .xlsx by its name) with what is selected now.
    @FunctionalInterface
    private interface ReportWriter {
        void write(Path out) throws AppException;
    }

    private Optional<ReportWriter> writer(Report r) {
        return switch (r) {
            case REGISTER -> Optional.ofNullable(cell.get()).map(u -> out -> services.writeRegister(u.id(), out, today()));
            case BADGES -> {
                LocalDate rd = round.get();
                List<BadgeDueRow> rows = List.copyOf(badgeRows);
                yield rd == null ? Optional.empty() : Optional.of(out -> services.writeBadges(rd, rows, out, today()));
            }
            case SHEET -> Optional.ofNullable(member.get()).map(m -> out -> services.writeSheet(m.id(), out, today()));
        };
    }

    /// Loads the computer's printers for the print dialog (the default one chosen unless one was chosen before).
    public void loadPrinters() {
        tasks.run("", p -> services.printers(), list -> {
            printers.setAll(list.stream().map(PdfPrinter.Printer::name).toList());
            if (printer.get() == null || !printers.contains(printer.get())) {
                printer.set(printers.isEmpty() ? null : printers.getFirst());
            }
            if (printers.isEmpty()) {
                message.set(I18n.t("report.print.noPrinter"));
            }
        }, this::failed);
    }

    /// Prints the report as its PDF shows it, on the chosen printer, off the FX thread; says how many pages went.
    public void print(Report r) {
        Optional<ReportWriter> w = writer(r);
        String name = printer.get();
        int n = copies.get();
        if (w.isEmpty()) {
            return;
        }
        if (name == null) {
            message.set(I18n.t("report.print.noPrinter"));
            return;
        }
        String job = switch (r) {
            case REGISTER -> registerFileName("");
            case BADGES -> badgesFileName("");
            case SHEET -> sheetFileName().replaceAll("\\.pdf$", "");
        };
        tasks.run(I18n.t("report.ui.printing", name), p -> {
            Path tmp = Files.createTempFile("dangvu-in-", ".pdf");
            try {
                w.get().write(tmp);
                return services.print(tmp, name, n, job);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }, pages -> message.set(I18n.t("report.ui.printed", pages, name, n)), this::failed);
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public StringProperty printer() {
        return printer;
    }

    public IntegerProperty copies() {
        return copies;
    }

    @FunctionalInterface
    private interface Writer {
        void write() throws AppException;
    }

    private void write(Path out, Writer w) {
        written.set(null);
        tasks.run(I18n.t("report.ui.writing", out.getFileName()), p -> {
            w.write();
            return out;
        }, done -> {
            message.set(I18n.t("report.ui.written", done));
            written.set(done);
        }, this::failed);
    }

    private void failed(Throwable e) {
        message.set(e instanceof AppException a ? a.userMessage() : I18n.t("report.ui.failed", String.valueOf(e.getMessage())));
    }

    public static String badgeNote(BadgeDueRow r) {
        return BadgeService.noteText(r);
    }

    public ObservableList<PartyUnit> cells() {
        return cells;
    }

    public ObjectProperty<PartyUnit> cell() {
        return cell;
    }

    public ObservableList<LocalDate> rounds() {
        return rounds;
    }

    public ObjectProperty<LocalDate> round() {
        return round;
    }

    public ObservableList<BadgeDueRow> badgeRows() {
        return badgeRows;
    }

    public StringProperty memberSearch() {
        return memberSearch;
    }

    public ObservableList<MemberRow> members() {
        return members;
    }

    public ObjectProperty<MemberRow> member() {
        return member;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /// The file just written (the View offers to open it); null while writing.
    public ReadOnlyObjectProperty<Path> written() {
        return written.getReadOnlyProperty();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
