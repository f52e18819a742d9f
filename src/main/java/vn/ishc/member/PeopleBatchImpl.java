package vn.ishc.member;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.ishc.shared.SearchText;

/** The batched insert of {@link PeopleBatch}: the same columns as the {@link Person} aggregate's. */
class PeopleBatchImpl implements PeopleBatch {
    private final JdbcTemplate jdbc;

    PeopleBatchImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> insertAll(List<Person> people) {
        List<Object[]> rows = new ArrayList<>(people.size());
        for (Person p : people) {
            if (p.id() != null) throw new IllegalArgumentException("person " + p.id() + " is not new");
            PersonDetails d = p.details();
            rows.add(new Object[] {
                d.fullName(),
                SearchText.key(d.fullName()),
                d.sex().name(),
                d.birthDate(),
                d.effectiveBirthYear(),
                d.ethnicity(),
                d.householdStatus().name(),
                d.householdStatusYear(),
                d.disability(),
                d.livesAlone(),
                d.otherHardship(),
                d.nationalId(),
                d.phone(),
                d.residentialGroup()
            });
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(
                connection -> connection.prepareStatement(
                        "insert into person (full_name, name_key, sex, birth_date, birth_year, ethnicity,"
                                + " household_status, household_status_year, disability, lives_alone, other_hardship,"
                                + " national_id, phone, residential_group) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        new ArgumentPreparedStatementSetter(rows.get(i)).setValues(statement);
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                },
                keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        if (ids.size() != people.size()) throw new IllegalStateException("generated keys: " + ids.size());
        List<Long> out = new ArrayList<>(ids.size());
        for (Map<String, Object> id : ids)
            out.add(((Number) id.values().iterator().next()).longValue());
        return out;
    }
}
