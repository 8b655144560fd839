package org.doudi.monitoring;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.doudi.registry.PersonRowParser;
import org.doudi.registry.PersonsFile;
import org.doudi.tabular.RowProblem;
import org.doudi.tabular.TableException;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;

/** Reads a registry export into a {@link Registry}; rows that fail {@link PersonRowParser} are rejected. */
final class RegistryReader {

    private static final int BATCH = 1024;
    private static final int IN_FLIGHT = 16;
    private static final int IN_FLIGHT_BLOCKS = 16;
    private static final List<String> REQUIRED = List.of(PersonsFile.HOUSEHOLD_ID, PersonsFile.ID_NUMBER,
            PersonsFile.NAME, PersonsFile.RELATION, PersonsFile.REGION, PersonsFile.AREA, PersonsFile.STATUS);

    private final LocalDate asOf;
    private final Consumer<Rejection> rejected;
    private final LongAdder progress;

    RegistryReader(LocalDate asOf, Consumer<Rejection> rejected, LongAdder progress) {
        this.asOf = asOf;
        this.rejected = rejected;
        this.progress = progress;
    }

    Registry read(Path file) {
        String name = file.getFileName().toString();
        Registry inRanges = readInRanges(file, name);
        if (inRanges != null) {
            return inRanges;
        }
        Registry registry = new Registry();
        PersonRowParser parser = new PersonRowParser(asOf);
        try (TableReader reader = TableReader.open(file)) {
            reader.requireColumns(REQUIRED);
            Deque<CompletableFuture<List<PersonRowParser.Result>>> inFlight = new ArrayDeque<>();
            List<TableRow> batch = new ArrayList<>(BATCH);
            for (TableRow row : reader) {
                batch.add(row);
                if (batch.size() == BATCH) {
                    inFlight.add(parse(parser, batch));
                    batch = new ArrayList<>(BATCH);
                    while (inFlight.size() > IN_FLIGHT) {
                        add(registry, name, inFlight.poll().join());
                    }
                }
            }
            inFlight.add(parse(parser, batch));
            while (!inFlight.isEmpty()) {
                add(registry, name, inFlight.poll().join());
            }
        } catch (TableException e) {
            rejected.accept(new Rejection(name, e.line(), e.getMessage()));
        }
        return registry.seal();
    }

    /** Parses a batch of rows on the common pool (the file is read on this thread, rows checked on the others). */
    private CompletableFuture<List<PersonRowParser.Result>> parse(PersonRowParser parser, List<TableRow> rows) {
        return CompletableFuture.supplyAsync(() -> rows.stream().map(parser::parse).toList());
    }

    /**
     * The fast way for a plain UTF-8 CSV file (no quotes, no carriage returns, the header on line 1): the file
     * is cut into blocks at line ends, each block split and checked on its own thread, and the rows added in
     * file order. Gives exactly what the sequential reading gives, or null when the file is not plain (then
     * the sequential reading runs and reports any problem with the file as it always has).
     */
    private Registry readInRanges(Path file, String name) {
        PersonRowParser parser = new PersonRowParser(asOf);
        Registry registry = new Registry();
        List<Rejection> found = new ArrayList<>();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "doudi-registry");
            thread.setDaemon(true);
            return thread;
        });
        try (TableReader reader = TableReader.open(file)) {
            if (!REQUIRED.stream().allMatch(reader::hasColumn)) {
                return null;
            }
            Deque<Future<List<PersonRowParser.Result>>> inFlight = new ArrayDeque<>();
            boolean plain = PlainCsv.blocks(file, reader, (block, from, to, firstLine) -> {
                inFlight.add(workers.submit(() -> parseBlock(reader, parser, block, from, to, firstLine)));
                while (inFlight.size() > IN_FLIGHT_BLOCKS) {
                    add(registry, name, inFlight.poll().get(), found::add);
                }
            });
            if (!plain) {
                return null;
            }
            while (!inFlight.isEmpty()) {
                add(registry, name, inFlight.poll().get(), found::add);
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return null;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("读取登记库被中断", e);
        } catch (Exception e) {
            return null;
        } finally {
            workers.shutdownNow();
        }
        found.forEach(rejected);
        return registry.seal();
    }

    private static List<PersonRowParser.Result> parseBlock(TableReader reader, PersonRowParser parser, byte[] block,
                                                           int from, int to, long firstLine)
            throws CharacterCodingException {
        List<PersonRowParser.Result> results = new ArrayList<>();
        PlainCsv.rows(reader, block, from, to, firstLine, row -> results.add(parser.parse(row)));
        return results;
    }

    private void add(Registry registry, String name, List<PersonRowParser.Result> results) {
        add(registry, name, results, rejected);
    }

    private void add(Registry registry, String name, List<PersonRowParser.Result> results,
                     Consumer<Rejection> rejected) {
        for (PersonRowParser.Result result : results) {
            if (result.valid()) {
                registry.add(result.row());
            } else {
                rejected.accept(new Rejection(name, result.problems().get(0).line(), result.problems().stream()
                        .map(RowProblem::message).collect(Collectors.joining("；"))));
            }
            progress.increment();
        }
    }
}
