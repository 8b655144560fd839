package org.doudi.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doudi.kernel.DivisionCode;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The user table. */
public class Users implements UserDetailsService {

    private static final String SELECT = """
            SELECT id, username, display_name, role, region_code, password_hash, enabled, locked_until
              FROM app_user
            """;

    private static final RowMapper<DoudiUser> MAPPER = Users::map;

    private final JdbcClient jdbc;

    public Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DoudiUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<DoudiUser> find(String username) {
        return jdbc.sql(SELECT + " WHERE username = ?").param(username).query(MAPPER).optional();
    }

    public Optional<DoudiUser> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(MAPPER).optional();
    }

    /** Users whose region lies inside the scope, for the admin page. */
    public List<DoudiUser> within(RegionScope scope) {
        return jdbc.sql(SELECT + " WHERE region_code LIKE ? ORDER BY region_code, role, username")
                .param(scope.likePattern()).query(MAPPER).list();
    }

    public boolean any() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single() > 0;
    }

    public long insert(String username, String displayName, Role role, DivisionCode region, String passwordHash) {
        return jdbc.sql("""
                INSERT INTO app_user (username, display_name, role, region_code, password_hash)
                VALUES (?, ?, ?, ?, ?) RETURNING id
                """).params(username, displayName, role.name(), region.value(), passwordHash)
                .query(Long.class).single();
    }

    public void update(long id, String displayName, Role role, DivisionCode region, boolean enabled) {
        jdbc.sql("""
                UPDATE app_user SET display_name = ?, role = ?, region_code = ?, enabled = ?, updated_at = now()
                 WHERE id = ?
                """).params(displayName, role.name(), region.value(), enabled, id).update();
    }

    public void setPassword(long id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL, updated_at = now() WHERE id = ?")
                .params(passwordHash, id).update();
    }

    /** Counts a failed login; locks the account when the count reaches the limit. Returns the new count. */
    public int recordFailure(String username, int limit, Instant lockUntil) {
        return jdbc.sql("""
                UPDATE app_user
                   SET failed_attempts = failed_attempts + 1,
                       locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END
                 WHERE username = ?
                RETURNING failed_attempts
                """).params(limit, Timestamp.from(lockUntil), username).query(Integer.class).optional().orElse(0);
    }

    public void recordSuccess(String username) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE username = ? AND failed_attempts > 0")
                .param(username).update();
    }

    public void unlock(long id) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = ?").param(id).update();
    }

    private static DoudiUser map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new DoudiUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), new DivisionCode(rs.getString("region_code")),
                rs.getString("password_hash"), rs.getBoolean("enabled"), locked == null ? null : locked.toInstant());
    }
}
