package org.doudi.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches feed rows without a usable ID number to registry persons: by name, birth date and the address code
 * read from the digits of the unreadable number, or (a call without a number) by name and village. Only a
 * unique match counts. One pass over the registry, looking only at the names that are asked for.
 */
final class NameMatcher {

    private static final int AMBIGUOUS = -2;
    private static final String MATCHED = "；已按姓名、出生日期和地区匹配到登记人员，作为低置信度线索使用";

    private final Registry registry;

    NameMatcher(Registry registry) {
        this.registry = registry;
    }

    void resolve(List<FeedReader.Unmatched> unmatched, Map<Feed, List<FeedRow>> byFeed, List<FeedRow> outside,
                 List<Rejection> rejections) {
        if (unmatched.isEmpty()) {
            return;
        }
        Map<String, Integer> found = index(unmatched);
        for (FeedReader.Unmatched u : unmatched) {
            int p = u.nameKey() == null ? -1 : found.getOrDefault(u.nameKey(), -1);
            if (p >= 0) {
                byFeed.computeIfAbsent(u.row().feed(), f -> new ArrayList<>())
                        .add(u.row().withPerson(p, registry.idNumber(p), u.how()));
            } else if (OutsideRegistryRules.mayMatter(u.row())) {
                outside.add(u.row().withPerson(-1, "", u.how()));
            }
            if (u.rejection() != null) {
                rejections.add(new Rejection(u.row().file(), u.row().line(), u.rejection() + (p >= 0 ? MATCHED : "")));
            }
        }
    }

    private Map<String, Integer> index(List<FeedReader.Unmatched> unmatched) {
        Set<String> names = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (FeedReader.Unmatched u : unmatched) {
            if (u.nameKey() != null) {
                names.add(u.row().name());
                keys.add(u.nameKey());
            }
        }
        Map<String, Integer> found = new HashMap<>();
        for (int p = 0; p < registry.persons(); p++) {
            if (!names.contains(registry.name(p))) {
                continue;
            }
            for (String key : List.of(NameKeys.ofValid(registry.name(p), registry.idNumber(p)),
                    "R|" + registry.name(p) + "|" + registry.region(registry.household(p)))) {
                if (keys.contains(key)) {
                    found.merge(key, p, (a, b) -> a == b ? a : AMBIGUOUS);
                }
            }
        }
        return found;
    }
}
