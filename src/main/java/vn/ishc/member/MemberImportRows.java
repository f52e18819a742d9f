package vn.ishc.member;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a pending import as they are stored: one value ({@code member_import.row_data}) holding
 * every row's Excel row number and cell texts, so an upload writes one value instead of a row per sheet
 * row and the commit clears one value instead of deleting them. The value starts with the columns' names
 * ({@link MemberImportColumn#dbColumn()}), so rows stored before a template column was added or removed
 * still read: a column not stored reads as blank.
 */
final class MemberImportRows {
    /** The format of the value: a version byte, the column names, then the rows. */
    private static final byte FORMAT = 1;

    private MemberImportRows() {}

    static byte[] write(List<MemberImportRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + rows.size() * 160);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            MemberImportColumn[] columns = MemberImportColumn.values();
            out.writeShort(columns.length);
            for (MemberImportColumn c : columns) out.writeUTF(c.dbColumn());
            out.writeInt(rows.size());
            for (MemberImportRow row : rows) {
                out.writeInt(row.number());
                for (String cell : row.cells()) out.writeUTF(cell);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The rows of a stored value, in the order written; none when there is no value. */
    static List<MemberImportRow> read(byte[] value) {
        if (value == null) return List.of();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            byte format = in.readByte();
            if (format != FORMAT) throw new IllegalStateException("unknown import row format " + format);
            List<String> stored = new ArrayList<>();
            for (int i = in.readShort(); i > 0; i--) stored.add(in.readUTF());
            int[] position = Arrays.stream(MemberImportColumn.values())
                    .mapToInt(c -> stored.indexOf(c.dbColumn()))
                    .toArray();
            int count = in.readInt();
            List<MemberImportRow> rows = new ArrayList<>(count);
            String[] cells = new String[stored.size()];
            for (int r = 0; r < count; r++) {
                int number = in.readInt();
                for (int i = 0; i < cells.length; i++) cells[i] = in.readUTF();
                List<String> row = new ArrayList<>(position.length);
                for (int p : position) row.add(p < 0 ? "" : cells[p]);
                rows.add(new MemberImportRow(number, row));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
