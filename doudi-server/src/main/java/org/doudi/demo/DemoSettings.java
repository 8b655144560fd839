package org.doudi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * First start on an empty database.
 *
 * @param enabled load the demonstration county (望江县, synthetic data) and one user per role
 * @param households households generated for the demonstration
 * @param password the password of every demonstration user
 * @param adminRegion without demonstration data: the region of the first administrator
 */
@ConfigurationProperties("doudi.demo")
public record DemoSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2000") int households,
        @DefaultValue("doudi2026") String password,
        @DefaultValue("340827") String adminRegion) {
}
