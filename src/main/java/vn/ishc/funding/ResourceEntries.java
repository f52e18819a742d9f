package vn.ishc.funding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ishc.shared.Vnd;

/** The resource entries' storage ({@code funding_entry}) and the sources ({@code funding_source}). */
@Repository
class ResourceEntries {
    static final String COLUMNS = "f.id, f.source_code, f.kind, f.donor, f.received_on, f.budget_year, f.amount,"
            + " f.in_kind_description, f.purpose, f.recipient_level, f.recipient_unit_id, f.club_id, f.document_no,"
            + " f.note, f.cancelled_on, f.cancel_reason, f.recorded_by, f.recorded_at, f.version";

    private final JdbcClient jdbc;

    ResourceEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Source> sources() {
        return jdbc.sql("select code, position, label_vi, label_en from funding_source order by position, code")
                .query((rs, n) -> new Source(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    Optional<Resource> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from funding_entry f where f.id = :id")
                .param("id", id)
                .query(ResourceEntries::row)
                .optional();
    }

    Resource insert(Resource r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into funding_entry (source_code, kind, donor, received_on, budget_year, amount,
                            in_kind_description, purpose, recipient_level, recipient_unit_id, club_id, document_no,
                            note, recorded_by, recorded_at, version)
                        values (:source, :kind, :donor, :on, :year, :amount, :what, :purpose, :level, :unit, :club,
                            :doc, :note, :by, :at, 0)""")
                .param("source", r.source())
                .param("kind", r.kind().name())
                .param("donor", r.donor())
                .param("on", r.receivedOn())
                .param("year", r.budgetYear())
                .param("amount", r.amount().dong())
                .param("what", r.inKindDescription())
                .param("purpose", r.purpose())
                .param("level", r.level().name())
                .param("unit", r.unitId())
                .param("club", r.clubId())
                .param("doc", r.documentNo())
                .param("note", r.note())
                .param("by", r.recordedBy())
                .param("at", Timestamp.from(r.recordedAt()))
                .update(keys, "id");
        return r.withId(keys.getKey().longValue());
    }

    /** Writes a changed entry if it is still at its version; false when someone else saved it first. */
    boolean update(Resource r) {
        return jdbc.sql("""
                        update funding_entry set source_code = :source, kind = :kind, donor = :donor,
                            received_on = :on, budget_year = :year, amount = :amount, in_kind_description = :what,
                            purpose = :purpose, recipient_level = :level, recipient_unit_id = :unit, club_id = :club,
                            document_no = :doc, note = :note, cancelled_on = :cancelledOn,
                            cancel_reason = :cancelReason, version = version + 1
                        where id = :id and version = :version""")
                        .param("source", r.source())
                        .param("kind", r.kind().name())
                        .param("donor", r.donor())
                        .param("on", r.receivedOn())
                        .param("year", r.budgetYear())
                        .param("amount", r.amount().dong())
                        .param("what", r.inKindDescription())
                        .param("purpose", r.purpose())
                        .param("level", r.level().name())
                        .param("unit", r.unitId())
                        .param("club", r.clubId())
                        .param("doc", r.documentNo())
                        .param("note", r.note())
                        .param("cancelledOn", r.cancelled() ? r.cancellation().on() : null)
                        .param("cancelReason", r.cancelled() ? r.cancellation().reason() : null)
                        .param("id", r.id())
                        .param("version", r.version())
                        .update()
                == 1;
    }

    static Resource row(ResultSet rs, int n) throws SQLException {
        java.sql.Date cancelled = rs.getDate("cancelled_on");
        return new Resource(
                rs.getLong("id"),
                rs.getString("source_code"),
                ResourceKind.valueOf(rs.getString("kind")),
                rs.getString("donor"),
                rs.getDate("received_on").toLocalDate(),
                (Integer) rs.getObject("budget_year", Integer.class),
                Vnd.of(rs.getLong("amount")),
                rs.getString("in_kind_description"),
                rs.getString("purpose"),
                RecipientLevel.valueOf(rs.getString("recipient_level")),
                rs.getLong("recipient_unit_id"),
                (Long) rs.getObject("club_id", Long.class),
                rs.getString("document_no"),
                rs.getString("note"),
                cancelled == null
                        ? null
                        : new Resource.Cancellation(cancelled.toLocalDate(), rs.getString("cancel_reason")),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getInt("version"));
    }
}
