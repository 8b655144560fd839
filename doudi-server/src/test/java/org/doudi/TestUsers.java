package org.doudi;

import org.doudi.access.Role;
import org.doudi.access.UserAdministration;

/** Users for tests, each with a name no other test uses. */
public final class TestUsers {

    public static final String PASSWORD = "test-password-1";

    private TestUsers() {
    }

    public static String create(UserAdministration administration, Role role, String region) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + TestIds.householdNo("u").substring(2);
        administration.create(null, username, "测试" + role.name(), role, region, PASSWORD);
        return username;
    }
}
