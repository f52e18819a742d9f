package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The number of rows of every table of the application, to show that a refused request changed nothing. */
final class RowCounts {
    private RowCounts() {}

    /** Every table but those named in {@code notCounted} (lower case), by name. */
    static Map<String, Long> of(JdbcClient jdbc, Set<String> notCounted) {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables"
                        + " where table_schema = current_schema() and table_type in ('BASE TABLE', 'TABLE')")
                .query(String.class)
                .list();
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            if (notCounted.contains(table.toLowerCase(Locale.ROOT))) continue;
            counts.put(
                    table,
                    jdbc.sql("select count(*) from \"" + table + "\"")
                            .query(Long.class)
                            .single());
        }
        assertThat(counts).containsKey("club");
        return counts;
    }
}
