package vn.dangvu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.print.PrinterJob;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.common.AppException;

/// The real printing path (java.awt.print + PDFBox) into a PostScript "printer" that writes a file, so the pages,
/// paper size and copies that reach a printer can be checked without one.
class PdfPrinterTest {

    @TempDir
    Path dir;

    private Path pdf(int portrait, int landscape) throws Exception {
        Path p = dir.resolve("Danh sách " + portrait + landscape + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < portrait; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            for (int i = 0; i < landscape; i++) {
                doc.addPage(new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())));
            }
            doc.save(p.toFile());
        }
        return p;
    }

    private static StreamPrintService postScript(OutputStream out) {
        assertTrue(PrinterJob.lookupStreamPrintServices("application/postscript").length > 0);
        return StreamPrintServiceFactory.lookupStreamPrintServiceFactories(DocFlavor.SERVICE_FORMATTED.PAGEABLE,
                "application/postscript")[0].getPrintService(out);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void everyPageReachesThePrinterOnA4WithTheCopiesAsked() throws Exception {
        Path ps = dir.resolve("printer.ps");
        try (OutputStream out = Files.newOutputStream(ps)) {
            StreamPrintService service = postScript(out);
            PdfPrinter printer = new PdfPrinter(() -> new PrintService[] {service}, () -> Optional.of(service));
            assertEquals(List.of(new PdfPrinter.Printer(service.getName(), true)), printer.printers());
            assertEquals(3, printer.print(pdf(2, 1), service.getName(), 2, "Danh sách huy hiệu đợt 03/02/2027"));
        }
        String text = Files.readString(ps, StandardCharsets.ISO_8859_1);
        assertEquals(3, count(text, "(?m)^%%Page: \\d+ \\d+$"), "one PostScript page per PDF page");
        assertTrue(text.contains("/PageSize [595.") && text.contains(" 841."), "A4 paper");
        assertTrue(text.contains("/NumCopies 2"), "two copies");
    }

    @Test
    void refusalsSayWhatIsWrongInVietnamese() throws Exception {
        PdfPrinter none = new PdfPrinter(() -> new PrintService[0], Optional::empty);
        AppException e = assertThrows(AppException.class, () -> none.print(pdf(1, 0), "HP LaserJet", 1, "x"));
        assertEquals("report.print.noPrinter", e.key());
        assertTrue(e.userMessage().contains("máy in"), e.userMessage());

        try (OutputStream out = Files.newOutputStream(dir.resolve("unused.ps"))) {
            StreamPrintService service = postScript(out);
            PdfPrinter one = new PdfPrinter(() -> new PrintService[] {service}, Optional::empty);
            e = assertThrows(AppException.class, () -> one.print(pdf(1, 0), "Canon LBP 2900", 1, "x"));
            assertTrue(e.userMessage().contains("Canon LBP 2900"), e.userMessage());
            e = assertThrows(AppException.class, () -> one.print(pdf(1, 0), service.getName(), 0, "x"));
            assertEquals("report.print.copies", e.key());
            Path notPdf = dir.resolve("hỏng.pdf");
            Files.writeString(notPdf, "không phải PDF");
            e = assertThrows(AppException.class, () -> one.print(notPdf, service.getName(), 1, "x"));
            assertEquals("report.print.unreadable", e.key());
            assertTrue(e.userMessage().contains("hỏng.pdf"), e.userMessage());
        }
    }
}
