package org.doudi;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The Spring application; {@link Doudi} is the command-line entry point that starts it. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DoudiApplication {

    /** Bureau time: deadlines, dates and timestamps are read in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
