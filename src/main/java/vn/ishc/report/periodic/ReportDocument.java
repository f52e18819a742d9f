package vn.ishc.report.periodic;

import java.time.LocalDate;
import java.util.List;

/**
 * A periodic report as it is shown, written in the reader's language: the Decree 30 header, the sections
 * with their texts and tables, the recipients and the signature. The page, the .xlsx and the PDF are all
 * rendered from one document ({@link PeriodicContent#document}), so they never disagree.
 */
public record ReportDocument(Header header, List<Section> sections) {

    /**
     * The parts of the Decree 30/2020/NĐ-CP layout.
     *
     * @param superior the managing body above the issuing one, or null
     * @param issuingBody the unit's association, in capitals ("HỘI NGƯỜI CAO TUỔI THÀNH PHỐ BUÔN MA THUỘT")
     * @param documentNo "Số: 12/BC-HNCT"
     * @param placeAndDate "Buôn Ma Thuột, ngày 05 tháng 12 năm 2026"
     * @param title "BÁO CÁO"
     * @param subtitle what the report is about ("Sơ kết 6 tháng đầu năm 2025 …")
     */
    public record Header(
            String nationalTitle,
            String motto,
            String superior,
            String issuingBody,
            String documentNo,
            String placeAndDate,
            String title,
            String subtitle,
            LocalDate date,
            String recipientsLabel,
            List<String> recipients,
            String signerRole,
            String signerTitle,
            String signerName) {}

    /**
     * One section: a heading, paragraphs (narrative or notes) and an optional table; the .xlsx has a sheet
     * per section with a table ({@code sheetName}).
     */
    public record Section(String key, String heading, String sheetName, List<String> paragraphs, Table table) {
        public boolean hasTable() {
            return table != null;
        }
    }

    /**
     * A table: its columns (a column may sit under a group heading, which becomes a merged header cell),
     * its rows and a total row (or null).
     */
    public record Table(List<Column> columns, List<List<Cell>> rows, List<Cell> total) {
        public boolean grouped() {
            return columns.stream().anyMatch(c -> c.group() != null);
        }

        /** Whether column {@code i} is the first under its group heading. */
        public boolean groupStarts(int i) {
            String g = columns.get(i).group();
            return g != null && (i == 0 || !g.equals(columns.get(i - 1).group()));
        }

        /** How many columns from {@code i} on share its group heading. */
        public int groupSpan(int i) {
            String g = columns.get(i).group();
            int n = 0;
            for (int k = i;
                    k < columns.size() && g != null && g.equals(columns.get(k).group());
                    k++) n++;
            return n;
        }
    }

    /** A column's heading, the group heading above it (or null), and its width in characters. */
    public record Column(String heading, String group, int width) {}

    /** What a cell holds; decides its number format. */
    public enum CellKind {
        TEXT,
        COUNT,
        MONEY,
        PERCENT
    }

    /**
     * A cell: text, a whole count, an amount in đồng, or a share (0–1, shown as a percent with one decimal).
     * A null value is an empty cell.
     */
    public record Cell(CellKind kind, Object value) {
        public static Cell text(String s) {
            return new Cell(CellKind.TEXT, s);
        }

        public static Cell count(long n) {
            return new Cell(CellKind.COUNT, n);
        }

        public static Cell money(vn.ishc.shared.Vnd v) {
            return new Cell(CellKind.MONEY, v.dong());
        }

        /** A share of {@code numerator} in {@code denominator}; empty without a denominator. */
        public static Cell share(long numerator, long denominator) {
            return new Cell(CellKind.PERCENT, denominator == 0 ? null : (double) numerator / denominator);
        }

        public static Cell percent(Integer whole) {
            return new Cell(CellKind.PERCENT, whole == null ? null : whole / 100.0);
        }

        /** The value as the page and the PDF print it (Vietnamese separators). */
        public String shown() {
            if (value == null) return "";
            return switch (kind) {
                case TEXT -> (String) value;
                case COUNT -> grouped((Long) value);
                case MONEY -> grouped((Long) value);
                case PERCENT -> {
                    double p = Math.round((Double) value * 1000.0) / 10.0;
                    yield (p == Math.rint(p)
                                    ? String.valueOf((long) p)
                                    : String.valueOf(p).replace('.', ',')) + "%";
                }
            };
        }

        private static String grouped(long n) {
            String s = String.format(java.util.Locale.ROOT, "%,d", n);
            return s.replace(',', '.');
        }

        public boolean numeric() {
            return kind != CellKind.TEXT;
        }
    }
}
