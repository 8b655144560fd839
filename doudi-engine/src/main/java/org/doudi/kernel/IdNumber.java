package org.doudi.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * A citizen identity number (公民身份号码) under GB 11643-1999: 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and a check character.
 *
 * <p>Numbers are stored in their 18-character form with an upper-case {@code X}. Old 15-digit numbers
 * (issued before 1999, birth year 19xx, no check character) are converted on parsing. The address code is
 * not checked against today's division list: abolished counties still appear in numbers in use.
 */
public record IdNumber(String value) implements Comparable<IdNumber> {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

    /** Province-level codes of GB/T 2260, plus 71 Taiwan, 81 Hong Kong, 82 Macao, 83 (Taiwan residence permits). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    public IdNumber {
        Optional<Problem> problem = problemOf(value);
        if (problem.isPresent() || value.length() != 18 || value.indexOf('x') >= 0) {
            throw new InvalidIdNumberException(problem.orElse(Problem.CHARACTERS), value);
        }
    }

    /** Ways an ID number can be wrong, each with a machine code and a Chinese message. */
    public enum Problem {
        EMPTY("身份证号码为空"),
        LENGTH("身份证号码应为18位（或旧式15位）"),
        CHARACTERS("身份证号码只能由数字组成，第18位可以是X"),
        PROVINCE("身份证号码前两位不是有效的省级行政区划代码"),
        BIRTH_DATE("身份证号码中的出生日期无效"),
        CHECKSUM("身份证号码校验位错误");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String code() {
            return "ID_NUMBER_" + name();
        }

        public String message() {
            return message;
        }
    }

    /** Parses an 18- or 15-character number, trimming blanks; throws {@link InvalidIdNumberException}. */
    public static IdNumber parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() == 15) {
            Optional<Problem> problem = problemOf15(text);
            if (problem.isPresent()) {
                throw new InvalidIdNumberException(problem.get(), raw);
            }
            String first17 = text.substring(0, 6) + "19" + text.substring(6);
            return new IdNumber(first17 + checkCharacter(first17));
        }
        String upper = text.replace('x', 'X');
        Optional<Problem> problem = problemOf(upper);
        if (problem.isPresent()) {
            throw new InvalidIdNumberException(problem.get(), raw);
        }
        return new IdNumber(upper);
    }

    /** The problem with a raw number, or empty if {@link #parse} would accept it. */
    public static Optional<Problem> validate(String raw) {
        try {
            parse(raw);
            return Optional.empty();
        } catch (InvalidIdNumberException e) {
            return Optional.of(e.problem());
        }
    }

    /** The GB 11643 check character of the first 17 digits: sum of digit x weight, mod 11, mapped. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    private static Optional<Problem> problemOf(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (text.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 17; i++) {
            if (!isDigit(text.charAt(i))) {
                return Optional.of(Problem.CHARACTERS);
            }
        }
        char last = text.charAt(17);
        if (!isDigit(last) && last != 'X' && last != 'x') {
            return Optional.of(Problem.CHARACTERS);
        }
        if (!PROVINCE_CODES[(text.charAt(0) - '0') * 10 + text.charAt(1) - '0']) {
            return Optional.of(Problem.PROVINCE);
        }
        if (!validBirthDate(digits(text, 6, 10), digits(text, 10, 12), digits(text, 12, 14))) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (Character.toUpperCase(last) != checkCharacter(text)) {
            return Optional.of(Problem.CHECKSUM);
        }
        return Optional.empty();
    }

    /** PROVINCES by their two digits, for the check every parse makes. */
    private static final boolean[] PROVINCE_CODES = new boolean[100];

    static {
        PROVINCES.forEach(code -> PROVINCE_CODES[Integer.parseInt(code)] = true);
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + text.charAt(i) - '0';
        }
        return n;
    }

    /** What {@code birthDateOf} accepts, without building the date when it is plainly valid. */
    private static boolean validBirthDate(int year, int month, int day) {
        if (year >= 1880 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
            return year <= java.time.Year.MAX_VALUE;
        }
        try {
            return !LocalDate.of(year, month, day).isBefore(EARLIEST_BIRTH);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Optional<Problem> problemOf15(String text) {
        for (int i = 0; i < 15; i++) {
            if (!isDigit(text.charAt(i))) {
                return Optional.of(Problem.CHARACTERS);
            }
        }
        if (!PROVINCES.contains(text.substring(0, 2))) {
            return Optional.of(Problem.PROVINCE);
        }
        if (birthDateOf("19" + text.substring(6, 12)).isEmpty()) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> birthDateOf(String yyyymmdd) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
            return date.isBefore(EARLIEST_BIRTH) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public LocalDate birthDate() {
        return birthDateOf(value.substring(6, 14)).orElseThrow();
    }

    /** The 17th character: odd for men, even for women. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Full years of age on a date (周岁): one more on each birthday; a person born on 29 February has a
     * birthday on 1 March in common years. A date before the birth date is an error.
     */
    public int ageOn(LocalDate date) {
        LocalDate born = birthDate();
        if (date.isBefore(born)) {
            throw new IllegalArgumentException("日期 " + date + " 早于出生日期 " + born);
        }
        return (int) ChronoUnit.YEARS.between(born, date);
    }

    /** The county-level address code where the number was issued (may be an abolished code). */
    public String addressCode() {
        return value.substring(0, 6);
    }

    /** For lists: the address code and the last two characters, e.g. {@code 340827**********1X}. */
    public String masked() {
        return mask(value);
    }

    /** Masks any stored number in the same way, without validating it. */
    public static String mask(String number) {
        if (number == null || number.length() < 8) {
            return "******";
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 8) + number.substring(number.length() - 2);
    }

    /**
     * A compact key: the 17 digits times 11 plus the check value (X = 10). Distinct numbers give distinct
     * keys, and the key fits a {@code long}, so large registries can be indexed without strings.
     */
    public long toLong() {
        long digits = Long.parseLong(value, 0, 17, 10);
        char last = value.charAt(17);
        return digits * 11 + (last == 'X' ? 10 : last - '0');
    }

    /** The number back from its {@link #toLong()} key; throws {@link InvalidIdNumberException} for other values. */
    public static IdNumber fromLong(long key) {
        int check = (int) Math.floorMod(key, 11L);
        long digits = Math.floorDiv(key, 11L);
        String first17;
        if (digits >= 0 && digits < 100_000_000_000_000_000L) {
            char[] chars = new char[17];
            for (int i = 16; i >= 0; i--) {
                chars[i] = (char) ('0' + digits % 10);
                digits /= 10;
            }
            first17 = new String(chars);
        } else {
            first17 = String.format("%017d", digits);
        }
        return new IdNumber(first17 + (check == 10 ? 'X' : (char) ('0' + check)));
    }

    @Override
    public int compareTo(IdNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
