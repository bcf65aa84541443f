package vn.dangvu.document;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AtomicFile;

/// Writes a new PDF document through [AtomicFile]: a cut never leaves half a PDF under the real name.
public final class PdfFiles {

    /// Lays out a PDF document's pages.
    @FunctionalInterface
    public interface PdfRenderer {
        void render(PDDocument doc) throws IOException;
    }

    private PdfFiles() {
    }

    /// Renders a new PDF document and writes it atomically.
    public static void write(Path out, PdfRenderer renderer) throws AppException {
        AtomicFile.write(out, tmp -> {
            try (PDDocument doc = new PDDocument()) {
                renderer.render(doc);
                doc.save(tmp.toFile());
            }
        });
    }
}
