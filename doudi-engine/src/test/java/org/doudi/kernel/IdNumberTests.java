package org.doudi.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.kernel.IdNumber.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTests {

    /** The first 17 digits followed by their check character. */
    private static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    @Test
    void computesTheCheckCharacterOfTheExamplesInGb11643() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(IdNumber.parse("11010519491231002X")).hasToString("11010519491231002X");
        assertThat(IdNumber.parse("440524188001010014").birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    }

    @Test
    void acceptsALowerCaseXAndStoresItUpperCase() {
        assertThat(IdNumber.parse("11010519491231002x").value()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.parse("11010519491231002x")).isEqualTo(IdNumber.parse("11010519491231002X"));
    }

    @Test
    void ignoresBlanksAroundTheNumber() {
        assertThat(IdNumber.parse(" 11010519491231002X\t")).hasToString("11010519491231002X");
    }

    @Test
    void convertsAnOld15DigitNumberTo18Characters() {
        assertThat(IdNumber.parse("110105491231002")).hasToString("11010519491231002X");
        IdNumber converted = IdNumber.parse("340827800101001");
        assertThat(converted).hasToString(withCheck("34082719800101001"));
        assertThat(converted.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    }

    @Test
    void theCanonicalConstructorTakesOnlyTheStoredForm() {
        assertThatThrownBy(() -> new IdNumber("11010519491231002x")).isInstanceOf(InvalidIdNumberException.class);
        assertThatThrownBy(() -> new IdNumber("110105491231002")).isInstanceOf(InvalidIdNumberException.class);
        assertThat(new IdNumber("11010519491231002X")).isEqualTo(IdNumber.parse("11010519491231002x"));
    }

    @ParameterizedTest(name = "\"{0}\" is EMPTY")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void reportsAMissingNumber(String raw) {
        assertThat(IdNumber.validate(raw)).contains(Problem.EMPTY);
    }

    @ParameterizedTest(name = "{0} has the wrong LENGTH")
    @ValueSource(strings = {"12345", "1101051949123100", "11010519491231002", "11010519491231002X1"})
    void reportsTheWrongLength(String raw) {
        assertThat(IdNumber.validate(raw)).contains(Problem.LENGTH);
    }

    @ParameterizedTest(name = "{0} has bad CHARACTERS")
    @ValueSource(strings = {"11010519491231002Y", "1101051949123100AX", "11010519491231 02X", "11010549123100X",
            "１１０１０５１９４９１２３１００２Ｘ"})
    void reportsCharactersOtherThanDigitsAndAFinalX(String raw) {
        assertThat(IdNumber.validate(raw)).contains(Problem.CHARACTERS);
    }

    @Test
    void reportsAnUnknownProvince() {
        assertThat(IdNumber.validate(withCheck("99010519491231002"))).contains(Problem.PROVINCE);
        assertThat(IdNumber.validate(withCheck("00010519491231002"))).contains(Problem.PROVINCE);
        assertThat(IdNumber.validate("990105491231002")).contains(Problem.PROVINCE);
        assertThat(IdNumber.validate(withCheck("81000019800101001"))).isEmpty(); // Hong Kong residence permit
    }

    @ParameterizedTest(name = "birth date {0} is invalid")
    @ValueSource(strings = {"19990230", "19991301", "19990000", "18791231", "20230229"})
    void reportsAnImpossibleBirthDate(String yyyymmdd) {
        assertThat(IdNumber.validate(withCheck("340827" + yyyymmdd + "001"))).contains(Problem.BIRTH_DATE);
    }

    @Test
    void reportsAnImpossibleBirthDateInAn15DigitNumber() {
        assertThat(IdNumber.validate("340827990230001")).contains(Problem.BIRTH_DATE);
    }

    @Test
    void acceptsBirthOnTheTwentyNinthOfFebruaryInALeapYear() {
        assertThat(IdNumber.validate(withCheck("34082720000229001"))).isEmpty();
    }

    @Test
    void reportsAWrongCheckCharacter() {
        assertThat(IdNumber.validate("110105194912310021")).contains(Problem.CHECKSUM);
        assertThat(IdNumber.validate("440524188001010015")).contains(Problem.CHECKSUM);
        // two neighbouring digits swapped: the weighted checksum notices
        assertThat(IdNumber.validate("11010519491231020X")).contains(Problem.CHECKSUM);
    }

    @Test
    void theExceptionCarriesTheProblemAndTheInput() {
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021"))
                .isInstanceOfSatisfying(InvalidIdNumberException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CHECKSUM);
                    assertThat(e.input()).isEqualTo("110105194912310021");
                    assertThat(e.getMessage()).contains("校验位").contains("110105194912310021");
                });
        assertThat(Problem.CHECKSUM.code()).isEqualTo("ID_NUMBER_CHECKSUM");
    }

    @Test
    void acceptsTheAddressCodeOfAnAbolishedCounty() {
        // 110103 崇文区 was merged into 东城区 in 2010 and is not in the 2023 division list
        IdNumber number = IdNumber.parse(withCheck("11010319650315001"));
        assertThat(number.addressCode()).isEqualTo("110103");
    }

    @Test
    void readsBirthDateAndSex() {
        IdNumber woman = IdNumber.parse("11010519491231002X");
        assertThat(woman.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(woman.sex()).isEqualTo(Sex.FEMALE);
        assertThat(IdNumber.parse("440524188001010014").sex()).isEqualTo(Sex.MALE);
    }

    @ParameterizedTest(name = "born 1949-12-31, on {0} aged {1}")
    @CsvSource({"1950-12-30, 0", "1950-12-31, 1", "2009-12-30, 59", "2009-12-31, 60", "2024-06-01, 74"})
    void countsFullYearsOfAgeFromTheBirthday(LocalDate on, int age) {
        assertThat(IdNumber.parse("11010519491231002X").ageOn(on)).isEqualTo(age);
    }

    @ParameterizedTest(name = "born 2000-02-29, on {0} aged {1}")
    @CsvSource({"2018-02-28, 17", "2018-03-01, 18", "2020-02-28, 19", "2020-02-29, 20", "2060-02-29, 60"})
    void someoneBornOnTheTwentyNinthOfFebruaryComesOfAgeOnTheFirstOfMarchInCommonYears(LocalDate on, int age) {
        assertThat(IdNumber.parse(withCheck("11010320000229002")).ageOn(on)).isEqualTo(age);
    }

    @Test
    void refusesAnAgeBeforeBirth() {
        assertThatThrownBy(() -> IdNumber.parse("11010519491231002X").ageOn(LocalDate.of(1949, 12, 30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(IdNumber.parse("11010519491231002X").ageOn(LocalDate.of(1949, 12, 31))).isZero();
    }

    @Test
    void masksAllButTheAddressCodeAndTheLastTwoCharacters() {
        IdNumber number = IdNumber.parse("34082719800101071X");
        assertThat(number.masked()).isEqualTo("340827**********1X");
        assertThat(IdNumber.mask("110105491231002")).isEqualTo("110105*******02");
        assertThat(IdNumber.mask("1234")).isEqualTo("******");
        assertThat(IdNumber.mask(null)).isEqualTo("******");
    }

    @Test
    void distinctNumbersHaveDistinctLongKeysThatGiveTheNumberBack() {
        List<IdNumber> numbers = List.of(
                IdNumber.parse("11010519491231002X"),
                IdNumber.parse("440524188001010014"),
                IdNumber.parse(withCheck("11010519491231003")),
                IdNumber.parse(withCheck("11010519491231012")),
                IdNumber.parse(withCheck("83999919991231999")),
                IdNumber.parse(withCheck("11000018800101000")));
        Set<Long> keys = numbers.stream().map(IdNumber::toLong).collect(Collectors.toSet());
        assertThat(keys).hasSize(numbers.size()).allMatch(key -> key > 0);
        assertThat(numbers).allSatisfy(n -> assertThat(IdNumber.fromLong(n.toLong())).isEqualTo(n));
    }

    @Test
    void longKeysSortLikeTheNumbers() {
        List<IdNumber> numbers = List.of(
                IdNumber.parse(withCheck("34082719800101001")),
                IdNumber.parse("11010519491231002X"),
                IdNumber.parse(withCheck("11010519491231001")),
                IdNumber.parse("440524188001010014"));
        assertThat(numbers.stream().sorted(Comparator.comparingLong(IdNumber::toLong)).toList())
                .isEqualTo(numbers.stream().sorted().toList());
    }

    @Test
    void aLongThatIsNotTheKeyOfAValidNumberIsRejected() {
        long key = IdNumber.parse("11010519491231002X").toLong();
        assertThatThrownBy(() -> IdNumber.fromLong(key - 1)).isInstanceOf(InvalidIdNumberException.class);
        assertThatThrownBy(() -> IdNumber.fromLong(-1)).isInstanceOf(InvalidIdNumberException.class);
    }
}
