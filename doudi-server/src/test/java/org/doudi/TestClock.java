package org.doudi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The server's clock in tests: the real time unless a test moves it (a public notice must run its seven days);
 * a test that moves it resets it when it ends. Picked up by every test context through component scanning.
 */
@Configuration(proxyBeanMethods = false)
public class TestClock {

    private static final MovableClock CLOCK = new MovableClock();

    @Bean
    @Primary
    Clock movableClock() {
        return CLOCK;
    }

    public static void advance(Duration duration) {
        CLOCK.offset = CLOCK.offset.plus(duration);
    }

    public static void reset() {
        CLOCK.offset = Duration.ZERO;
    }

    static final class MovableClock extends Clock {
        private final Clock system = Clock.system(DoudiApplication.ZONE);
        private volatile Duration offset = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        /** The same moved time seen in another zone (the bank file's local timestamp asks for Asia/Shanghai). */
        @Override
        public Clock withZone(ZoneId zone) {
            MovableClock moved = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return moved.withZone(other);
                }

                @Override
                public Instant instant() {
                    return moved.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return system.instant().plus(offset);
        }
    }
}
