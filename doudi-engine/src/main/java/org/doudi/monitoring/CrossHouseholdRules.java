package org.doudi.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules that compare households: one ID number in two households of the registry, or in our active roll and
 * another region's ({@code persons_neighbour.*}); one bank account receiving benefits for several households.
 */
final class CrossHouseholdRules {

    private CrossHouseholdRules() {
    }

    static void duplicates(Registry registry, Registry neighbour, Findings out) {
        for (int[] pair : registry.sameNumberPairs()) {
            int a = pair[0];
            int b = pair[1];
            if (registry.household(a) != registry.household(b)) {
                String evidence = "身份证号同时登记在 " + registry.householdId(registry.household(a)) + " 和 "
                        + registry.householdId(registry.household(b)) + " 两户";
                add(registry, a, evidence, out);
                add(registry, b, evidence, out);
            }
        }
        if (neighbour == null) {
            return;
        }
        for (int q = 0; q < neighbour.persons(); q++) {
            int p = registry.person(neighbour.key(q));
            if (p < 0 || !registry.active(registry.household(p)) || !neighbour.active(neighbour.household(q))) {
                continue;
            }
            int ours = registry.household(p);
            int theirs = neighbour.household(q);
            add(registry, p, "同时在外地 " + neighbour.householdId(theirs) + "（" + neighbour.region(theirs) + "，"
                    + neighbour.programme(theirs) + " " + neighbour.status(theirs) + "）在保", out);
            add(neighbour, q, "同时在本地 " + registry.householdId(ours) + "（" + registry.region(ours) + "，"
                    + registry.programme(ours) + " " + registry.status(ours) + "）在保", out);
        }
    }

    private static void add(Registry registry, int p, String evidence, Findings out) {
        int h = registry.household(p);
        out.add(RuleId.DUPLICATE_ENROLMENT, registry.householdId(h), registry.idNumber(p), registry.name(p),
                registry.region(h), evidence, false);
    }

    /** Accounts on the applicant rows of more than one household in payment. */
    static void sharedAccounts(Registry registry, Findings out) {
        Map<String, List<Integer>> byAccount = new HashMap<>();
        for (int h = 0; h < registry.households(); h++) {
            String account = registry.bankAccount(h);
            if (account != null && !account.isEmpty() && registry.active(h)) {
                byAccount.computeIfAbsent(account, a -> new ArrayList<>(1)).add(h);
            }
        }
        byAccount.forEach((account, households) -> {
            if (households.size() < 2) {
                return;
            }
            for (int h : households) {
                List<String> others = new ArrayList<>();
                for (int other : households) {
                    if (other != h) {
                        others.add(registry.householdId(other));
                    }
                }
                int applicant = registry.applicant(h);
                out.add(RuleId.SHARED_ACCOUNT, registry.householdId(h), registry.idNumber(applicant),
                        registry.name(applicant), registry.region(h), "收款账户 " + account + " 同时用于 "
                                + String.join("、", others), false);
            }
        });
    }
}
