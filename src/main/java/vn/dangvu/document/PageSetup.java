package vn.dangvu.document;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/// A page: paper size and margins in millimetres, with the text area in PDF points (origin bottom left).
public record PageSetup(PDRectangle size, float topMm, float bottomMm, float leftMm, float rightMm) {

    /// Millimetres to PDF points.
    public static final float MM = 72f / 25.4f;

    /// A4 portrait with the HD 36-HD/VPTW margins of a front page: top 25, bottom 25, left 35 (binding), right 15 mm
    /// (domain.md §10.1, §16 rule 16).
    public static final PageSetup A4_PORTRAIT = new PageSetup(PDRectangle.A4, 25, 25, 35, 15);

    /// A4 landscape for a table too wide for a portrait page (the register's 14 columns). HD 36 sets the margins of
    /// a document's text pages and none for a landscape table, so the table keeps HD 36's smallest margin (15 mm) as
    /// the least on every side, 20 mm at the top where the page number sits (10 mm from the edge, HD 36), and
    /// 25 mm at the binding edge instead of 35 mm: the 14 columns need the width to print dates whole.
    public static final PageSetup A4_LANDSCAPE = new PageSetup(new PDRectangle(PDRectangle.A4.getHeight(),
            PDRectangle.A4.getWidth()), 20, 15, 25, 15);

    public float left() {
        return leftMm * MM;
    }

    public float right() {
        return size.getWidth() - rightMm * MM;
    }

    public float top() {
        return size.getHeight() - topMm * MM;
    }

    public float bottom() {
        return bottomMm * MM;
    }

    public float width() {
        return right() - left();
    }

    public boolean landscape() {
        return size.getWidth() > size.getHeight();
    }
}
