package vn.ishc.member;

import org.springframework.ui.Model;

/**
 * A section of a member's page contributed by another module (e.g. the loan passbook of the funds), so the
 * member module does not depend on it. Sections are shown in ascending {@link #order()}.
 */
public interface MemberSection {
    int order();

    /** The Thymeleaf fragment to insert, e.g. {@code funds/panels :: member}. */
    String fragment();

    /** Adds what the fragment needs to the model. */
    void addTo(Model model, MemberView member);
}
