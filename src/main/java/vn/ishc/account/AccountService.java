package vn.ishc.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.area.UnitDirectory;
import vn.ishc.club.ClubDirectory;

@Service
class AccountService {
    static final int MIN_PASSWORD_LENGTH = 8;
    static final int MAX_PASSWORD_BYTES = 72;

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final UnitDirectory units;
    private final ClubDirectory clubs;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountService(
            Accounts accounts,
            PasswordEncoder encoder,
            UnitDirectory units,
            ClubDirectory clubs,
            Clock clock,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.units = units;
        this.clubs = clubs;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    Account open(OpenAccount command) {
        String username = command.username().strip();
        if (!username.matches("[A-Za-z0-9._-]{3,60}")) throw new AccountRefused("username", "account.error.username");
        if (accounts.findByUsername(username).isPresent())
            throw new AccountRefused("username", "account.error.usernameTaken");
        if (command.password() == null || command.password().length() < MIN_PASSWORD_LENGTH)
            throw new AccountRefused("password", "account.error.passwordShort");
        if (tooLong(command.password())) throw new AccountRefused("password", "account.error.passwordLong");
        // A unit or club given must exist, whether or not the role uses it; the role's own must be given.
        if ((command.role().needsUnit() && command.scopeUnitId() == null)
                || (command.scopeUnitId() != null
                        && units.find(command.scopeUnitId()).isEmpty()))
            throw new AccountRefused("scopeUnitId", "account.error.unitRequired");
        if ((command.role().needsClub() && command.scopeClubId() == null)
                || (command.scopeClubId() != null
                        && clubs.findForAdministration(command.scopeClubId()).isEmpty()))
            throw new AccountRefused("scopeClubId", "account.error.clubRequired");
        return opened(accounts.save(Account.open(
                username,
                command.displayName().strip(),
                encoder.encode(command.password()),
                command.role(),
                command.scopeUnitId(),
                command.scopeClubId(),
                command.healthData(),
                clock.instant())));
    }

    private Account opened(Account a) {
        events.publishEvent(new AccountEvents.AccountOpened(a.id(), AccountEvents.opened(a)));
        return a;
    }

    /** Opens the account unless one of that name exists (first administrator, demo accounts). */
    @Transactional
    Account openIfAbsent(OpenAccount command) {
        return accounts.findByUsername(command.username())
                .orElseGet(() -> opened(accounts.save(Account.open(
                        command.username(),
                        command.displayName(),
                        encoder.encode(command.password()),
                        command.role(),
                        command.scopeUnitId(),
                        command.scopeClubId(),
                        command.healthData(),
                        clock.instant()))));
    }

    /** Grants or withdraws an account's reading of health data (a viewer of the health department). */
    @Transactional
    void healthData(long accountId, boolean granted) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId));
        if (account.healthData() == granted) return;
        account.healthData(granted);
        accounts.save(account);
        events.publishEvent(new AccountEvents.HealthDataChanged(accountId, granted));
    }

    /** BCrypt reads at most 72 bytes of a password (and refuses a longer one): a longer one is refused here. */
    static boolean tooLong(String password) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }

    @Transactional
    void changePassword(ChangePassword command) {
        Account account = accounts.findById(command.accountId()).orElseThrow();
        if (!encoder.matches(command.currentPassword(), account.passwordHash()))
            throw new AccountRefused("currentPassword", "password.error.current");
        if (command.newPassword() == null || command.newPassword().length() < MIN_PASSWORD_LENGTH)
            throw new AccountRefused("newPassword", "account.error.passwordShort");
        if (tooLong(command.newPassword())) throw new AccountRefused("newPassword", "account.error.passwordLong");
        if (command.newPassword().equals(command.currentPassword()))
            throw new AccountRefused("newPassword", "password.error.same");
        account.changePassword(encoder.encode(command.newPassword()), clock.instant());
        accounts.save(account);
        events.publishEvent(new AccountEvents.PasswordChanged(account.id(), account.username()));
    }

    List<Account> all() {
        return accounts.findAllByOrderByUsername();
    }

    Optional<Account> find(long id) {
        return accounts.findById(id);
    }

    boolean administratorExists() {
        return accounts.existsByRole(Role.ADMIN);
    }
}
