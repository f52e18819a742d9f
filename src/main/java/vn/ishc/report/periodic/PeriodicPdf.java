package vn.ishc.report.periodic;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.ishc.report.periodic.ReportDocument.Cell;
import vn.ishc.report.periodic.ReportDocument.Column;
import vn.ishc.report.periodic.ReportDocument.Header;
import vn.ishc.report.periodic.ReportDocument.Section;
import vn.ishc.report.periodic.ReportDocument.Table;

/**
 * A periodic report as a PDF in the layout of Decree 30/2020/NĐ-CP (Appendix I), with OpenPDF: A4, margins
 * 20 mm top and bottom, 30 mm left, 15 mm right; top left the managing body and the issuing body (bold,
 * capitals) over a short rule and the number "Số: …/BC-…"; top right the national title (bold capitals) and
 * the motto (bold, underlined), then place and date in italics; the title "BÁO CÁO" and what it is about,
 * centred and bold; the body in 13 pt, justified, with the sections' tables in a smaller size; at the
 * bottom "Nơi nhận:" (bold italic) with its list on the left and the signature block on the right. The
 * font is Noto Serif (SIL OFL 1.1, {@code src/main/resources/fonts}), embedded as a subset in Identity-H
 * encoding so every Vietnamese letter prints on any reader.
 */
final class PeriodicPdf {
    private PeriodicPdf() {}

    private static final float MM = 72f / 25.4f;

    /** The four faces, read once from the classpath (nothing is downloaded). */
    private static final class Faces {
        static final BaseFont REGULAR = load("NotoSerif-Regular.ttf");
        static final BaseFont BOLD = load("NotoSerif-Bold.ttf");
        static final BaseFont ITALIC = load("NotoSerif-Italic.ttf");
        static final BaseFont BOLD_ITALIC = load("NotoSerif-BoldItalic.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = PeriodicPdf.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) throw new IllegalStateException("font missing from the classpath: " + file);
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void write(ReportDocument doc, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            pdf.addTitle(doc.header().title() + " " + doc.header().subtitle());
            pdf.addCreator("ISHC Manager");
            pdf.open();
            header(pdf, doc.header());
            for (Section s : doc.sections()) section(pdf, s);
            footer(pdf, doc.header());
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        }
    }

    private static Font font(BaseFont face, float size) {
        return new Font(face, size);
    }

    private static void header(Document pdf, Header h) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[] {40, 60});
        t.setWidthPercentage(100);
        PdfPCell left = bare();
        if (h.superior() != null) left.addElement(centred(h.superior(), font(Faces.REGULAR, 12)));
        left.addElement(centred(h.issuingBody(), font(Faces.BOLD, 12)));
        left.addElement(rule(30));
        Paragraph number = centred(h.documentNo(), font(Faces.REGULAR, 13));
        number.setSpacingBefore(4);
        left.addElement(number);
        PdfPCell right = bare();
        right.addElement(centred(h.nationalTitle(), font(Faces.BOLD, 12)));
        Paragraph motto = new Paragraph("", font(Faces.BOLD, 13));
        motto.setAlignment(Element.ALIGN_CENTER);
        motto.add(new Chunk(h.motto(), font(Faces.BOLD, 13)).setUnderline(0.6f, -2.5f));
        right.addElement(motto);
        Paragraph date = centred(h.placeAndDate(), font(Faces.ITALIC, 13));
        date.setSpacingBefore(10);
        right.addElement(date);
        t.addCell(left);
        t.addCell(right);
        pdf.add(t);
        Paragraph title = centred(h.title(), font(Faces.BOLD, 14));
        title.setSpacingBefore(18);
        pdf.add(title);
        pdf.add(centred(h.subtitle(), font(Faces.BOLD, 13)));
        Paragraph line = rule(20);
        line.setSpacingAfter(10);
        pdf.add(line);
    }

    private static void section(Document pdf, Section s) throws DocumentException {
        Paragraph heading = new Paragraph(s.heading(), font(Faces.BOLD, 13));
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(4);
        pdf.add(heading);
        for (String p : s.paragraphs()) {
            Paragraph para = new Paragraph(p, font(Faces.REGULAR, 13));
            para.setAlignment(Element.ALIGN_JUSTIFIED);
            para.setFirstLineIndent(10 * MM);
            para.setSpacingAfter(4);
            pdf.add(para);
        }
        if (s.hasTable()) {
            // A wide table gets landscape pages of its own (Decree 30 allows it for tables), so đồng fit.
            boolean wide = s.table().columns().size() > WIDE;
            if (wide) {
                pdf.setPageSize(LANDSCAPE);
                pdf.newPage();
                Paragraph again = new Paragraph(s.heading(), font(Faces.BOLD, 13));
                again.setSpacingAfter(4);
                pdf.add(again);
            }
            pdf.add(table(s.table()));
            if (wide) {
                pdf.setPageSize(PageSize.A4);
                pdf.newPage();
            }
        }
    }

    /** A4 turned (a plain wider-than-tall box, not a /Rotate of a portrait page). */
    private static final Rectangle LANDSCAPE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());

    /** Tables with more columns than this are printed on landscape pages. */
    static final int WIDE = 6;

    /** A table with its headings repeated on every page; a group heading spans its columns. */
    private static PdfPTable table(Table t) throws DocumentException {
        List<Column> cols = t.columns();
        float[] widths = new float[cols.size()];
        for (int i = 0; i < cols.size(); i++) widths[i] = cols.get(i).width();
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        float size = cols.size() > WIDE ? 9f : 10.5f;
        Font head = font(Faces.BOLD, size);
        Font body = font(Faces.REGULAR, size);
        Font total = font(Faces.BOLD, size);
        if (t.grouped()) {
            for (int c = 0; c < cols.size(); c++) {
                Column col = cols.get(c);
                if (col.group() == null) {
                    PdfPCell cell = headCell(col.heading(), head);
                    cell.setRowspan(2);
                    table.addCell(cell);
                } else {
                    int end = c;
                    while (end + 1 < cols.size()
                            && col.group().equals(cols.get(end + 1).group())) end++;
                    PdfPCell cell = headCell(col.group(), head);
                    cell.setColspan(end - c + 1);
                    table.addCell(cell);
                    c = end;
                }
            }
            for (Column col : cols) if (col.group() != null) table.addCell(headCell(col.heading(), head));
            table.setHeaderRows(2);
        } else {
            for (Column col : cols) table.addCell(headCell(col.heading(), head));
            table.setHeaderRows(1);
        }
        for (List<Cell> row : t.rows()) for (Cell c : row) table.addCell(bodyCell(c, body));
        if (t.total() != null) for (Cell c : t.total()) table.addCell(bodyCell(c, total));
        return table;
    }

    private static PdfPCell headCell(String text, Font f) {
        PdfPCell cell = new PdfPCell(new Phrase(text, f));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell bodyCell(Cell c, Font f) {
        PdfPCell cell = new PdfPCell(new Phrase(c.shown(), f));
        cell.setHorizontalAlignment(c.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(3);
        return cell;
    }

    private static void footer(Document pdf, Header h) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[] {50, 50});
        t.setWidthPercentage(100);
        t.setSpacingBefore(14);
        t.setKeepTogether(true);
        PdfPCell left = bare();
        left.addElement(new Paragraph(h.recipientsLabel(), font(Faces.BOLD_ITALIC, 12)));
        for (String r : h.recipients()) {
            String line = r.startsWith("-") ? r : "- " + r;
            left.addElement(new Paragraph(line, font(Faces.REGULAR, 11)));
        }
        PdfPCell right = bare();
        right.addElement(centred(h.signerRole(), font(Faces.BOLD, 13)));
        right.addElement(centred(h.signerTitle(), font(Faces.BOLD, 13)));
        Paragraph name = centred(h.signerName() == null ? " " : h.signerName(), font(Faces.BOLD, 13));
        name.setSpacingBefore(60);
        right.addElement(name);
        t.addCell(left);
        t.addCell(right);
        pdf.add(t);
    }

    private static PdfPCell bare() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static Paragraph centred(String text, Font f) {
        Paragraph p = new Paragraph(text, f);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(f.getSize() * 1.25f);
        return p;
    }

    /** A short centred rule under a heading, {@code percent} of the width. */
    private static Paragraph rule(float percent) {
        // Every piece of text, even an empty one, in the embedded font: no default (unembeddable) font creeps in.
        Paragraph p = new Paragraph("", font(Faces.REGULAR, 4));
        p.setAlignment(Element.ALIGN_CENTER);
        Chunk line =
                new Chunk(new com.lowagie.text.pdf.draw.LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, -2));
        line.setFont(font(Faces.REGULAR, 4));
        p.add(line);
        p.setLeading(4);
        return p;
    }
}
