package vn.ishc.shared;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an uploaded .xlsx workbook for an import, safely and tolerantly.
 *
 * <p>The sheet is streamed (SAX over the sheet's XML, never a whole {@code XSSFWorkbook}), so a
 * workbook with far more rows than allowed is refused after reading just past the limit, in bounded
 * memory. The workbook is either read whole or refused: a {@link SpreadsheetRefused} carries one of
 * these message keys (the caller owns their texts):
 *
 * <ul>
 *   <li>{@value #NOT_XLSX}: not an .xlsx workbook (empty upload, .xls, CSV, PDF, encrypted workbook,
 *       a Word document, a damaged file);
 *   <li>{@value #ZIP_BOMB}: the file expands suspiciously when unpacked (POI's {@code ZipSecureFile}
 *       limits);
 *   <li>{@value #TOO_LARGE}: the sheet or its shared strings exceed {@value #MAX_PART_BYTES} bytes
 *       unpacked;
 *   <li>{@value #MACRO}: a macro-enabled workbook (.xlsm and the like) or one carrying VBA or Excel
 *       4.0 macro sheets;
 *   <li>{@value #EMPTY}: no header row, or no data row below it;
 *   <li>{@value #TOO_MANY_ROWS}: more non-blank data rows than the maximum; argument: the maximum;
 *   <li>{@value #FORMULA}: a formula cell within the header's columns; argument: the cell, e.g. {@code
 *       C7};
 *   <li>{@value #SCRIPT}: a text cell that a spreadsheet program or browser could run: starting with
 *       {@code =} or {@code @}, starting with {@code +} or {@code -} unless it is a plain number or
 *       phone number such as {@code -5} or {@code +84 912 345 678} (a lone {@code -} is allowed), or
 *       containing {@code <script}; argument: the cell.
 * </ul>
 *
 * <p>The header is the first non-blank row; its width (up to its last non-blank cell) bounds every
 * data row, and cells to its right are ignored. Blank rows are skipped, but every data row keeps its
 * Excel row number. See {@link SpreadsheetRow} for the value types. Numbers are read as Excel shows
 * them (15 significant digits), so a phone number typed as a number comes out as the {@code Long}
 * {@code 912345678}, never {@code 9.12345678E8}; note that Excel and LibreOffice have already dropped
 * its leading zero.
 */
public final class SpreadsheetReader {
    public static final String NOT_XLSX = "import.error.notXlsx";
    public static final String ZIP_BOMB = "import.error.zipBomb";
    public static final String TOO_LARGE = "import.error.tooLarge";
    public static final String MACRO = "import.error.macro";
    public static final String EMPTY = "import.error.empty";
    public static final String TOO_MANY_ROWS = "import.error.tooManyRows";
    public static final String FORMULA = "import.error.formula";
    public static final String SCRIPT = "import.error.script";

    /** The most bytes read, unpacked, from the sheet or from the shared strings. */
    public static final long MAX_PART_BYTES = 100L * 1024 * 1024;

    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final Set<String> WORKBOOK_TYPES =
            Set.of(XSSFRelation.WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType());
    private static final Set<String> MACRO_WORKBOOK_TYPES = Set.of(
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-]\\d[\\d .,()/-]*");
    private static final Pattern ESCAPED_CHAR = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private SpreadsheetReader() {}

    /**
     * Reads the first sheet of an .xlsx workbook.
     *
     * @param xlsx the uploaded file
     * @param maxDataRows the most non-blank data rows accepted, the header not counted
     * @throws SpreadsheetRefused when the workbook cannot be imported, with one of this class's keys
     */
    public static SpreadsheetTable read(byte[] xlsx, int maxDataRows) {
        if (xlsx.length < ZIP_SIGNATURE.length
                || !Arrays.equals(Arrays.copyOf(xlsx, ZIP_SIGNATURE.length), ZIP_SIGNATURE)) {
            throw new SpreadsheetRefused(NOT_XLSX);
        }
        return read(new ByteArrayInputStream(xlsx), maxDataRows);
    }

    /**
     * Reads the first sheet of an .xlsx workbook from a stream, which is read to its end (into a
     * temporary file, deleted afterwards) but not closed. The caller bounds the upload's size (e.g.
     * {@code spring.servlet.multipart.max-file-size}).
     *
     * @param xlsx the uploaded file
     * @param maxDataRows the most non-blank data rows accepted, the header not counted
     * @throws SpreadsheetRefused when the workbook cannot be imported, with one of this class's keys
     * @throws UncheckedIOException when the stream itself or the temporary file fails
     */
    public static SpreadsheetTable read(InputStream xlsx, int maxDataRows) {
        if (maxDataRows < 1) {
            throw new IllegalArgumentException("maxDataRows must be positive: " + maxDataRows);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("ishc-import-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(temp)) {
                xlsx.transferTo(out);
            }
            if (!startsWithZipSignature(temp)) {
                throw new SpreadsheetRefused(NOT_XLSX);
            }
            return readPackage(temp, maxDataRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static boolean startsWithZipSignature(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_SIGNATURE.length), ZIP_SIGNATURE);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the operating system's temporary directory cleaning will take it
            }
        }
    }

    private static SpreadsheetTable readPackage(Path file, int maxDataRows) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw refusal(e);
        }
        try {
            PackagePart workbook = workbookPart(pkg);
            WorkbookHandler book = parse(workbook.getInputStream(), new WorkbookHandler());
            if (book.firstSheetId == null) {
                throw new SpreadsheetRefused(EMPTY);
            }
            PackageRelationship sheetRelation = workbook.getRelationship(book.firstSheetId);
            PackagePart sheet = sheetRelation == null ? null : workbook.getRelatedPart(sheetRelation);
            if (sheet == null) {
                throw new SpreadsheetRefused(NOT_XLSX);
            }
            PackagePart stylesPart = related(workbook, XSSFRelation.STYLES);
            StylesHandler styles =
                    stylesPart == null ? new StylesHandler() : parse(stylesPart.getInputStream(), new StylesHandler());
            PackagePart stringsPart = related(workbook, XSSFRelation.SHARED_STRINGS);
            ReadOnlySharedStringsTable strings = null;
            if (stringsPart != null) {
                try (InputStream in = new Limited(stringsPart.getInputStream())) {
                    strings = new ReadOnlySharedStringsTable(in, false);
                }
            }
            SheetHandler rows = new SheetHandler(maxDataRows, book.date1904, styles, strings);
            try (InputStream in = new Limited(sheet.getInputStream())) {
                parse(in, rows);
            }
            if (rows.header == null || rows.rows.isEmpty()) {
                throw new SpreadsheetRefused(EMPTY);
            }
            return new SpreadsheetTable(rows.header, rows.rows);
        } catch (Exception e) {
            throw refusal(e);
        } finally {
            pkg.revert();
        }
    }

    private static PackagePart workbookPart(OPCPackage pkg) throws Exception {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart workbook = core.isEmpty() ? null : pkg.getPart(core.getRelationship(0));
        if (workbook == null) {
            throw new SpreadsheetRefused(NOT_XLSX);
        }
        if (MACRO_WORKBOOK_TYPES.contains(workbook.getContentType())) {
            throw new SpreadsheetRefused(MACRO);
        }
        if (!WORKBOOK_TYPES.contains(workbook.getContentType())) {
            throw new SpreadsheetRefused(NOT_XLSX);
        }
        for (PackagePart part : pkg.getParts()) {
            String type = part.getContentType().toLowerCase(Locale.ROOT);
            String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
            if (type.contains("vbaproject")
                    || type.contains("macroenabled")
                    || type.contains("macrosheet")
                    || name.endsWith("vbaproject.bin")) {
                throw new SpreadsheetRefused(MACRO);
            }
        }
        return workbook;
    }

    private static PackagePart related(PackagePart workbook, XSSFRelation relation) throws Exception {
        PackageRelationshipCollection found = workbook.getRelationshipsByType(relation.getRelation());
        return found.isEmpty() ? null : workbook.getRelatedPart(found.getRelationship(0));
    }

    private static <H extends DefaultHandler> H parse(InputStream xml, H handler) throws Exception {
        try (InputStream in = xml) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
            return handler;
        }
    }

    /** The refusal a failure amounts to: its own, a size limit, a zip bomb, or "not an .xlsx". */
    private static SpreadsheetRefused refusal(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (t instanceof SpreadsheetRefused refused) {
                return refused;
            }
            if (t instanceof PartTooLarge) {
                return new SpreadsheetRefused(TOO_LARGE, failure);
            }
            String message = t.getMessage();
            // POI's ZipSecureFile and ZipArchiveThresholdInputStream raise plain IOExceptions.
            if (message != null && (message.contains("Zip bomb") || message.contains("potentially malicious"))) {
                return new SpreadsheetRefused(ZIP_BOMB, failure);
            }
            Throwable next =
                    t instanceof SAXException sax && sax.getException() != null ? sax.getException() : t.getCause();
            t = next == t ? null : next;
        }
        return new SpreadsheetRefused(NOT_XLSX, failure);
    }

    /** Trims whitespace of every kind: non-breaking, zero-width and ideographic spaces included. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Whether trimmed, non-empty text could be run as a formula, DDE command or script. */
    static boolean looksLikeScript(String text) {
        char first = text.charAt(0);
        if (first == '=' || first == '@') {
            return true;
        }
        if ((first == '+' || first == '-')
                && text.length() > 1
                && !SIGNED_NUMBER.matcher(text).matches()) {
            return true;
        }
        return text.toLowerCase(Locale.ROOT).contains("<script");
    }

    private static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    private static String localName(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** An unpacked part larger than {@link #MAX_PART_BYTES}. */
    private static final class PartTooLarge extends IOException {
        PartTooLarge() {
            super("part larger than " + MAX_PART_BYTES + " bytes unpacked");
        }
    }

    private static final class Limited extends FilterInputStream {
        private long remaining = MAX_PART_BYTES;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PartTooLarge {
            remaining -= n;
            if (remaining < 0) {
                throw new PartTooLarge();
            }
        }
    }

    /** workbook.xml: the date system and the first sheet's relationship id. */
    private static final class WorkbookHandler extends DefaultHandler {
        boolean date1904;
        String firstSheetId;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName(localName, qName);
            if (name.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if (name.equals("sheet") && firstSheetId == null) {
                for (int i = 0; i < attributes.getLength(); i++) {
                    boolean relationshipId = attributes.getURI(i).contains("relationships")
                            || attributes.getQName(i).contains(":");
                    if (relationshipId
                            && localName(attributes.getLocalName(i), attributes.getQName(i))
                                    .equals("id")) {
                        firstSheetId = attributes.getValue(i);
                    }
                }
            }
        }
    }

    /** styles.xml: which cell styles ({@code s} attributes) show dates. */
    private static final class StylesHandler extends DefaultHandler {
        private final Map<Integer, String> customFormats = new HashMap<>();
        private final List<Integer> styleFormats = new ArrayList<>();
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName(localName, qName);
            if (name.equals("numFmt")) {
                Integer id = parseInt(attributes.getValue("numFmtId"));
                if (id != null) {
                    customFormats.put(id, attributes.getValue("formatCode"));
                }
            } else if (name.equals("cellXfs")) {
                inCellXfs = true;
            } else if (name.equals("xf") && inCellXfs) {
                Integer id = parseInt(attributes.getValue("numFmtId"));
                styleFormats.add(id == null ? 0 : id);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName(localName, qName).equals("cellXfs")) {
                inCellXfs = false;
            }
        }

        boolean isDate(int style) {
            if (style < 0 || style >= styleFormats.size()) {
                return false;
            }
            return dateStyles.computeIfAbsent(style, s -> {
                int id = styleFormats.get(s);
                String format = customFormats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
                return format != null && DateUtil.isADateFormat(id, format);
            });
        }

        private static Integer parseInt(String value) {
            try {
                return value == null ? null : Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** The sheet's XML, cell by cell; refuses as soon as it sees something it must refuse. */
    private static final class SheetHandler extends DefaultHandler {
        private final int maxDataRows;
        private final boolean date1904;
        private final StylesHandler styles;
        private final ReadOnlySharedStringsTable strings;

        List<String> header;
        final List<SpreadsheetRow> rows = new ArrayList<>();

        private int width = -1;
        private final List<Object> headerCells = new ArrayList<>();
        private Object[] cells;
        private boolean rowHasValue;
        private int rowNumber;
        private int column;

        private String reference;
        private String type;
        private int style;
        private boolean relevant;
        private boolean hasValue;
        private boolean inInlineString;
        private int phoneticDepth;
        private boolean capturing;
        private final StringBuilder text = new StringBuilder();

        SheetHandler(int maxDataRows, boolean date1904, StylesHandler styles, ReadOnlySharedStringsTable strings) {
            this.maxDataRows = maxDataRows;
            this.date1904 = date1904;
            this.styles = styles;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName(localName, qName)) {
                case "row" -> startRow(attributes.getValue("r"));
                case "c" -> startCell(attributes);
                case "f" -> {
                    if (relevant) {
                        throw new SAXException(new SpreadsheetRefused(FORMULA, cellReference()));
                    }
                }
                case "v" -> {
                    hasValue = true;
                    capturing = true;
                }
                case "is" -> inInlineString = true;
                case "rPh" -> phoneticDepth++;
                case "t" -> {
                    if (inInlineString && phoneticDepth == 0) {
                        hasValue = true;
                        capturing = true;
                    }
                }
                default -> {}
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName(localName, qName)) {
                case "v", "t" -> capturing = false;
                case "is" -> inInlineString = false;
                case "rPh" -> phoneticDepth--;
                case "c" -> endCell();
                case "row" -> endRow();
                default -> {}
            }
        }

        @Override
        public void characters(char[] chars, int start, int length) {
            if (capturing) {
                text.append(chars, start, length);
            }
        }

        private void startRow(String r) {
            int number = r == null ? rowNumber + 1 : parsePositive(r, rowNumber + 1);
            rowNumber = number;
            column = -1;
            rowHasValue = false;
            if (width < 0) {
                headerCells.clear();
            } else {
                cells = new Object[width];
            }
        }

        private void startCell(Attributes attributes) {
            reference = attributes.getValue("r");
            int parsed = reference == null ? -1 : columnOf(reference);
            column = parsed < 0 ? column + 1 : parsed;
            type = attributes.getValue("t");
            String s = attributes.getValue("s");
            style = s == null ? 0 : parsePositive(s, 0);
            relevant = width < 0 || column < width;
            hasValue = false;
            inInlineString = false;
            phoneticDepth = 0;
            capturing = false;
            text.setLength(0);
        }

        private void endCell() throws SAXException {
            if (!relevant || !hasValue) {
                return;
            }
            Object value;
            try {
                value = value();
            } catch (SpreadsheetRefused refused) {
                throw new SAXException(refused);
            }
            if (value == null) {
                return;
            }
            rowHasValue = true;
            if (width < 0) {
                while (headerCells.size() <= column) {
                    headerCells.add(null);
                }
                headerCells.set(column, value);
            } else {
                cells[column] = value;
            }
        }

        private void endRow() throws SAXException {
            if (!rowHasValue) {
                return;
            }
            if (width < 0) {
                header = headerCells.stream().map(SheetHandler::headerText).toList();
                width = header.size();
                return;
            }
            if (rows.size() >= maxDataRows) {
                throw new SAXException(new SpreadsheetRefused(TOO_MANY_ROWS, maxDataRows));
            }
            rows.add(new SpreadsheetRow(rowNumber, Arrays.asList(cells)));
        }

        private Object value() {
            String raw = text.toString();
            String cellType = type == null ? "n" : type;
            switch (cellType) {
                case "s" -> {
                    if (strings == null) {
                        throw new SpreadsheetRefused(NOT_XLSX);
                    }
                    return text(strings.getItemAt(Integer.parseInt(raw.trim())).getString());
                }
                case "inlineStr", "str", "e" -> {
                    return text(unescape(raw));
                }
                case "b" -> {
                    String b = raw.trim();
                    return b.isEmpty() ? null : "1".equals(b) || "true".equalsIgnoreCase(b);
                }
                case "d" -> {
                    return isoDate(raw);
                }
                default -> {
                    return number(raw);
                }
            }
        }

        private Object text(String raw) {
            String trimmed = trim(raw);
            if (trimmed.isEmpty()) {
                return null;
            }
            if (looksLikeScript(trimmed)) {
                throw new SpreadsheetRefused(SCRIPT, cellReference());
            }
            return trimmed;
        }

        private Object isoDate(String raw) {
            String trimmed = raw.trim();
            try {
                return LocalDate.parse(trimmed.length() > 10 ? trimmed.substring(0, 10) : trimmed);
            } catch (DateTimeParseException e) {
                return text(raw);
            }
        }

        private Object number(String raw) {
            String trimmed = raw.trim();
            if (trimmed.isEmpty()) {
                return null;
            }
            BigDecimal number;
            try {
                number = new BigDecimal(trimmed);
            } catch (NumberFormatException e) {
                return text(raw);
            }
            if (styles.isDate(style)) {
                double serial = number.doubleValue();
                if (DateUtil.isValidExcelDate(serial)) {
                    return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
                }
            }
            number = number.round(EXCEL_PRECISION).stripTrailingZeros();
            if (number.scale() <= 0) {
                try {
                    return number.longValueExact();
                } catch (ArithmeticException tooBig) {
                    return number.setScale(0);
                }
            }
            return number;
        }

        private String cellReference() {
            return reference != null ? reference : columnName(column) + rowNumber;
        }

        private static String headerText(Object value) {
            if (value == null) {
                return "";
            }
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }

        /** Decodes the {@code _xHHHH_} escapes OOXML uses for control characters. */
        private static String unescape(String raw) {
            if (raw.indexOf("_x") < 0) {
                return raw;
            }
            Matcher m = ESCAPED_CHAR.matcher(raw);
            StringBuilder out = new StringBuilder(raw.length());
            while (m.find()) {
                m.appendReplacement(
                        out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** The 0-based column of a reference such as {@code AB12}, or -1. */
        private static int columnOf(String reference) {
            int column = 0;
            int i = 0;
            while (i < reference.length()) {
                char c = Character.toUpperCase(reference.charAt(i));
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
                if (column > 16_384) {
                    return -1;
                }
                i++;
            }
            return i == 0 ? -1 : column - 1;
        }

        private static int parsePositive(String value, int fallback) {
            try {
                int parsed = Integer.parseInt(value.trim());
                return parsed >= 0 ? parsed : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
