package org.doudi.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.doudi.kernel.DivisionCode;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who, in which role, over which region. */
public record DoudiUser(
        long id,
        String username,
        String displayName,
        Role role,
        DivisionCode region,
        String passwordHash,
        boolean enabled,
        Instant lockedUntil) implements UserDetails {

    /** Region scope of every query this user makes: the region and everything below it. */
    public RegionScope scope() {
        return RegionScope.of(region);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Without the password hash, which must not reach a log. */
    @Override
    public String toString() {
        return "DoudiUser[" + username + ", " + role + ", " + region + "]";
    }
}
