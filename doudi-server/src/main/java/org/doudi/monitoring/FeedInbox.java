package org.doudi.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.doudi.kernel.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The watched folder: a department system (or a clerk) drops {@code deaths.csv}, {@code 2026-11-medical.xlsx}...
 * into {@code doudi.monitoring.inbox}; each file is received as a feed and moved to {@code processed/}, or to
 * {@code rejected/} with a {@code .reason.txt} beside it saying why. A file still being written (changed in the
 * last few seconds) waits for the next look.
 */
public class FeedInbox {

    private static final Logger log = LoggerFactory.getLogger(FeedInbox.class);
    private static final long SETTLE_MILLIS = 5_000;

    private final FeedStore feeds;
    private final MonitoringSettings settings;

    FeedInbox(FeedStore feeds, MonitoringSettings settings) {
        this.feeds = feeds;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${doudi.monitoring.inbox-interval:60000}", initialDelay = 30_000)
    public void look() {
        if (settings.inbox() != null && Files.isDirectory(settings.inbox())) {
            collect(settings.inbox());
        }
    }

    /** Receives every settled feed file in the folder; returns how many were received. */
    public int collect(Path inbox) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(inbox)) {
            files = listing.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches("(?i).+\\.(csv|xlsx)"))
                    .sorted().toList();
        } catch (IOException e) {
            log.warn("无法读取部门数据收件目录 {}：{}", inbox, e.getMessage());
            return 0;
        }
        int received = 0;
        for (Path file : files) {
            try {
                if (System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis() < SETTLE_MILLIS) {
                    continue;
                }
                String name = file.getFileName().toString();
                Optional<String> feed = FeedStore.feedOf(name);
                if (feed.isEmpty()) {
                    reject(inbox, file, "文件名未对应任何部门数据（应为 deaths.csv、medical.xlsx 等）");
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    feeds.receive(feed.get(), name, in, "FOLDER", "folder", "");
                }
                move(inbox.resolve("processed"), file);
                received++;
            } catch (Refusal e) {
                reject(inbox, file, e.getMessage());
            } catch (IOException e) {
                log.warn("读取 {} 失败：{}", file, e.getMessage());
            }
        }
        return received;
    }

    private static void reject(Path inbox, Path file, String reason) {
        try {
            Path moved = move(inbox.resolve("rejected"), file);
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), reason + System.lineSeparator());
            log.warn("部门数据 {} 未接收：{}", file.getFileName(), reason);
        } catch (IOException e) {
            log.warn("无法移动 {}：{}", file, e.getMessage());
        }
    }

    private static Path move(Path dir, Path file) throws IOException {
        Files.createDirectories(dir);
        return Files.move(file, dir.resolve(System.currentTimeMillis() + "-" + file.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
