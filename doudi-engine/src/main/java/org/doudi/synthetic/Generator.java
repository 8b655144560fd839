package org.doudi.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code doudi generate}: a synthetic low-income database of a real county, with every department feed,
 * planted anomalies listed in {@code manifest.csv} and importer noise listed in {@code noise.csv}.
 *
 * <p>Units (one registry household each, with the general-population persons around it) are generated in
 * parallel in chunks and written in index order as the chunks complete, so memory stays small whatever the
 * size and the files are byte-identical for the same settings, on any number of threads.
 */
public final class Generator {

    private static final int CHUNK = 256;
    private static final long EXPECTED_NUMBERS_PER_UNIT = 8;
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private Generator() {
    }

    public static GenerationSummary generate(GeneratorSettings settings) {
        return generate(settings, null);
    }

    /** Generates the files; with a progress stream, prints a line every few seconds on long runs. */
    public static GenerationSummary generate(GeneratorSettings settings, PrintStream progress) {
        long started = System.nanoTime();
        County county = County.load(settings.county());
        UnitGenerator units = new UnitGenerator(settings, county);
        List<String> counties = new ArrayList<>();
        counties.add(county.code().value());
        counties.addAll(county.otherCountiesOfProvince());
        IdNumberAssigner numbers = new IdNumberAssigner(settings.households() * EXPECTED_NUMBERS_PER_UNIT, counties);
        long[] manifest = new long[Rule.values().length];
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), Generator::daemon);
        try (OutputFiles files = new OutputFiles(settings.out())) {
            ArrayDeque<Future<UnitOutput[]>> pending = new ArrayDeque<>();
            long next = 0;
            long written = 0;
            long lastReport = started;
            while (next < settings.households() || !pending.isEmpty()) {
                while (next < settings.households() && pending.size() < settings.threads() * 4) {
                    long from = next;
                    long to = Math.min(settings.households(), from + CHUNK);
                    pending.add(pool.submit(() -> generateChunk(units, from, to)));
                    next = to;
                }
                for (UnitOutput unit : pending.poll().get()) {
                    files.write(unit, numbers.assign(unit));
                    for (Rule rule : Rule.values()) {
                        manifest[rule.ordinal()] += unit.manifestRows(rule);
                    }
                    written++;
                }
                long now = System.nanoTime();
                if (progress != null && now - lastReport >= PROGRESS_EVERY_NANOS) {
                    progress.printf("生成中 (generating): %,d / %,d 户 (%d%%), %,d 人, %d s%n", written,
                            settings.households(), written * 100 / settings.households(),
                            files.rows(OutputFile.PERSONS), (now - started) / 1_000_000_000L);
                    lastReport = now;
                }
            }
            files.close();
            return summary(settings, files, manifest, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static UnitOutput[] generateChunk(UnitGenerator units, long from, long to) {
        UnitOutput[] chunk = new UnitOutput[(int) (to - from)];
        for (long index = from; index < to; index++) {
            chunk[(int) (index - from)] = units.generate(index);
        }
        return chunk;
    }

    private static GenerationSummary summary(GeneratorSettings settings, OutputFiles files, long[] manifest,
                                             Duration elapsed) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (OutputFile file : OutputFile.values()) {
            rows.put(file.fileName(), files.rows(file));
        }
        Map<Rule, Long> plants = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            plants.put(rule, manifest[rule.ordinal()]);
        }
        return new GenerationSummary(settings.households(), files.rows(OutputFile.PERSONS), rows, plants, elapsed);
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "doudi-generate");
        thread.setDaemon(true);
        return thread;
    }
}
