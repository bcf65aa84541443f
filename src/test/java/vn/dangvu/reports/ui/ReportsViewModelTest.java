package vn.dangvu.reports.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.TestClocks;
import vn.dangvu.common.AppException;
import vn.dangvu.document.PdfPrinter;
import vn.dangvu.members.BadgeDueRow;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.ui.SyncBackgroundTasks;
import vn.dangvu.units.PartyUnit;

/// Printing from the Reports section: the report's PDF is written to a temporary file, sent to the chosen printer
/// (here the real java.awt.print path into a PostScript file), and removed; the user reads what happened.
class ReportsViewModelTest {

    @TempDir
    Path dir;

    private final List<Path> written = new ArrayList<>();

    private ReportsViewModel vm(PdfPrinter printer) {
        ReportsViewModel.Services services = new ReportsViewModel.Services() {
            @Override
            public List<PartyUnit> units() {
                return List.of();
            }

            @Override
            public void writeRegister(long unitId, Path out, LocalDate today) {
            }

            @Override
            public List<BadgeDueRow> dueList(LocalDate round) {
                return List.of();
            }

            @Override
            public void writeBadges(LocalDate round, List<BadgeDueRow> rows, Path out, LocalDate today) throws AppException {
                written.add(out);
                try (PDDocument doc = new PDDocument()) {
                    doc.addPage(new PDPage(PDRectangle.A4));
                    doc.addPage(new PDPage(PDRectangle.A4));
                    doc.save(out.toFile());
                } catch (IOException e) {
                    throw new AppException(e, "report.print.unreadable", out);
                }
            }

            @Override
            public List<MemberRow> members(MemberQuery q) {
                return List.of();
            }

            @Override
            public void writeSheet(long memberId, Path out, LocalDate today) {
            }

            @Override
            public List<PdfPrinter.Printer> printers() {
                return printer.printers();
            }

            @Override
            public int print(Path pdf, String name, int copies, String jobName) throws AppException {
                return printer.print(pdf, name, copies, jobName);
            }
        };
        return new ReportsViewModel(services, new SyncBackgroundTasks(), TestClocks.at(2026, 11, 21));
    }

    @Test
    void printsTheBadgeListOnTheChosenPrinterAndCleansUp() throws Exception {
        Path ps = dir.resolve("printer.ps");
        try (OutputStream out = Files.newOutputStream(ps)) {
            StreamPrintService service = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                    DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript")[0].getPrintService(out);
            ReportsViewModel vm = vm(new PdfPrinter(() -> new PrintService[] {service}, () -> Optional.of(service)));
            vm.loadPrinters();
            assertEquals(List.of(service.getName()), vm.printers());
            assertEquals(service.getName(), vm.printer().get(), "the default printer is chosen");
            vm.copies().set(3);
            vm.print(ReportsViewModel.Report.BADGES);
            assertEquals("Đã gửi 2 trang (3 bản) tới máy in " + service.getName() + ".", vm.message().get());
        }
        assertEquals(1, written.size());
        assertFalse(Files.exists(written.getFirst()), "the temporary PDF is removed after printing");
        String text = Files.readString(ps, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("%%Page: 2 2") && text.contains("/NumCopies 3"), "two pages, three copies");
    }

    @Test
    void withoutAPrinterItSaysSoAndPrintsNothing() {
        ReportsViewModel vm = vm(new PdfPrinter(() -> new PrintService[0], Optional::empty));
        vm.loadPrinters();
        assertTrue(vm.printers().isEmpty());
        vm.print(ReportsViewModel.Report.BADGES);
        assertTrue(vm.message().get().startsWith("Máy tính này chưa cài máy in nào"), vm.message().get());
        assertTrue(written.isEmpty());
    }
}
