package vn.ishc.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.ui.ExtendedModelMap;

/** The login page names the demo accounts only in demo mode. */
class LoginControllerTest {
    @Test
    void demoAccountsAreListedOnlyInDemoMode() {
        ExtendedModelMap production = new ExtendedModelMap();
        new LoginController("").login(null, new MockHttpSession(), production);
        assertThat(production).doesNotContainKey("demoAccounts").doesNotContainKey("demoPassword");

        ExtendedModelMap demo = new ExtendedModelMap();
        new LoginController("true").login(null, new MockHttpSession(), demo);
        assertThat(demo).containsKey("demoAccounts");
    }
}
