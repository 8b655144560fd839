package org.doudi.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bearer tokens for systems and apps ({@code Authorization: Bearer dd_...}). The token is shown once
 * when issued; only its SHA-256 is stored.
 */
public class ApiTokens {

    /** A token as listed (never the secret itself). */
    public record TokenInfo(long id, long userId, String label, java.time.Instant createdAt,
                            java.time.Instant lastUsedAt, java.time.Instant revokedAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Users users;

    public ApiTokens(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Issues a new token for the user and returns the secret (shown once). */
    public String issue(long userId, String label) {
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        String token = "dd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO api_token (user_id, token_hash, label) VALUES (?, ?, ?)")
                .params(userId, hash(token), label).update();
        return token;
    }

    /** The enabled user a live token belongs to. */
    public Optional<DoudiUser> authenticate(String token) {
        Optional<Long> userId = jdbc.sql("""
                UPDATE api_token SET last_used_at = now()
                 WHERE token_hash = ? AND revoked_at IS NULL
                RETURNING user_id
                """).param(hash(token)).query(Long.class).optional();
        return userId.flatMap(users::find).filter(DoudiUser::isEnabled).filter(DoudiUser::isAccountNonLocked);
    }

    public List<TokenInfo> of(long userId) {
        return jdbc.sql("""
                SELECT id, user_id, label, created_at, last_used_at, revoked_at FROM api_token
                 WHERE user_id = ? ORDER BY id
                """).param(userId).query(TokenInfo.class).list();
    }

    public void revoke(long tokenId) {
        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL").param(tokenId).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
