package vn.ishc.club;

import org.springframework.ui.Model;

/**
 * A section of the club page contributed by another module (members, later meetings and funds), so the
 * club module does not depend on them. Panels are shown in ascending {@link #order()}.
 */
public interface ClubPanel {
    int order();

    /** The Thymeleaf fragment to insert, e.g. {@code members/panels :: composition}. */
    String fragment();

    /** Adds what the fragment needs to the model. */
    void addTo(Model model, ClubView club);
}
