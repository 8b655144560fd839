package org.doudi.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.IdNumber;
import org.doudi.registry.PersonsFile;

/**
 * A plain, literal reading of the built-in rules of contracts/feeds.md with the conventions of
 * {@link FeedVocabulary}, over generated files: what a correct monitoring engine should find. Rows an
 * importer rejects (bad check character, impossible date) are skipped; old 15-digit numbers are converted.
 */
final class ReferenceChecks {

    private final GeneratedFiles files;
    private final LocalDate asOf;
    /** Registry rows (both rolls) by ID number. */
    private final Map<String, List<Map<String, String>>> registry = new HashMap<>();
    private final Map<String, List<Map<String, String>>> households = new HashMap<>();

    ReferenceChecks(GeneratedFiles files, LocalDate asOf) {
        this.files = files;
        this.asOf = asOf;
        for (OutputFile roll : List.of(OutputFile.PERSONS, OutputFile.PERSONS_NEIGHBOUR)) {
            for (Map<String, String> row : files.rows(roll)) {
                registry.computeIfAbsent(row.get(PersonsFile.ID_NUMBER), k -> new ArrayList<>()).add(row);
                households.computeIfAbsent(row.get(PersonsFile.HOUSEHOLD_ID), k -> new ArrayList<>()).add(row);
            }
        }
    }

    /** A finding as the manifest names it. */
    record Finding(Rule rule, String idNumber, String householdId) {
    }

    Set<Finding> manifest(Rule rule) {
        Set<Finding> findings = new HashSet<>();
        for (Map<String, String> row : files.rows(OutputFile.MANIFEST)) {
            if (row.get("rule").equals(rule.name())) {
                findings.add(new Finding(rule, row.get("id_number"), row.get("household_id")));
            }
        }
        return findings;
    }

    Set<Finding> expected(Rule rule) {
        Set<Finding> findings = new HashSet<>();
        switch (rule) {
            case DEATH_OF_RECIPIENT, PAID_AFTER_DEATH -> deaths(rule, findings);
            case VEHICLE_OWNED -> forPaying(rule, OutputFile.VEHICLES, r -> !FeedVocabulary.EXEMPT_VEHICLE_TYPES.contains(r.get("vehicle_type")), findings);
            case REAL_ESTATE_OWNED -> realEstate(findings);
            case BUSINESS_REGISTERED -> forPaying(rule, OutputFile.BUSINESSES, r -> r.get("status").equals(FeedVocabulary.BUSINESS_ACTIVE), findings);
            case HOUSING_FUND_CONTRIBUTIONS -> forPaying(rule, OutputFile.HOUSING_FUND, r -> Double.parseDouble(r.get("monthly_contribution")) > 0, findings);
            case EMPLOYMENT_STARTED -> employment(findings);
            case NEW_SEVERE_DISABILITY -> newSevereDisability(findings);
            case UNEMPLOYED_LOW_INCOME -> unemployed(findings);
            case RELAPSE_RISK_NOT_COVERED -> relapseRisk(findings);
            case STUDENT_IN_LOW_INCOME_HOUSEHOLD -> students(findings);
            case HOTLINE_HARDSHIP -> hotline(findings);
            case DUPLICATE_ENROLMENT -> duplicates(findings);
            case ACCOUNT_HOLDER_MISMATCH -> accountHolders(findings);
            case SHARED_ACCOUNT -> sharedAccounts(findings);
            case MINOR_AGES_OUT -> minorsAgingOut(findings);
            case STAFF_RELATIVE_UNREGISTERED -> staffRelatives(findings);
            case HIGH_MEDICAL_SPENDING -> throw new IllegalArgumentException("threshold is policy: see outOfPocketLast12Months");
        }
        return findings;
    }

    /** Out-of-pocket medical spending of each registry household in the twelve months up to as-of. */
    Map<String, Double> outOfPocketLast12Months() {
        Map<String, Double> sums = new HashMap<>();
        for (Map<String, String> row : feed(OutputFile.MEDICAL, "settle_date")) {
            LocalDate settled = LocalDate.parse(row.get("settle_date"));
            if (settled.isAfter(asOf.minusYears(1)) && !settled.isAfter(asOf)) {
                for (Map<String, String> member : registry.getOrDefault(row.get("id_number"), List.of())) {
                    sums.merge(member.get(PersonsFile.HOUSEHOLD_ID), Double.parseDouble(row.get("out_of_pocket")), Double::sum);
                }
            }
        }
        return sums;
    }

    List<Map<String, String>> household(String id) {
        return households.getOrDefault(id, List.of());
    }

    boolean inRegistry(String idNumber) {
        return registry.containsKey(idNumber);
    }

    /** The rows of a feed that an importer accepts, with 15-digit numbers converted to 18 digits. */
    List<Map<String, String>> feed(OutputFile file, String dateColumn) {
        List<Map<String, String>> accepted = new ArrayList<>();
        String idColumn = file == OutputFile.STAFF ? "relative_id_number" : "id_number";
        for (Map<String, String> row : files.rows(file)) {
            if (IdNumber.validate(row.get(idColumn)).isPresent() || (dateColumn != null && !isDate(row.get(dateColumn)))) {
                continue;
            }
            row.put(idColumn, IdNumber.parse(row.get(idColumn)).value());
            accepted.add(row);
        }
        return accepted;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean paying(Map<String, String> member) {
        return List.of("ACTIVE", "GRADUAL_EXIT").contains(member.get(PersonsFile.STATUS));
    }

    private static String programme(Map<String, String> member) {
        return member.get(PersonsFile.PROGRAMME);
    }

    private void forPaying(Rule rule, OutputFile file, java.util.function.Predicate<Map<String, String>> counts,
                           Set<Finding> findings) {
        for (Map<String, String> row : feed(file, dateColumnOf(file))) {
            if (counts.test(row)) {
                members(row.get("id_number")).stream().filter(ReferenceChecks::paying)
                        .forEach(m -> findings.add(new Finding(rule, row.get("id_number"), m.get(PersonsFile.HOUSEHOLD_ID))));
            }
        }
    }

    private static String dateColumnOf(OutputFile file) {
        return file.dateColumn() < 0 ? null : file.columns().get(file.dateColumn());
    }

    private List<Map<String, String>> members(String idNumber) {
        return registry.getOrDefault(idNumber, List.of());
    }

    private void deaths(Rule rule, Set<Finding> findings) {
        LocalDate paidMonthStart = YearMonth.from(asOf).minusMonths(1).atDay(1);
        for (Map<String, String> row : feed(OutputFile.DEATHS, "death_date")) {
            LocalDate died = LocalDate.parse(row.get("death_date"));
            boolean counts = !died.isAfter(asOf) && (rule == Rule.DEATH_OF_RECIPIENT || died.isBefore(paidMonthStart));
            if (counts) {
                members(row.get("id_number")).stream().filter(ReferenceChecks::paying)
                        .forEach(m -> findings.add(new Finding(rule, row.get("id_number"), m.get(PersonsFile.HOUSEHOLD_ID))));
            }
        }
    }

    private void realEstate(Set<Finding> findings) {
        Map<String, Integer> homes = new HashMap<>();
        Map<String, Set<String>> homeOwners = new HashMap<>();
        for (Map<String, String> row : feed(OutputFile.REAL_ESTATE, "registered_date")) {
            for (Map<String, String> member : members(row.get("id_number"))) {
                if (!paying(member)) {
                    continue;
                }
                String household = member.get(PersonsFile.HOUSEHOLD_ID);
                if (row.get("property_type").equals(FeedVocabulary.RESIDENTIAL_PROPERTY)) {
                    homes.merge(household, 1, Integer::sum);
                    homeOwners.computeIfAbsent(household, k -> new HashSet<>()).add(row.get("id_number"));
                } else {
                    findings.add(new Finding(Rule.REAL_ESTATE_OWNED, row.get("id_number"), household));
                }
            }
        }
        homes.forEach((household, count) -> {
            if (count > FeedVocabulary.HOMES_ALLOWED) {
                homeOwners.get(household).forEach(id -> findings.add(new Finding(Rule.REAL_ESTATE_OWNED, id, household)));
            }
        });
    }

    private void employment(Set<Finding> findings) {
        for (Map<String, String> row : feed(OutputFile.LABOUR, "event_date")) {
            if (row.get("event").equals("EMPLOYED")) {
                LocalDate date = LocalDate.parse(row.get("event_date"));
                members(row.get("id_number")).stream()
                        .filter(m -> paying(m) && date.isAfter(LocalDate.parse(m.get(PersonsFile.ENROLLED_SINCE))))
                        .forEach(m -> findings.add(new Finding(Rule.EMPLOYMENT_STARTED, row.get("id_number"), m.get(PersonsFile.HOUSEHOLD_ID))));
            }
        }
    }

    private void newSevereDisability(Set<Finding> findings) {
        for (Map<String, String> row : feed(OutputFile.DISABILITY, "issued_date")) {
            Disability certificate = new Disability(DisabilityKind.valueOf(row.get("kind")), Integer.parseInt(row.get("grade")),
                    LocalDate.parse(row.get("issued_date")));
            boolean isNew = certificate.certifiedOn().isAfter(asOf.minusMonths(FeedVocabulary.NEW_CERTIFICATE_MONTHS));
            if (!certificate.severe() || !isNew || !row.get("status").equals(FeedVocabulary.CERTIFICATE_VALID)) {
                continue;
            }
            List<Map<String, String>> members = members(row.get("id_number"));
            if (members.isEmpty()) {
                findings.add(new Finding(Rule.NEW_SEVERE_DISABILITY, row.get("id_number"), ""));
            }
            members.stream().filter(m -> List.of("MARGINAL", "").contains(programme(m)))
                    .forEach(m -> findings.add(new Finding(Rule.NEW_SEVERE_DISABILITY, row.get("id_number"), m.get(PersonsFile.HOUSEHOLD_ID))));
        }
    }

    private void unemployed(Set<Finding> findings) {
        for (Map<String, String> row : feed(OutputFile.LABOUR, "event_date")) {
            if (row.get("event").equals("UNEMPLOYED_REGISTERED")) {
                members(row.get("id_number")).stream().filter(m -> List.of("MARGINAL", "").contains(programme(m)))
                        .forEach(m -> findings.add(new Finding(Rule.UNEMPLOYED_LOW_INCOME, row.get("id_number"), m.get(PersonsFile.HOUSEHOLD_ID))));
            }
        }
    }

    private void relapseRisk(Set<Finding> findings) {
        long ruralMarginalBound = Benefits.shipped(asOf).marginalBoundPerPersonYear(GeneratedFiles.WANGJIANG,
                org.doudi.kernel.Area.RURAL);
        for (Map<String, String> row : feed(OutputFile.RURAL_REVITALISATION, "since")) {
            boolean below = Long.parseLong(row.get("per_capita_income")) < ruralMarginalBound;
            if (!row.get("status").equals(FeedVocabulary.RELAPSE_AT_RISK) || !below) {
                continue;
            }
            List<Map<String, String>> members = members(row.get("id_number"));
            if (members.isEmpty()) {
                findings.add(new Finding(Rule.RELAPSE_RISK_NOT_COVERED, row.get("id_number"), ""));
            }
            members.stream().filter(m -> programme(m).isEmpty())
                    .forEach(m -> findings.add(new Finding(Rule.RELAPSE_RISK_NOT_COVERED, row.get("id_number"), m.get(PersonsFile.HOUSEHOLD_ID))));
        }
    }

    private void students(Set<Finding> findings) {
        for (Map<String, String> row : feed(OutputFile.EDUCATION, "enrolled_date")) {
            members(row.get("id_number")).stream().filter(m -> paying(m) || programme(m).equals("MARGINAL"))
                    .forEach(m -> findings.add(new Finding(Rule.STUDENT_IN_LOW_INCOME_HOUSEHOLD, row.get("id_number"), m.get(PersonsFile.HOUSEHOLD_ID))));
        }
    }

    private void hotline(Set<Finding> findings) {
        for (Map<String, String> row : feed(OutputFile.HOTLINE, null)) {
            if (row.get("category").equals(FeedVocabulary.HOTLINE_HARDSHIP)) {
                List<Map<String, String>> members = members(row.get("id_number"));
                if (members.isEmpty()) {
                    findings.add(new Finding(Rule.HOTLINE_HARDSHIP, row.get("id_number"), ""));
                }
                members.forEach(m -> findings.add(new Finding(Rule.HOTLINE_HARDSHIP, row.get("id_number"), m.get(PersonsFile.HOUSEHOLD_ID))));
            }
        }
    }

    private void duplicates(Set<Finding> findings) {
        registry.forEach((id, rows) -> {
            if (rows.stream().filter(ReferenceChecks::paying).map(r -> r.get(PersonsFile.HOUSEHOLD_ID)).distinct().count() > 1) {
                rows.forEach(r -> findings.add(new Finding(Rule.DUPLICATE_ENROLMENT, id, r.get(PersonsFile.HOUSEHOLD_ID))));
            }
        });
    }

    private void accountHolders(Set<Finding> findings) {
        households.forEach((id, members) -> {
            String applicant = members.stream().filter(m -> m.get(PersonsFile.RELATION).equals("APPLICANT"))
                    .map(m -> m.get(PersonsFile.NAME)).findFirst().orElse("");
            members.stream()
                    .filter(m -> paying(m) && !m.get(PersonsFile.ACCOUNT_HOLDER).isEmpty()
                            && !m.get(PersonsFile.ACCOUNT_HOLDER).equals(m.get(PersonsFile.NAME))
                            && !m.get(PersonsFile.ACCOUNT_HOLDER).equals(applicant))
                    .forEach(m -> findings.add(new Finding(Rule.ACCOUNT_HOLDER_MISMATCH, m.get(PersonsFile.ID_NUMBER), id)));
        });
    }

    private void sharedAccounts(Set<Finding> findings) {
        Map<String, List<Map<String, String>>> byAccount = new HashMap<>();
        households.values().stream().flatMap(List::stream)
                .filter(m -> paying(m) && !m.get(PersonsFile.BANK_ACCOUNT).isEmpty())
                .forEach(m -> byAccount.computeIfAbsent(m.get(PersonsFile.BANK_ACCOUNT), k -> new ArrayList<>()).add(m));
        byAccount.values().stream()
                .filter(rows -> rows.stream().map(r -> r.get(PersonsFile.HOUSEHOLD_ID)).distinct().count() > 1)
                .flatMap(List::stream)
                .forEach(m -> findings.add(new Finding(Rule.SHARED_ACCOUNT, m.get(PersonsFile.ID_NUMBER), m.get(PersonsFile.HOUSEHOLD_ID))));
    }

    private void minorsAgingOut(Set<Finding> findings) {
        Set<String> students = new HashSet<>();
        feed(OutputFile.EDUCATION, null).forEach(r -> students.add(r.get("id_number")));
        households.values().stream().flatMap(List::stream)
                .filter(m -> paying(m) && programme(m).equals("EXTREME_POVERTY"))
                .filter(m -> IdNumber.parse(m.get(PersonsFile.ID_NUMBER)).ageOn(asOf) == 18)
                .filter(m -> !students.contains(m.get(PersonsFile.ID_NUMBER)))
                .forEach(m -> findings.add(new Finding(Rule.MINOR_AGES_OUT, m.get(PersonsFile.ID_NUMBER), m.get(PersonsFile.HOUSEHOLD_ID))));
    }

    private void staffRelatives(Set<Finding> findings) {
        for (Map<String, String> row : feed(OutputFile.STAFF, null)) {
            String relative = row.get("relative_id_number");
            members(relative).stream().filter(m -> paying(m) && !m.get(PersonsFile.STAFF_RELATIVE).equals("Y"))
                    .forEach(m -> findings.add(new Finding(Rule.STAFF_RELATIVE_UNREGISTERED, relative, m.get(PersonsFile.HOUSEHOLD_ID))));
        }
    }

    Optional<Map<String, String>> person(String idNumber) {
        return members(idNumber).stream().findFirst();
    }
}
