package vn.ishc.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import vn.ishc.IntegrationTest;

/**
 * Two requests of one session that both add the same attribute before either has saved (what the soak met
 * with concurrent first requests of a new login) both save; the later value wins (SessionStoreConfig).
 */
@IntegrationTest
class SessionStoreTest {

    @Autowired
    JdbcIndexedSessionRepository repository;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void twoRequestsAddingTheSameAttributeToOneSessionBothSave() {
        SessionRepository sessions = repository; // its session class is not public: used as a Session
        Session created = sessions.createSession();
        sessions.save(created);
        try {
            Session first = sessions.findById(created.getId());
            Session second = sessions.findById(created.getId());
            first.setAttribute("token", "first");
            second.setAttribute("token", "second");

            sessions.save(first);
            sessions.save(second);

            assertThat(((Session) sessions.findById(created.getId())).<String>getAttribute("token"))
                    .isEqualTo("second");
        } finally {
            sessions.deleteById(created.getId());
        }
    }
}
