package org.doudi.monitoring;

import java.nio.file.Path;
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

    private final LocalDate asOf;
    private final Consumer<Rejection> rejected;
    private final LongAdder progress;

    RegistryReader(LocalDate asOf, Consumer<Rejection> rejected, LongAdder progress) {
        this.asOf = asOf;
        this.rejected = rejected;
        this.progress = progress;
    }

    Registry read(Path file) {
        Registry registry = new Registry();
        PersonRowParser parser = new PersonRowParser(asOf);
        String name = file.getFileName().toString();
        try (TableReader reader = TableReader.open(file)) {
            reader.requireColumns(List.of(PersonsFile.HOUSEHOLD_ID, PersonsFile.ID_NUMBER, PersonsFile.NAME,
                    PersonsFile.RELATION, PersonsFile.REGION, PersonsFile.AREA, PersonsFile.STATUS));
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

    private void add(Registry registry, String name, List<PersonRowParser.Result> results) {
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
