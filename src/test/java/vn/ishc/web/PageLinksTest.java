package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageLinksTest {
    final PageLinks links = new PageLinks();

    void request(String... nameValues) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/clubs");
        for (int i = 0; i < nameValues.length; i += 2) request.addParameter(nameValues[i], nameValues[i + 1]);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aPageLinkKeepsTheFiltersAndChangesThePage() {
        request("q", "Tân Hòa & co+", "unit", "", "status", "ACTIVE", "page", "3");

        assertThat(links.page(4)).isEqualTo("/clubs?q=T%C3%A2n+H%C3%B2a+%26+co%2B&status=ACTIVE&page=4");
        assertThat(links.export("/clubs/export.csv", null))
                .isEqualTo("/clubs/export.csv?q=T%C3%A2n+H%C3%B2a+%26+co%2B&status=ACTIVE");
    }

    @Test
    void withoutFiltersTheLinksHaveNone() {
        request();

        assertThat(links.page(1)).isEqualTo("/clubs?page=1");
        assertThat(links.export("/clubs/export.xlsx", null)).isEqualTo("/clubs/export.xlsx");
        assertThat(links.export("/members/export.xlsx", "?club=5")).isEqualTo("/members/export.xlsx?club=5");
    }
}
