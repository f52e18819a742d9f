package vn.ishc.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in account as Spring Security holds it. It is serialised into the database session, so
 * the password hash is erased once the login has been checked.
 */
public final class AccountUser implements UserDetails, CredentialsContainer, Serializable {
    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final boolean locked;
    private String password;

    AccountUser(
            long id, String username, String displayName, String password, Role role, boolean enabled, boolean locked) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.password = password;
        this.role = role;
        this.enabled = enabled;
        this.locked = locked;
    }

    long id() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }
}
