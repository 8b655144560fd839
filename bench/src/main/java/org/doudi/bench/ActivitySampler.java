package org.doudi.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Samples {@code pg_stat_activity} every 100 ms while the import runs, on the benchmark's own connection:
 * what each active backend of the import is doing (statement) and what it waits for. A backend running
 * the staging COPY that waits on {@code Client:ClientRead} is idle, waiting for the import's Java code to
 * send the next rows; one with no wait event is working (CPU).
 */
final class ActivitySampler implements AutoCloseable {

    private static final String QUERY = """
            SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 60),
                   coalesce(wait_event_type || ':' || wait_event, 'CPU (no wait event)')
              FROM pg_stat_activity
             WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'
            """;

    private final Map<String, Map<String, Integer>> samples = new LinkedHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private int ticks;

    ActivitySampler(Connection connection) {
        thread = new Thread(() -> sample(connection), "activity-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            while (running.get()) {
                try (ResultSet rs = statement.executeQuery(QUERY)) {
                    synchronized (samples) {
                        ticks++;
                        while (rs.next()) {
                            samples.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                                    .merge(rs.getString(2), 1, Integer::sum);
                        }
                    }
                }
                Thread.sleep(100);
            }
        } catch (SQLException e) {
            System.err.println("warning: activity sampling stopped: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Statement prefix, then wait event, then number of samples. */
    Map<String, Map<String, Integer>> samples() {
        synchronized (samples) {
            return new LinkedHashMap<>(samples);
        }
    }

    int ticks() {
        synchronized (samples) {
            return ticks;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(5000);
    }
}
