package org.doudi.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.doudi.kernel.Area;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.SelfCare;
import org.doudi.policy.AssessmentRequest;
import org.doudi.policy.AssessmentRequest.Income;
import org.doudi.policy.AssessmentRequest.IncomeType;
import org.doudi.policy.AssessmentRequest.Member;
import org.doudi.policy.Assessor;
import org.doudi.policy.Decision;
import org.doudi.policy.PolicyPacks;
import org.doudi.registry.PersonsFile;
import org.doudi.tabular.TableReader;
import org.doudi.tabular.TableRow;

/**
 * Assesses every household of a generated persons.csv with the engine, on all cores, once with full
 * explanations and once without, and prints households per second for each. Households in extreme poverty
 * are assessed for it; all others (Dibao, marginal, monitored) for Dibao, at the as-of date given.
 *
 * <pre>java -Dloader.main=org.doudi.bench.AssessBenchmark -jar bench/target/doudi-bench.jar persons.csv 2025-06-30</pre>
 */
public final class AssessBenchmark {

    private AssessBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        LocalDate asOf = LocalDate.parse(args.length > 1 ? args[1] : "2025-06-30");
        long started = System.nanoTime();
        List<AssessmentRequest> requests = read(file, asOf);
        System.out.printf("read      %,d households from %s in %.1f s%n", requests.size(), file,
                (System.nanoTime() - started) / 1e9);
        Assessor assessor = new Assessor(PolicyPacks.shipped());
        int cores = Runtime.getRuntime().availableProcessors();
        run("warm-up", requests.subList(0, Math.min(requests.size(), 200_000)), r -> assessor.assess(r, true));
        double with = run("explained", requests, r -> assessor.assess(r, true));
        double without = run("bare", requests, r -> assessor.assess(r, false));
        System.out.printf("cores     %d%n", cores);
        System.out.printf("with explanations     %,.0f households/s%n", with);
        System.out.printf("without explanations  %,.0f households/s%n", without);
    }

    /** Assesses all on the common pool; returns households per second. */
    private static double run(String label, List<AssessmentRequest> requests, Function<AssessmentRequest, Decision> assess) {
        AtomicLong eligible = new AtomicLong();
        AtomicLong cents = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long started = System.nanoTime();
        requests.parallelStream().forEach(request -> {
            try {
                Decision decision = assess.apply(request);
                if (decision.eligible()) {
                    eligible.incrementAndGet();
                    cents.addAndGet(decision.monthlyAmount().movePointRight(2).longValue());
                }
            } catch (RuntimeException e) {
                refused.incrementAndGet();
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = requests.size() / seconds;
        System.out.printf("%-9s %,d households in %.2f s = %,.0f/s; eligible %,d, monthly total %s 元, refused %,d%n",
                label, requests.size(), seconds, rate, eligible.get(), BigDecimal.valueOf(cents.get(), 2), refused.get());
        return rate;
    }

    /** Households of the registry file as requests, members in file order. */
    static List<AssessmentRequest> read(Path file, LocalDate asOf) {
        Map<String, Household> households = new LinkedHashMap<>();
        try (TableReader reader = TableReader.open(file)) {
            for (TableRow row : reader) {
                households.computeIfAbsent(row.get(PersonsFile.HOUSEHOLD_ID), id -> new Household(row)).add(row);
            }
        }
        List<AssessmentRequest> requests = new ArrayList<>(households.size());
        households.values().forEach(h -> requests.add(h.request(asOf)));
        return requests;
    }

    private static final class Household {
        final String region;
        final Area area;
        final Programme programme;
        final List<Member> members = new ArrayList<>(4);
        final List<Income> incomes = new ArrayList<>(4);

        Household(TableRow first) {
            region = first.get(PersonsFile.REGION);
            area = Area.valueOf(first.get(PersonsFile.AREA));
            programme = Programme.ofFileCode(first.get(PersonsFile.PROGRAMME));
        }

        void add(TableRow row) {
            String id = "m" + (members.size() + 1);
            String kind = row.get(PersonsFile.DISABILITY_KIND);
            String schooling = row.get(PersonsFile.SCHOOLING);
            String selfCare = row.get(PersonsFile.SELF_CARE);
            members.add(new Member(id, row.get(PersonsFile.ID_NUMBER), null, Relation.valueOf(row.get(PersonsFile.RELATION)),
                    kind.isEmpty() ? null : new AssessmentRequest.Disability(DisabilityKind.valueOf(kind),
                            Integer.valueOf(row.get(PersonsFile.DISABILITY_GRADE))),
                    "Y".equals(row.get(PersonsFile.SERIOUS_ILLNESS)),
                    schooling.isEmpty() ? null : Schooling.valueOf(schooling),
                    AssessmentRequest.selfCareItemsFor(selfCare.isEmpty() ? null : SelfCare.valueOf(selfCare)),
                    null, null, null, null, null, null, null, null, null));
            String income = row.get(PersonsFile.MONTHLY_INCOME);
            if (!income.isEmpty() && !"0".equals(income)) {
                incomes.add(new Income(id, IncomeType.OTHER, new BigDecimal(income), null));
            }
        }

        AssessmentRequest request(LocalDate asOf) {
            Programme assessed = programme == Programme.EXTREME_POVERTY ? Programme.EXTREME_POVERTY : Programme.DIBAO;
            return new AssessmentRequest(assessed, asOf, region, area, null,
                    new AssessmentRequest.Household(members, incomes, List.of(), List.of(), null, null, null, List.of(),
                            List.of(programme)), null, null);
        }
    }
}
