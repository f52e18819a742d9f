package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

/** A flash attribute the database session could not store is dropped; the others go through. */
class FlashAttributesGuardTest {
    record NotSerialisable(String text) {}

    @Test
    void dropsOnlyWhatCannotBeSerialised() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/member-imports/1/commit");
        FlashMap flash = new FlashMap();
        flash.put("flash", "import.done");
        flash.put("flashArgs", new Object[] {3000, "3.000 ₫"});
        flash.put("warnings", List.of(new NotSerialisable("women below 60 %")));
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);

        new FlashAttributesGuard().postHandle(request, new MockHttpServletResponse(), new Object(), null);

        assertThat((java.util.Map<String, Object>) flash).containsOnlyKeys("flash", "flashArgs");
    }

    @Test
    void aRequestWithoutFlashAttributesIsLeftAlone() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        new FlashAttributesGuard().postHandle(request, new MockHttpServletResponse(), new Object(), null);
        assertThat(FlashAttributesGuard.serialisable(null)).isTrue();
    }
}
