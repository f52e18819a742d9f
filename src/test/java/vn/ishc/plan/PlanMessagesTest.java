package vn.ishc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The message keys the plan pages build from enum names (which MessagesTest cannot see) exist in both languages. */
class PlanMessagesTest {

    static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(
                Path.of("src/main/resources/i18n/plans" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static List<String> expectedKeys() {
        List<String> keys = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            keys.add(i.labelKey());
            keys.add(i.labelKey() + ".what");
            if (i.noDataReason() != null) keys.add(i.noDataReason());
        }
        for (IndicatorStatus s : IndicatorStatus.values()) {
            keys.add("indicator.status." + s.name());
            keys.add("indicator.status." + s.name() + ".icon");
        }
        for (Indicator c : DashboardController.WARD_COLUMNS) keys.add("dashboard.column." + c.code());
        for (var component : PlanRules.class.getRecordComponents()) keys.add("plan.field." + component.getName());
        return keys;
    }

    @Test
    void everyKeyBuiltFromAnEnumExistsInVietnameseAndEnglish() throws IOException {
        Properties vi = load("");
        Properties en = load("_en");
        assertThat(expectedKeys()).allSatisfy(k -> {
            assertThat(vi.getProperty(k)).as("vi " + k).isNotBlank();
            assertThat(en.getProperty(k)).as("en " + k).isNotBlank();
        });
    }
}
