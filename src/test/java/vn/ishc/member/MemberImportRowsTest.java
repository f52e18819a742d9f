package vn.ishc.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberImportRowsTest {
    @Test
    void rowsReadBackAsWrittenWithTheirRowNumbers() {
        List<MemberImportRow> rows = List.of(
                row(2, "Nguyễn Thị Hoa", "Nữ", "01/02/1950"),
                row(7, "Ê Đê 'quoted' \"text\" ✓ 𝒜", "", ""),
                row(20_001, "", "", ""));
        assertThat(MemberImportRows.read(MemberImportRows.write(rows))).isEqualTo(rows);
        assertThat(MemberImportRows.read(MemberImportRows.write(List.of()))).isEmpty();
        assertThat(MemberImportRows.read(null)).isEmpty();
    }

    @Test
    void aColumnNotStoredReadsBlankAndAColumnNoLongerKnownIsIgnored() throws IOException {
        // Stored by a version whose template had only the full name and a column since dropped.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeShort(2);
            out.writeUTF("old_column");
            out.writeUTF(MemberImportColumn.FULL_NAME.dbColumn());
            out.writeInt(1);
            out.writeInt(5);
            out.writeUTF("gone");
            out.writeUTF("Trần Văn An");
        }
        assertThat(MemberImportRows.read(bytes.toByteArray())).containsExactly(row(5, "Trần Văn An", "", ""));
    }

    private static MemberImportRow row(int number, String fullName, String sex, String birth) {
        List<String> cells = new ArrayList<>(Collections.nCopies(MemberImportColumn.values().length, ""));
        cells.set(MemberImportColumn.FULL_NAME.ordinal(), fullName);
        cells.set(MemberImportColumn.SEX.ordinal(), sex);
        cells.set(MemberImportColumn.BIRTH.ordinal(), birth);
        return new MemberImportRow(number, cells);
    }
}
