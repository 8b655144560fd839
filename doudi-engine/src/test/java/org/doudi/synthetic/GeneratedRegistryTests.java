package org.doudi.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.kernel.DivisionLevel;
import org.doudi.kernel.Divisions;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.Sex;
import org.doudi.registry.PersonsFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedRegistryTests {

    private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
    private static final List<String> HOUSEHOLD_FIELDS = List.of(PersonsFile.HOUSEHOLD_ID, PersonsFile.REGION,
            PersonsFile.AREA, PersonsFile.PROGRAMME, PersonsFile.STATUS, PersonsFile.MONTHLY_AMOUNT,
            PersonsFile.ENROLLED_SINCE, PersonsFile.STAFF_RELATIVE);

    @TempDir
    static Path temp;
    static GeneratedFiles files;
    static List<Map<String, String>> persons;
    static Map<String, List<Map<String, String>>> households;

    @BeforeAll
    static void generate() {
        files = GeneratedFiles.generate(temp, 2000, 1);
        persons = files.rows(OutputFile.PERSONS);
        households = persons.stream().collect(Collectors.groupingBy(p -> p.get(PersonsFile.HOUSEHOLD_ID)));
    }

    @Test
    void thePersonsFileHasEveryRegistryColumnInExportOrder() {
        assertThat(GeneratedFiles.split(files.lines(OutputFile.PERSONS).get(0))).isEqualTo(PersonsFile.ALL_COLUMNS);
        assertThat(households).hasSize(2000).containsKey("340827-000001").containsKey("340827-002000");
    }

    @Test
    void everyIdNumberIsValidUniqueAndCarriesTheBirthDate() {
        Set<String> seen = new HashSet<>();
        for (Map<String, String> person : persons) {
            String number = person.get(PersonsFile.ID_NUMBER);
            IdNumber id = IdNumber.parse(number);
            assertThat(id.value()).isEqualTo(number);
            assertThat(id.birthDate()).hasToString(person.get(PersonsFile.BIRTH_DATE));
            assertThat(seen.add(number)).as("unique " + number).isTrue();
        }
    }

    @Test
    void mostNumbersWereIssuedInTheCountyAndSomeElsewhereInTheProvince() {
        long here = persons.stream().filter(p -> p.get(PersonsFile.ID_NUMBER).startsWith("340827")).count();
        assertThat(here).isBetween(persons.size() * 80L / 100, persons.size() * 95L / 100);
        assertThat(persons).allMatch(p -> p.get(PersonsFile.ID_NUMBER).startsWith("34"));
    }

    @Test
    void everyRegionIsARealVillageOfTheCountyWithItsUrbanOrRuralKind() {
        Divisions county = Divisions.under(GeneratedFiles.WANGJIANG);
        Map<String, Area> villages = new HashMap<>();
        for (Divisions.Division township : county.children(GeneratedFiles.WANGJIANG)) {
            for (Divisions.Division village : county.children(township.code())) {
                villages.put(village.code().value(), Village.areaOf(township.name(), village.name()));
            }
        }
        for (Map<String, String> person : persons) {
            String region = person.get(PersonsFile.REGION);
            assertThat(DivisionCode.parse(region).level()).isEqualTo(DivisionLevel.VILLAGE);
            assertThat(villages).containsKey(region);
            assertThat(person.get(PersonsFile.AREA)).isEqualTo(villages.get(region).name());
        }
        assertThat(persons).anyMatch(p -> p.get(PersonsFile.AREA).equals("URBAN"))
                .anyMatch(p -> p.get(PersonsFile.AREA).equals("RURAL"));
    }

    @Test
    void everyHouseholdHasExactlyOneApplicantAndTheSameHouseholdFieldsOnEveryRow() {
        households.forEach((id, members) -> {
            assertThat(members).filteredOn(m -> m.get(PersonsFile.RELATION).equals("APPLICANT")).as(id).hasSize(1);
            assertThat(members.get(0).get(PersonsFile.RELATION)).isEqualTo("APPLICANT");
            for (String field : HOUSEHOLD_FIELDS) {
                assertThat(members).extracting(m -> m.get(field)).as(id + " " + field).containsOnly(members.get(0).get(field));
            }
        });
    }

    @Test
    void spousesAreOfTheOppositeSexAndGenerationsAreApart() {
        households.forEach((id, members) -> {
            IdNumber applicant = IdNumber.parse(members.get(0).get(PersonsFile.ID_NUMBER));
            for (Map<String, String> member : members.subList(1, members.size())) {
                IdNumber number = IdNumber.parse(member.get(PersonsFile.ID_NUMBER));
                int older = Period.between(applicant.birthDate(), number.birthDate()).getYears();
                switch (member.get(PersonsFile.RELATION)) {
                    case "SPOUSE" -> assertThat(number.sex()).as(id).isNotEqualTo(applicant.sex());
                    case "CHILD" -> assertThat(older).as(id + " child").isGreaterThanOrEqualTo(18);
                    case "PARENT" -> assertThat(-older).as(id + " parent").isGreaterThanOrEqualTo(17);
                    case "GRANDCHILD" -> assertThat(older).as(id + " grandchild").isGreaterThanOrEqualTo(36);
                    default -> assertThat(number.birthDate()).isBefore(AS_OF);
                }
            }
        });
    }

    @Test
    void householdSizesAreSkewedSmallAndAgesSkewedOld() {
        long singles = households.values().stream().filter(m -> m.size() == 1).count();
        long couples = households.values().stream().filter(m -> m.size() == 2).count();
        long large = households.values().stream().filter(m -> m.size() >= 5).count();
        assertThat(singles).isBetween(600L, 800L);
        assertThat(couples).isBetween(420L, 580L);
        assertThat(large).isBetween(140L, 260L);
        long elderly = persons.stream().filter(p -> age(p) >= 60).count();
        assertThat(elderly).isGreaterThan(persons.size() * 30L / 100);
    }

    @Test
    void theProgrammeMixIsThatOfACountyLowIncomeDatabase() {
        Map<String, Long> programmes = households.values().stream()
                .collect(Collectors.groupingBy(m -> m.get(0).get(PersonsFile.PROGRAMME), Collectors.counting()));
        assertThat(programmes.get("DIBAO")).isBetween(1000L, 1200L);
        assertThat(programmes.get("EXTREME_POVERTY")).isBetween(180L, 300L);
        assertThat(programmes.get("MARGINAL")).isBetween(230L, 370L);
        assertThat(programmes.get("")).isBetween(280L, 440L);
        households.values().stream()
                .filter(m -> m.get(0).get(PersonsFile.PROGRAMME).equals("EXTREME_POVERTY"))
                .forEach(m -> assertThat(m).hasSize(1));
        households.values().stream()
                .filter(m -> List.of("MARGINAL", "").contains(m.get(0).get(PersonsFile.PROGRAMME)))
                .forEach(m -> assertThat(m.get(0).get(PersonsFile.STATUS)).isEqualTo("MONITORED"));
    }

    @Test
    void onlyHouseholdsInPaymentHaveAnAmountWithinThePacksStandards() {
        for (List<Map<String, String>> members : households.values()) {
            Map<String, String> head = members.get(0);
            long amount = Long.parseLong(head.get(PersonsFile.MONTHLY_AMOUNT));
            boolean paying = List.of("ACTIVE", "GRADUAL_EXIT").contains(head.get(PersonsFile.STATUS));
            if (!paying) {
                assertThat(amount).isZero();
            } else if (head.get(PersonsFile.PROGRAMME).equals("DIBAO")) {
                // at most the gap of a household without income: 787 元 urban, 750 元 rural (3408-anqing.yaml)
                assertThat(amount).isBetween(100L, 787L * members.size());
            } else {
                // the basic standard ⌈1.3 × 750⌉ = 975 or ⌈1.3 × 787⌉ = 1024, plus care 41-469 元 (340827-wangjiang.yaml)
                assertThat(amount).isBetween(975L + 41, 1024L + 469);
            }
            assertThat(LocalDate.parse(head.get(PersonsFile.ENROLLED_SINCE))).isBefore(AS_OF);
        }
    }

    @Test
    void benefitsArePaidIntoAOneCardAccountInTheApplicantsName() {
        for (List<Map<String, String>> members : households.values()) {
            Map<String, String> head = members.get(0);
            String account = head.get(PersonsFile.BANK_ACCOUNT);
            if (List.of("DIBAO", "EXTREME_POVERTY").contains(head.get(PersonsFile.PROGRAMME))) {
                assertThat(account).hasSize(19).startsWith("62");
                assertThat(BankAccounts.luhnDigit(account.substring(0, 18))).isEqualTo(account.charAt(18));
            } else {
                assertThat(account).isEmpty();
            }
            assertThat(members.subList(1, members.size())).allMatch(m -> m.get(PersonsFile.BANK_ACCOUNT).isEmpty());
        }
        long inOwnName = households.values().stream().map(m -> m.get(0))
                .filter(h -> h.get(PersonsFile.ACCOUNT_HOLDER).equals(h.get(PersonsFile.NAME))).count();
        assertThat(inOwnName).isGreaterThan(1200);
    }

    @Test
    void aboutOneInFiveMembersHasADisabilityWithAGradeAndACertificateDate() {
        List<Map<String, String>> disabled = persons.stream()
                .filter(p -> !p.get(PersonsFile.DISABILITY_KIND).isEmpty()).toList();
        assertThat(disabled.size()).isBetween(persons.size() * 15 / 100, persons.size() * 25 / 100);
        for (Map<String, String> person : disabled) {
            assertThat(Integer.parseInt(person.get(PersonsFile.DISABILITY_GRADE))).isBetween(1, 4);
            assertThat(LocalDate.parse(person.get(PersonsFile.DISABILITY_CERTIFIED_ON)))
                    .isAfter(LocalDate.parse(person.get(PersonsFile.BIRTH_DATE)));
        }
    }

    @Test
    void schoolingWorkAndSelfCareAgreeWithAgeAndDisability() {
        for (Map<String, String> person : persons) {
            int age = age(person);
            String schooling = person.get(PersonsFile.SCHOOLING);
            if (age < 3 || age > 22) {
                assertThat(schooling).isEqualTo("NONE");
            }
            if (age >= 6 && age <= 14) {
                assertThat(schooling).isEqualTo("COMPULSORY");
            }
            if (age < 16 || age >= 60) {
                assertThat(person.get(PersonsFile.WORK_CAPACITY)).isEqualTo("NONE");
            }
            if (person.get(PersonsFile.DISABILITY_GRADE).equals("1")) {
                assertThat(person.get(PersonsFile.SELF_CARE)).isNotEqualTo("ABLE");
                assertThat(person.get(PersonsFile.WORK_CAPACITY)).isEqualTo("NONE");
            }
            if (!schooling.equals("NONE") && age >= 6) {
                assertThat(person.get(PersonsFile.EMPLOYMENT)).isEqualTo("STUDENT");
            }
            String phone = person.get(PersonsFile.PHONE);
            assertThat(phone.isEmpty() || phone.matches("1[3-9]\\d{9}")).as(phone).isTrue();
        }
    }

    @Test
    void membersOfMonitoredHouseholdsHaveNoSevereDisabilityOnRecord() {
        persons.stream()
                .filter(p -> p.get(PersonsFile.STATUS).equals("MONITORED") && !p.get(PersonsFile.DISABILITY_KIND).isEmpty())
                .forEach(p -> assertThat(new Disability(org.doudi.kernel.DisabilityKind.valueOf(p.get(PersonsFile.DISABILITY_KIND)),
                        Integer.parseInt(p.get(PersonsFile.DISABILITY_GRADE)), AS_OF).severe()).isFalse());
    }

    @Test
    void sexIsReadFromTheIdNumber() {
        long men = persons.stream().filter(p -> IdNumber.parse(p.get(PersonsFile.ID_NUMBER)).sex() == Sex.MALE).count();
        assertThat(men).isBetween(persons.size() * 40L / 100, persons.size() * 60L / 100);
    }

    private static int age(Map<String, String> person) {
        return Period.between(LocalDate.parse(person.get(PersonsFile.BIRTH_DATE)), AS_OF).getYears();
    }
}
