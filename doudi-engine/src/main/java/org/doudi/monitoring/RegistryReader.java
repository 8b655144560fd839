package org.doudi.monitoring;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
            for (TableRow row : reader) {
                PersonRowParser.Result result = parser.parse(row);
                if (result.valid()) {
                    registry.add(result.row());
                } else {
                    rejected.accept(new Rejection(name, row.line(), result.problems().stream()
                            .map(RowProblem::message).collect(Collectors.joining("；"))));
                }
                progress.increment();
            }
        } catch (TableException e) {
            rejected.accept(new Rejection(name, e.line(), e.getMessage()));
        }
        return registry.seal();
    }
}
