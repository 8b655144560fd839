package org.doudi.monitoring;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where feeds are kept and how alerts are handled: the bureau's own working rules, not policy.
 *
 * @param store where arrived feed files are kept (default {@code doudi-data/feeds}; tests use a temporary folder)
 * @param inbox a folder department systems drop files into ({@code deaths.csv}, {@code medical.xlsx}...); empty: none
 * @param highDays working days to verify a HIGH alert (payment at risk or a person in danger)
 * @param mediumDays working days for a MEDIUM alert
 * @param lowDays working days for a LOW alert
 */
@ConfigurationProperties("doudi.monitoring")
public record MonitoringSettings(
        @DefaultValue("doudi-data/feeds") Path store,
        Path inbox,
        @DefaultValue("3") int highDays,
        @DefaultValue("10") int mediumDays,
        @DefaultValue("20") int lowDays) {
}
