package vn.dangvu.document;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;

import vn.dangvu.common.AppException;

/// Prints a PDF the app made (a list, the register, a member's sheet) on one of the computer's printers, through the
/// operating system's printing (java.awt.print with PDFBox's PDFPageable): each PDF page on one sheet of the PDF's
/// own paper size (A4), in the PDF's orientation. What is printed is the same file the user can save, so the paper
/// and the PDF never differ.
public final class PdfPrinter {

    /// A printer as the user picks it.
    public record Printer(String name, boolean isDefault) {
    }

    private final Supplier<PrintService[]> lookup;
    private final Supplier<Optional<PrintService>> defaultService;

    /// The printers installed on this computer (Windows: Devices and Printers; Linux: CUPS).
    public PdfPrinter() {
        this(() -> PrintServiceLookup.lookupPrintServices(null, null),
                () -> Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()));
    }

    /// Other print services: tests print into a PostScript file (PrinterJob.lookupStreamPrintServices).
    public PdfPrinter(Supplier<PrintService[]> lookup, Supplier<Optional<PrintService>> defaultService) {
        this.lookup = lookup;
        this.defaultService = defaultService;
    }

    /// The printers, the default one first.
    public List<Printer> printers() {
        String def = defaultService.get().map(PrintService::getName).orElse(null);
        List<Printer> out = new ArrayList<>();
        for (PrintService s : lookup.get()) {
            Printer p = new Printer(s.getName(), s.getName().equals(def));
            if (p.isDefault()) {
                out.addFirst(p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /// Sends every page of `pdf` to the printer named `printer`, `copies` times; returns the number of pages.
    /// The job carries `jobName` (shown in the printer queue).
    public int print(Path pdf, String printer, int copies, String jobName) throws AppException {
        PrintService[] services = lookup.get();
        if (services.length == 0) {
            throw new AppException("report.print.noPrinter");
        }
        PrintService service = Arrays.stream(services).filter(s -> s.getName().equals(printer)).findFirst()
                .orElseThrow(() -> new AppException("report.print.unknownPrinter", printer));
        if (copies < 1 || copies > 99) {
            throw new AppException("report.print.copies", copies);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc, Orientation.AUTO));
            PrintRequestAttributeSet attrs = new HashPrintRequestAttributeSet();
            attrs.add(new Copies(copies));
            attrs.add(new JobName(jobName, null));
            job.print(attrs);
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new AppException(e, "report.print.unreadable", pdf.getFileName());
        } catch (PrinterException e) {
            throw new AppException(e, "report.print.failed", printer, String.valueOf(e.getMessage()));
        }
    }
}
