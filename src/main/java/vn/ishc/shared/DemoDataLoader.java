package vn.ishc.shared;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads every module's demo data at start-up, only when {@code ishc.demo=true} ({@code ISHC_DEMO}). */
@Component
@Order(100)
@ConditionalOnProperty(name = "ishc.demo", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private final List<DemoData> contributors;

    DemoDataLoader(List<DemoData> contributors) {
        this.contributors = contributors;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.warn("Demo mode is on (ISHC_DEMO=true): loading demo data. Never use this on real data.");
        contributors.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
    }
}
