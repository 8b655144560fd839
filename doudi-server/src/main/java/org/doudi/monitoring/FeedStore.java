package org.doudi.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.doudi.access.AuditLog;
import org.doudi.kernel.IdNumber;
import org.doudi.tabular.TableException;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The department feeds as they arrive (contracts/feeds.md): checked for their name, encoding and columns, kept
 * as files under the store, and recorded with who sent them, when, how, and how many rows they held and how many
 * carried no valid ID number. The newest arrival of each feed is what a monitoring run compares.
 */
public class FeedStore {

    /** The feeds of contracts/feeds.md and the columns each must have. */
    public static final Map<String, List<String>> FEEDS = feeds();

    /** One arrival, as recorded. */
    public record Arrival(long id, String feed, String fileName, Path storedPath, String sha256, String channel,
                          String receivedBy, String regionCode, Instant receivedAt, long rowsRead, long rowsRejected,
                          String encoding) {
    }

    private final JdbcClient jdbc;
    private final MonitoringSettings settings;
    private final AuditLog audit;

    FeedStore(JdbcClient jdbc, MonitoringSettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
    }

    private static Map<String, List<String>> feeds() {
        Map<String, List<String>> feeds = new LinkedHashMap<>();
        feeds.put("deaths", List.of("id_number", "name", "death_date", "source"));
        feeds.put("medical", List.of("id_number", "name", "settle_date", "total_cost", "out_of_pocket", "diagnosis"));
        feeds.put("disability", List.of("id_number", "name", "kind", "grade", "issued_date", "status"));
        feeds.put("labour", List.of("id_number", "name", "event", "event_date", "monthly_amount"));
        feeds.put("vehicles", List.of("id_number", "name", "plate", "vehicle_type", "registered_date", "value"));
        feeds.put("real_estate", List.of("id_number", "name", "property_type", "area_m2", "registered_date"));
        feeds.put("businesses", List.of("id_number", "name", "business_name", "registered_capital", "status"));
        feeds.put("housing_fund", List.of("id_number", "name", "monthly_contribution", "since"));
        feeds.put("education", List.of("id_number", "name", "stage", "enrolled_date", "annual_fees"));
        feeds.put("rural_revitalisation", List.of("id_number", "name", "status", "since", "per_capita_income"));
        feeds.put("hotline", List.of("ticket_id", "id_number", "name", "phone", "received_at", "region", "category", "text"));
        feeds.put("staff", List.of("staff_id_number", "staff_name", "role", "region", "relative_id_number",
                "relative_name", "relation"));
        // the rolls of other regions (persons.csv layout), for duplicate enrolment across regions
        feeds.put("persons_neighbour", org.doudi.registry.PersonsFile.CONTRACT_COLUMNS);
        return Map.copyOf(feeds);
    }

    /** The feed a file name stands for: {@code deaths.csv}, {@code 2026-11-medical.xlsx} → medical. */
    public static Optional<String> feedOf(String fileName) {
        String base = fileName.toLowerCase(Locale.ROOT).replaceAll("\\.(csv|xlsx)$", "");
        return FEEDS.keySet().stream().filter(f -> base.equals(f) || base.endsWith("-" + f) || base.endsWith("_" + f))
                .max((a, b) -> Integer.compare(a.length(), b.length()));
    }

    /**
     * Receives a feed file: refuses an unknown feed, a file whose encoding cannot be decided and a file missing a
     * required column, with the reason; otherwise keeps it and records the arrival.
     */
    public Arrival receive(String feed, String fileName, InputStream content, String channel, String receivedBy,
                           String regionCode) {
        if (!FEEDS.containsKey(feed)) {
            throw new MonitoringException("FEED_UNKNOWN", "feed", "未知的部门数据：" + feed + "（可用："
                    + String.join("、", FEEDS.keySet()) + "）");
        }
        String extension = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : ".csv";
        Path dir = settings.store().resolve(feed);
        Path stored;
        String sha256;
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "arriving-", extension);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(content, digest)) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
            long[] counts = check(feed, fileName, temporary);
            stored = dir.resolve(System.currentTimeMillis() + "-" + sha256.substring(0, 12) + extension);
            Files.move(temporary, stored, StandardCopyOption.ATOMIC_MOVE);
            long id = jdbc.sql("""
                    INSERT INTO feed_arrival (feed, file_name, stored_path, sha256, channel, received_by, region_code,
                                              rows_read, rows_rejected, encoding)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """).params(feed, fileName, stored.toAbsolutePath().toString(), sha256, channel, receivedBy,
                            regionCode, counts[0], counts[1], encoding(stored)).query(Long.class).single();
            audit.recordAs(receivedBy, "FEED_RECEIVED", "feed", feed, regionCode, fileName + "，" + counts[0] + " 行");
            return find(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the file once: the columns are there, and how many rows carry no valid ID number. */
    private static long[] check(String feed, String fileName, Path file) throws IOException {
        String key = feed.equals("staff") ? "relative_id_number" : "id_number";
        long rows = 0;
        long invalid = 0;
        try (TableReader reader = TableReader.open(file)) {
            reader.requireColumns(FEEDS.get(feed));
            for (TableRow row : reader) {
                rows++;
                String id = row.get(key);
                if (id == null || id.isBlank() || IdNumber.validate(id).isPresent()) {
                    invalid++;
                }
            }
        } catch (TableException e) {
            Files.deleteIfExists(file);
            throw new MonitoringException("FEED_" + e.code().name(), "file", fileName + "：" + e.getMessage());
        }
        return new long[] {rows, invalid};
    }

    private static String encoding(Path file) {
        try (TableReader reader = TableReader.open(file)) {
            return reader.encoding().name();
        }
    }

    public Optional<Arrival> find(long id) {
        return jdbc.sql("SELECT * FROM feed_arrival WHERE id = ?").param(id).query(FeedStore::arrival).optional();
    }

    /** Recent arrivals, newest first. */
    public List<Arrival> arrivals(int limit) {
        return jdbc.sql("SELECT * FROM feed_arrival ORDER BY received_at DESC, id DESC LIMIT ?").param(limit)
                .query(FeedStore::arrival).list();
    }

    /** The newest arrival of each feed: what a run compares. */
    public List<Arrival> current() {
        return jdbc.sql("""
                SELECT DISTINCT ON (feed) * FROM feed_arrival ORDER BY feed, received_at DESC, id DESC
                """).query(FeedStore::arrival).list();
    }

    private static Arrival arrival(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Arrival(rs.getLong("id"), rs.getString("feed"), rs.getString("file_name"),
                Path.of(rs.getString("stored_path")), rs.getString("sha256"), rs.getString("channel"),
                rs.getString("received_by"), rs.getString("region_code"), rs.getTimestamp("received_at").toInstant(),
                rs.getLong("rows_read"), rs.getLong("rows_rejected"), rs.getString("encoding"));
    }

    /**
     * Links the newest arrival of each feed that {@code wanted} accepts into the folders the engine reads, named
     * after its feed: other regions' rolls ({@code persons_neighbour}) beside the registry, the others in the feeds
     * folder.
     */
    public void linkCurrent(Path registryDir, Path feedsDir, java.util.function.Predicate<Arrival> wanted) throws IOException {
        for (Arrival arrival : current()) {
            if (wanted.test(arrival)) {
                String extension = arrival.storedPath().toString().endsWith(".xlsx") ? ".xlsx" : ".csv";
                Path dir = arrival.feed().equals("persons_neighbour") ? registryDir : feedsDir;
                Files.createSymbolicLink(dir.resolve(arrival.feed() + extension), arrival.storedPath().toAbsolutePath());
            }
        }
    }

    /** Deletes an engine run's work folder and the links in it; one left behind is logged, not fatal. */
    public static void deleteWorkFolder(Path dir) {
        if (dir == null) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(FeedStore.class).warn("无法删除临时目录 {}", dir);
        }
    }
}
