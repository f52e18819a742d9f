package vn.ishc.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * How a column's values are written into the archive and read back, exactly: each kind has one JSON
 * form, and SQL NULL is always JSON {@code null} (so an empty string stays an empty string). Integers are
 * JSON numbers; numeric values are their plain decimal text (no binary floating point on the way); dates,
 * times and timestamps are ISO-8601 text; binary values are Base64 text.
 */
enum ColumnKind {
    BIGINT,
    INTEGER,
    TEXT,
    DATE,
    TIME,
    TIMESTAMP,
    TIMESTAMP_TZ,
    BOOLEAN,
    NUMERIC,
    BINARY;

    /** The kind of a JDBC type; null for a type the archive cannot hold exactly. */
    static ColumnKind of(int jdbcType) {
        return switch (jdbcType) {
            case Types.BIGINT -> BIGINT;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
            case Types.VARCHAR,
                    Types.CHAR,
                    Types.LONGVARCHAR,
                    Types.CLOB,
                    Types.NVARCHAR,
                    Types.NCHAR,
                    Types.LONGNVARCHAR,
                    Types.NCLOB -> TEXT;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_TZ;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.NUMERIC, Types.DECIMAL -> NUMERIC;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> null;
        };
    }

    /** Writes the value of column {@code index} of the current row. */
    void write(ResultSet rs, int index, JsonGenerator out) throws SQLException {
        switch (this) {
            case BIGINT, INTEGER -> {
                long v = rs.getLong(index);
                if (rs.wasNull()) out.writeNull();
                else out.writeNumber(v);
            }
            case BOOLEAN -> {
                boolean v = rs.getBoolean(index);
                if (rs.wasNull()) out.writeNull();
                else out.writeBoolean(v);
            }
            case TEXT -> text(out, rs.getString(index));
            case NUMERIC -> {
                BigDecimal v = rs.getBigDecimal(index);
                text(out, v == null ? null : v.toPlainString());
            }
            case DATE -> {
                LocalDate v = rs.getObject(index, LocalDate.class);
                text(out, v == null ? null : v.toString());
            }
            case TIME -> {
                LocalTime v = rs.getObject(index, LocalTime.class);
                text(out, v == null ? null : v.toString());
            }
            case TIMESTAMP -> {
                LocalDateTime v = rs.getObject(index, LocalDateTime.class);
                text(out, v == null ? null : v.toString());
            }
            case TIMESTAMP_TZ -> {
                OffsetDateTime v = rs.getObject(index, OffsetDateTime.class);
                text(out, v == null ? null : v.toString());
            }
            case BINARY -> {
                byte[] v = rs.getBytes(index);
                text(out, v == null ? null : Base64.getEncoder().encodeToString(v));
            }
        }
    }

    private static void text(JsonGenerator out, String v) {
        if (v == null) out.writeNull();
        else out.writeString(v);
    }

    /** Binds a value read from the archive to parameter {@code index}; {@code sqlType} is the target's column type. */
    void bind(PreparedStatement ps, int index, JsonNode v, int sqlType) throws SQLException {
        if (v == null || v.isNull()) {
            ps.setNull(index, sqlType);
            return;
        }
        switch (this) {
            case BIGINT -> ps.setLong(index, v.longValue());
            case INTEGER -> ps.setInt(index, v.intValue());
            case BOOLEAN -> ps.setBoolean(index, v.booleanValue());
            case TEXT -> ps.setString(index, v.stringValue());
            case NUMERIC -> ps.setBigDecimal(index, new BigDecimal(v.stringValue()));
            case DATE -> ps.setObject(index, LocalDate.parse(v.stringValue()));
            case TIME -> ps.setObject(index, LocalTime.parse(v.stringValue()));
            case TIMESTAMP -> ps.setObject(index, LocalDateTime.parse(v.stringValue()));
            case TIMESTAMP_TZ -> ps.setObject(index, OffsetDateTime.parse(v.stringValue()));
            case BINARY -> ps.setBytes(index, Base64.getDecoder().decode(v.stringValue()));
        }
    }

    /** Whether a value of this kind in the archive fits a column of kind {@code target}. */
    boolean fits(ColumnKind target) {
        return this == target || (this == INTEGER && target == BIGINT);
    }
}
