package org.doudi.access;

import org.doudi.divisions.DivisionDirectory;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.Refusal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing users: validated, hashed, scoped and logged. */
public class UserAdministration {

    public static final int MIN_PASSWORD_LENGTH = 8;

    /** A user's request that cannot be carried out; {@code field} names the input at fault. */
    public static class InvalidUserException extends Refusal {
        InvalidUserException(String code, String field, String message) {
            super(code, field, message);
        }
    }

    private final Users users;
    private final DivisionDirectory divisions;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    public UserAdministration(Users users, DivisionDirectory divisions, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.users = users;
        this.divisions = divisions;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /**
     * Creates a user inside the administrator's own scope (an administrator cannot create users above
     * their own region). {@code admin} is null for users created by the system itself.
     */
    @Transactional
    public long create(DoudiUser admin, String username, String displayName, Role role, String regionCode,
                       String password) {
        if (username == null || !username.matches("[A-Za-z0-9_.-]{3,64}")) {
            throw new InvalidUserException("USERNAME_INVALID", "username", "用户名须为3-64位字母、数字、下划线、点或连字符");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidUserException("DISPLAY_NAME_MISSING", "displayName", "请填写姓名");
        }
        DivisionCode region = validRegion(admin, regionCode);
        checkPassword(password);
        try {
            long id = users.insert(username, displayName.strip(), role, region, passwordEncoder.encode(password));
            audit.record("USER_CREATED", "USER", username, region.value(), role.name());
            return id;
        } catch (DuplicateKeyException e) {
            throw new InvalidUserException("USERNAME_TAKEN", "username", "用户名已存在：" + username);
        }
    }

    @Transactional
    public void update(DoudiUser admin, long userId, String displayName, Role role, String regionCode, boolean enabled) {
        DoudiUser user = manageable(admin, userId);
        DivisionCode region = validRegion(admin, regionCode);
        users.update(userId, displayName == null || displayName.isBlank() ? user.displayName() : displayName.strip(),
                role, region, enabled);
        audit.record("USER_CHANGED", "USER", user.username(), region.value(),
                role.name() + (enabled ? "" : "，已停用"));
    }

    @Transactional
    public void resetPassword(DoudiUser admin, long userId, String password) {
        DoudiUser user = manageable(admin, userId);
        checkPassword(password);
        users.setPassword(userId, passwordEncoder.encode(password));
        audit.record("PASSWORD_RESET", "USER", user.username(), user.region().value(), null);
    }

    @Transactional
    public void unlock(DoudiUser admin, long userId) {
        DoudiUser user = manageable(admin, userId);
        users.unlock(userId);
        audit.record("USER_UNLOCKED", "USER", user.username(), user.region().value(), null);
    }

    /** A user the administrator may manage: one whose region lies inside the administrator's. */
    public DoudiUser manageable(DoudiUser admin, long userId) {
        return users.find(userId)
                .filter(u -> admin == null || admin.scope().contains(u.region().value()))
                .orElseThrow(() -> new InvalidUserException("USER_NOT_FOUND", "id", "用户不存在或不在您的管辖范围内"));
    }

    private DivisionCode validRegion(DoudiUser admin, String regionCode) {
        DivisionCode region = DivisionCode.tryParse(regionCode).orElseThrow(() ->
                new InvalidUserException("REGION_INVALID", "region", "不是有效的区划代码：" + regionCode));
        if (!divisions.exists(region.value())) {
            throw new InvalidUserException("REGION_UNKNOWN", "region", "区划代码不存在：" + region);
        }
        if (admin != null && !admin.scope().contains(region.value())) {
            throw new InvalidUserException("REGION_OUT_OF_SCOPE", "region", "只能在本人管辖范围内设置用户：" + region);
        }
        return region;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidUserException("PASSWORD_TOO_SHORT", "password", "密码至少" + MIN_PASSWORD_LENGTH + "位");
        }
    }
}
