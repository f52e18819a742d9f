package vn.ishc.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A section of the home page contributed by a module for the user in front of it: the club board's "this
 * month" (what is due from whom, the funds' cash, the meetings, the monthly report), the city's plan, the
 * administrator's accounts and backups. Each module that has something to show implements it (as a Spring
 * bean); the home page inserts every section returned, in the order of {@link #order()}, so the web module
 * needs no feature module. An implementation decides for whom its section is (through {@link CurrentUser})
 * and returns nothing for the others; it must be cheap (a few queries), since every home page view runs it.
 *
 * <p>Counts with a link to the records behind them ("3 loans late") are {@link HomeReminders}, not panels.
 */
public interface HomePanel {

    /**
     * What the home page inserts: a Thymeleaf fragment ({@code funds/home :: board}) and the values it reads
     * as {@code panel.<name>}.
     */
    record Section(String fragment, Map<String, Object> model) {
        public Section {
            model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
        }
    }

    /** The section for this user now; empty when the panel is not for them. */
    Optional<Section> sectionFor(CurrentUser user);

    /** Lower comes first. */
    default int order() {
        return 100;
    }
}
