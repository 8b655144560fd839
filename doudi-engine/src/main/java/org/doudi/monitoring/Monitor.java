package org.doudi.monitoring;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.doudi.policy.PolicySource;

/**
 * The monitoring run: reads the registry export and every department feed (CSV or .xlsx, UTF-8 or GBK),
 * ties feed rows to registry persons by ID number, evaluates the 18 built-in rules of contracts/feeds.md per
 * household in parallel, and returns the findings sorted by rule, household and ID number, so that the same
 * inputs always give the same {@code findings.csv}. Unreadable rows are rejected and counted; the run goes on.
 */
public final class Monitor {

    private static final String REGISTRY = "persons";
    private static final String NEIGHBOUR = "persons_neighbour";
    private static final int CHUNK = 2048;
    private static final long PROGRESS_SECONDS = 5;

    private final PolicySource policy;

    public Monitor(PolicySource policy) {
        this.policy = policy;
    }

    /**
     * Runs every rule. Throws {@link IllegalArgumentException} (Chinese message) when a folder or the
     * registry file is missing.
     */
    public MonitorResult run(MonitorRequest request, Consumer<String> progress) {
        long started = System.nanoTime();
        Consumer<String> say = progress == null ? s -> { } : progress;
        Path registryFile = inputs(request);
        LongAdder rowsRead = new LongAdder();
        List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("doudi-monitor"));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("doudi-monitor-progress"));
        ticker.scheduleAtFixedRate(() -> say.accept(String.format("监测进行中：已读取 %,d 行，用时 %d 秒",
                rowsRead.sum(), (System.nanoTime() - started) / 1_000_000_000L)), PROGRESS_SECONDS, PROGRESS_SECONDS,
                TimeUnit.SECONDS);
        try {
            RegistryReader registryReader = new RegistryReader(request.asOf(), rejections::add, rowsRead);
            Future<Registry> registryTask = pool.submit(() -> registryReader.read(registryFile));
            Optional<Path> neighbourFile = Files.table(request.registryDir(), NEIGHBOUR);
            Future<Registry> neighbourTask = neighbourFile.isPresent()
                    ? pool.submit(() -> registryReader.read(neighbourFile.get())) : null;
            Registry registry = registryTask.get();
            Registry neighbour = neighbourTask == null ? null : neighbourTask.get();
            say.accept(String.format("已读取登记库 %,d 人、%,d 户", registry.persons(), registry.households()));

            FeedReader reader = new FeedReader(registry, OutsideRegistryRules::mayMatter, rowsRead);
            List<Future<FeedReader.Batch>> tasks = new ArrayList<>();
            for (Feed feed : Feed.values()) {
                Files.table(request.feedsDir(), feed.baseName())
                        .ifPresent(file -> tasks.add(pool.submit(() -> reader.read(feed, file))));
            }
            List<FeedReader.Batch> batches = new ArrayList<>();
            for (Future<FeedReader.Batch> task : tasks) {
                batches.add(task.get());
            }
            say.accept(String.format("已读取部门数据 %,d 行", batches.stream().mapToLong(FeedReader.Batch::read).sum()));

            Map<Feed, List<FeedRow>> byFeed = new EnumMap<>(Feed.class);
            List<FeedRow> outside = new ArrayList<>();
            Map<String, Long> rowsByFeed = new LinkedHashMap<>();
            rowsByFeed.put(registryFile.getFileName().toString(), (long) registry.persons());
            neighbourFile.ifPresent(f -> rowsByFeed.put(f.getFileName().toString(), (long) neighbour.persons()));
            List<FeedReader.Unmatched> unmatched = new ArrayList<>();
            for (FeedReader.Batch batch : batches) {
                rowsByFeed.put(batch.file(), batch.read());
                rejections.addAll(batch.rejections());
                unmatched.addAll(batch.unmatched());
                List<FeedRow> tied = byFeed.computeIfAbsent(batch.feed(), f -> new ArrayList<>());
                for (FeedRow row : batch.rows()) {
                    (row.person() >= 0 ? tied : outside).add(row);
                }
            }
            new NameMatcher(registry).resolve(unmatched, byFeed, outside, rejections);

            Thresholds.Cache thresholds = new Thresholds.Cache(policy, request.asOf());
            HouseholdRules rules = new HouseholdRules(registry, new FeedIndex(byFeed), thresholds, request.asOf());
            List<Finding> findings = evaluate(registry, neighbour, rules, thresholds, outside);
            List<Rejection> sortedRejections = new ArrayList<>(rejections);
            sortedRejections.sort(Comparator.comparing(Rejection::file).thenComparingLong(Rejection::line)
                    .thenComparing(Rejection::reason));
            if (request.rejectedFile() != null) {
                FindingsCsv.writeRejections(sortedRejections, request.rejectedFile());
            }
            MonitorSummary summary = new MonitorSummary(registry.persons(), rowsByFeed, sortedRejections.size(),
                    countByRule(findings), Duration.ofNanos(System.nanoTime() - started));
            return new MonitorResult(List.copyOf(findings), List.copyOf(sortedRejections), summary);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("监测被中断", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            ticker.shutdownNow();
            pool.shutdownNow();
        }
    }

    private static Path inputs(MonitorRequest request) {
        if (!java.nio.file.Files.isDirectory(request.registryDir())) {
            throw new IllegalArgumentException("登记库目录不存在：" + request.registryDir());
        }
        if (!java.nio.file.Files.isDirectory(request.feedsDir())) {
            throw new IllegalArgumentException("部门数据目录不存在：" + request.feedsDir());
        }
        return Files.table(request.registryDir(), REGISTRY).orElseThrow(() -> new IllegalArgumentException(
                "登记库目录中没有 persons.csv 或 persons.xlsx：" + request.registryDir()));
    }

    private static List<Finding> evaluate(Registry registry, Registry neighbour, HouseholdRules rules,
                                          Thresholds.Cache thresholds, List<FeedRow> outside) {
        int chunks = (registry.households() + CHUNK - 1) / CHUNK;
        List<Finding> findings = new ArrayList<>();
        IntStream.range(0, chunks).parallel().mapToObj(c -> {
            Findings out = new Findings();
            for (int h = c * CHUNK; h < Math.min(registry.households(), (c + 1) * CHUNK); h++) {
                rules.evaluate(h, out);
            }
            return out.list();
        }).forEachOrdered(findings::addAll);
        Findings across = new Findings();
        CrossHouseholdRules.duplicates(registry, neighbour, across);
        CrossHouseholdRules.sharedAccounts(registry, across);
        new OutsideRegistryRules(thresholds, rules.need(), registry.county()).evaluate(outside, across);
        findings.addAll(across.list());
        findings.sort(ORDER);
        return findings;
    }

    static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> RuleId.valueOf(f.rule()))
            .thenComparing(Finding::householdId).thenComparing(Finding::idNumber)
            .thenComparing(f -> f.name() == null ? "" : f.name()).thenComparing(Finding::evidence);

    private static Map<String, Long> countByRule(List<Finding> findings) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RuleId rule : RuleId.values()) {
            counts.put(rule.name(), 0L);
        }
        findings.forEach(f -> counts.merge(f.rule(), 1L, Long::sum));
        return counts;
    }

    /**
     * Writes findings.csv: UTF-8 with a byte-order mark (Excel), the contract's columns, then {@code low_confidence}
     * ({@code Y} or empty). Leaves {@code out} open.
     */
    public static void writeFindings(List<Finding> findings, OutputStream out) {
        FindingsCsv.write(findings, out);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
