package org.doudi.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches feed rows without a usable ID number to registry persons. An unreadable number (a wrong check
 * character, a mistyped old 15-digit number): same name, same birth date and address code in the number, and
 * the number differs from the registry's by one character or two adjacent characters swapped, so a namesake
 * born the same day in the same county (another sequence number) is not taken for the registry person. No
 * number at all (a 12345 call): same name in the ticket's village. Only a unique match counts. One pass over
 * the registry, looking only at the names that are asked for.
 */
final class NameMatcher {

    private static final String MATCHED = "；已按姓名、出生日期、地区和相近号码匹配到登记人员，作为低置信度线索使用";

    private final Registry registry;

    NameMatcher(Registry registry) {
        this.registry = registry;
    }

    void resolve(List<FeedReader.Unmatched> unmatched, Map<Feed, List<FeedRow>> byFeed, List<FeedRow> outside,
                 List<Rejection> rejections) {
        if (unmatched.isEmpty()) {
            return;
        }
        Map<String, List<Integer>> candidates = candidates(unmatched);
        for (FeedReader.Unmatched u : unmatched) {
            int p = match(u, candidates.getOrDefault(u.nameKey(), List.of()));
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

    private int match(FeedReader.Unmatched u, List<Integer> candidates) {
        int found = -1;
        for (int p : candidates) {
            if (u.how() == FeedRow.Match.NAME_REGION || near(u.rawNumber(), registry.idNumber(p))) {
                if (found >= 0) {
                    return -1;
                }
                found = p;
            }
        }
        return found;
    }

    /** One character different, or two adjacent characters swapped (an old number is compared without century and check). */
    static boolean near(String raw, String valid) {
        String text = raw.strip().toUpperCase(java.util.Locale.ROOT);
        String other = text.length() == 15 ? valid.substring(0, 6) + valid.substring(8, 17) : valid;
        if (text.length() != other.length()) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != other.charAt(i)) {
                first = differences == 0 ? i : first;
                differences++;
            }
        }
        return differences <= 1 || differences == 2 && first + 1 < text.length()
                && text.charAt(first) == other.charAt(first + 1) && text.charAt(first + 1) == other.charAt(first);
    }

    private Map<String, List<Integer>> candidates(List<FeedReader.Unmatched> unmatched) {
        Set<String> names = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (FeedReader.Unmatched u : unmatched) {
            if (u.nameKey() != null) {
                names.add(u.row().name());
                keys.add(u.nameKey());
            }
        }
        Map<String, List<Integer>> found = new HashMap<>();
        for (int p = 0; p < registry.persons(); p++) {
            if (!names.contains(registry.name(p))) {
                continue;
            }
            for (String key : List.of(NameKeys.ofValid(registry.name(p), registry.idNumber(p)),
                    NameKeys.nameRegion(registry.name(p), registry.region(registry.household(p))))) {
                if (keys.contains(key)) {
                    found.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
                }
            }
        }
        return found;
    }
}
