package org.doudi.policy.internal;

import java.util.Map;

/**
 * One parameter pack: a region ({@code national} or a division code) with the parameters it sets. A
 * child pack overrides only what it names.
 */
public record Pack(String file, String region, String name, Map<String, ParameterSeries> parameters) {

    public static final String NATIONAL = "national";

    public boolean national() {
        return NATIONAL.equals(region);
    }
}
