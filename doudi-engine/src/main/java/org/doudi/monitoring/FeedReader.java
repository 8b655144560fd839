package org.doudi.monitoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.InvalidIdNumberException;
import org.doudi.tabular.TableException;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;

/**
 * Streams one feed file: each row is read into a {@link Fact} and tied to a registry person by its ID number
 * (an old 15-digit number converted). Rows of persons outside the registry are kept only when an
 * outside-registry rule may need them. A row whose cells cannot be read is rejected; a row whose ID number
 * is unreadable or missing is rejected too, and kept aside to be matched by name, birth date and region.
 */
final class FeedReader {

    /** What one file gave: rows tied to someone, rows awaiting a name match, rejected rows, rows read. */
    record Batch(Feed feed, String file, List<FeedRow> rows, List<Unmatched> unmatched, List<Rejection> rejections,
                 long read) {
    }

    /** A row without a usable ID number: the number as given, its rejection reason (null if none), the key to match it by. */
    record Unmatched(FeedRow row, String rawNumber, String rejection, String nameKey, FeedRow.Match how) {
    }

    private final Registry registry;
    private final Predicate<FeedRow> keepOutside;
    private final LongAdder progress;

    FeedReader(Registry registry, Predicate<FeedRow> keepOutside, LongAdder progress) {
        this.registry = registry;
        this.keepOutside = keepOutside;
        this.progress = progress;
    }

    Batch read(Feed feed, Path file) {
        String name = file.getFileName().toString();
        try (TableReader reader = TableReader.open(file)) {
            reader.requireColumns(feed.required());
            Collector plain = new Collector(feed, name);
            if (PlainCsv.read(file, reader, plain::accept)) {
                return plain.batch();
            }
            Collector rows = new Collector(feed, name);
            try {
                for (TableRow row : reader) {
                    rows.accept(row);
                }
            } catch (TableException e) {
                rows.rejections.add(new Rejection(name, e.line(), e.getMessage()));
            }
            return rows.batch();
        } catch (TableException e) {
            return new Batch(feed, name, new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(List.of(new Rejection(name, e.line(), e.getMessage()))), 0);
        }
    }

    /** What one reading of a file gathers, row by row. */
    private final class Collector {
        private final Feed feed;
        private final String name;
        private final List<FeedRow> rows = new ArrayList<>();
        private final List<Unmatched> unmatched = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private final Map<String, String> labels = new HashMap<>();
        private long read;

        Collector(Feed feed, String name) {
            this.feed = feed;
            this.name = name;
        }

        void accept(TableRow row) {
            read++;
            progress.increment();
            Cells cells = new Cells(row, labels);
            Fact fact = feed.read(cells);
            String personName = row.get(feed.nameColumn());
            if (!cells.clean()) {
                rejections.add(new Rejection(name, row.line(), cells.reason()));
                return;
            }
            FeedRow feedRow = new FeedRow(feed, name, row.line(), -1, "", personName, FeedRow.Match.ID, fact);
            tie(feedRow, row.get(feed.idColumn()), rows, unmatched, rejections);
        }

        Batch batch() {
            return new Batch(feed, name, rows, unmatched, rejections, read);
        }
    }

    private void tie(FeedRow row, String raw, List<FeedRow> rows, List<Unmatched> unmatched, List<Rejection> rejections) {
        if (raw.isEmpty()) {
            if (row.fact() instanceof Fact.Ticket ticket) {
                unmatched.add(new Unmatched(row, raw, null, NameKeys.nameRegion(row.name(), ticket.region()),
                        FeedRow.Match.NAME_REGION));
            } else {
                rejections.add(new Rejection(row.file(), row.line(), row.feed().idColumn() + "：身份证号码为空"));
            }
            return;
        }
        IdNumber number;
        try {
            number = IdNumber.parse(raw);
        } catch (InvalidIdNumberException e) {
            String reason = row.feed().idColumn() + "：" + e.problem().message() + "（" + raw + "）";
            String key = NameKeys.nameBirthRegion(row.name(), raw);
            if (key == null && row.fact() instanceof Fact.Ticket ticket) {
                unmatched.add(new Unmatched(row, raw, reason, NameKeys.nameRegion(row.name(), ticket.region()),
                        FeedRow.Match.NAME_REGION));
            } else if (key != null) {
                unmatched.add(new Unmatched(row, raw, reason, key, FeedRow.Match.NAME_BIRTH_REGION));
            } else {
                rejections.add(new Rejection(row.file(), row.line(), reason));
            }
            return;
        }
        FeedRow.Match how = raw.strip().length() == 15 ? FeedRow.Match.OLD_15_DIGIT : FeedRow.Match.ID;
        FeedRow tied = row.withPerson(registry.person(number.toLong()), number.value(), how);
        if (tied.person() >= 0 || keepOutside.test(tied)) {
            rows.add(tied);
        }
    }
}
