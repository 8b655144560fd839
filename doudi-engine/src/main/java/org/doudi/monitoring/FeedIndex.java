package org.doudi.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The feed rows of registry persons, per feed sorted by person and line, each person's rows saying the same
 * thing counted once (the exported row repeated; the copy matched best is kept).
 */
final class FeedIndex {

    private final Map<Feed, int[]> persons = new EnumMap<>(Feed.class);
    private final Map<Feed, FeedRow[]> rows = new EnumMap<>(Feed.class);

    FeedIndex(Map<Feed, List<FeedRow>> byFeed) {
        for (Map.Entry<Feed, List<FeedRow>> entry : byFeed.entrySet()) {
            FeedRow[] sorted = entry.getValue().stream().filter(r -> r.person() >= 0)
                    .sorted(Comparator.comparingInt(FeedRow::person).thenComparing(FeedRow::file)
                            .thenComparingLong(FeedRow::line))
                    .toArray(FeedRow[]::new);
            FeedRow[] kept = distinct(sorted);
            rows.put(entry.getKey(), kept);
            persons.put(entry.getKey(), Arrays.stream(kept).mapToInt(FeedRow::person).toArray());
        }
    }

    private static FeedRow[] distinct(FeedRow[] sorted) {
        List<FeedRow> kept = new ArrayList<>(sorted.length);
        int groupStart = 0;
        for (FeedRow row : sorted) {
            if (!kept.isEmpty() && kept.get(kept.size() - 1).person() != row.person()) {
                groupStart = kept.size();
            }
            int same = -1;
            for (int i = groupStart; i < kept.size(); i++) {
                if (kept.get(i).fact().equals(row.fact())) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                kept.add(row);
            } else if (row.match().ordinal() < kept.get(same).match().ordinal()) {
                kept.set(same, row);
            }
        }
        return kept.toArray(FeedRow[]::new);
    }

    /** The person's rows of the feed, in file order. */
    List<FeedRow> of(Feed feed, int person) {
        int[] index = persons.get(feed);
        if (index == null) {
            return List.of();
        }
        int at = Arrays.binarySearch(index, person);
        if (at < 0) {
            return List.of();
        }
        int from = at;
        while (from > 0 && index[from - 1] == person) {
            from--;
        }
        int to = at + 1;
        while (to < index.length && index[to] == person) {
            to++;
        }
        return Arrays.asList(rows.get(feed)).subList(from, to);
    }
}
