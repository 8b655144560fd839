package org.doudi.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.doudi.tabular.TableEncoding;
import org.doudi.tabular.TableException;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;

/** Reads a registry export into a {@link Registry}; rows that fail {@link PersonRowParser} are rejected. */
final class RegistryReader {

    private static final int BATCH = 1024;
    private static final int IN_FLIGHT = 16;
    private static final int BLOCK_BYTES = 256 << 10;
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
        try (TableReader reader = TableReader.open(file);
             InputStream in = java.nio.file.Files.newInputStream(file)) {
            TableEncoding encoding = reader.encoding();
            if (encoding != TableEncoding.UTF_8 && encoding != TableEncoding.UTF_8_WITH_BOM) {
                return null;
            }
            if (!REQUIRED.stream().allMatch(reader::hasColumn)) {
                return null;
            }
            Deque<Future<List<PersonRowParser.Result>>> inFlight = new ArrayDeque<>();
            byte[] pending = new byte[0];
            long line = 1;
            boolean first = true;
            while (true) {
                byte[] block = new byte[BLOCK_BYTES + pending.length];
                System.arraycopy(pending, 0, block, 0, pending.length);
                int length = pending.length + in.readNBytes(block, pending.length, BLOCK_BYTES);
                boolean end = length < block.length;
                int cut = end ? length : lastLineEnd(block, length);
                if (cut < 0) {
                    return null;
                }
                pending = Arrays.copyOfRange(block, cut, length);
                int newLines = 0;
                for (int i = 0; i < cut; i++) {
                    byte b = block[i];
                    if (b == '\n') {
                        newLines++;
                    } else if (b == '"' || b == '\r') {
                        return null;
                    }
                }
                int from = 0;
                long firstLine = line;
                if (first) {
                    first = false;
                    from = startsWithBom(block, cut) ? 3 : 0;
                    int headerEnd = indexOf(block, from, cut, (byte) '\n');
                    String header = headerEnd < 0 ? "" : decode(block, from, headerEnd);
                    if (blank(split(header, 0, header.length()))) {
                        return null;
                    }
                    from = headerEnd + 1;
                    firstLine = 2;
                }
                line += newLines;
                int start = from;
                long startLine = firstLine;
                inFlight.add(workers.submit(() -> parseBlock(reader, parser, block, start, cut, startLine)));
                while (inFlight.size() > IN_FLIGHT_BLOCKS) {
                    add(registry, name, inFlight.poll().get(), found::add);
                }
                if (end) {
                    break;
                }
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
        } catch (IOException | RuntimeException e) {
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
        String text = decode(block, from, to);
        List<PersonRowParser.Result> results = new ArrayList<>();
        long line = firstLine;
        int position = 0;
        int length = text.length();
        while (position < length) {
            int lineEnd = text.indexOf('\n', position);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            List<String> cells = split(text, position, lineEnd);
            if (!blank(cells)) {
                results.add(parser.parse(reader.row(line, cells)));
            }
            line++;
            position = lineEnd + 1;
        }
        return results;
    }

    private static String decode(byte[] bytes, int from, int to) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from))
                .toString();
    }

    /** The cells of one unquoted CSV line, empty trailing cells kept (as FastCSV gives them). */
    private static List<String> split(String text, int from, int to) {
        List<String> cells = new ArrayList<>(32);
        int start = from;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',') {
                cells.add(text.substring(start, i));
                start = i + 1;
            }
        }
        cells.add(text.substring(start, to));
        return cells;
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static int lastLineEnd(byte[] block, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (block[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithBom(byte[] bytes, int length) {
        return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
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
