package org.doudi.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.doudi.DoudiApplication;
import org.springframework.stereotype.Component;

/** Timestamps for pages, in bureau time: {@code ${@time.minutes(instant)}}. */
@Component("time")
public class DisplayTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DoudiApplication.ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DoudiApplication.ZONE);

    public String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public String seconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}
