package vn.ishc.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only: an unexpected failure, to show that a person then sees the friendly 500 page. */
@Controller
class FailingTestController {
    @GetMapping("/test/unexpected-failure")
    String fail() {
        throw new IllegalStateException("simulated bug with a stack trace nobody should see");
    }
}
