package org.doudi.synthetic;

import java.time.LocalDate;
import java.util.List;
import org.doudi.kernel.IdNumber;

/**
 * Gives every person slot of a unit its final ID number, in unit order. A slot keeps its issuing county,
 * birth date and sex; if its drawn sequence code is taken, the next free code of the same parity is used
 * (and, should all 500 be taken, the next county of the province). So every number written is valid and
 * unique, and the result depends only on the settings.
 */
final class IdNumberAssigner {

    private static final String CHECK_CHARACTERS = "10X98765432";

    private final SeenIdNumbers seen;
    private final List<String> fallbackCounties;

    IdNumberAssigner(long expectedNumbers, List<String> fallbackCounties) {
        this.seen = new SeenIdNumbers(expectedNumbers);
        this.fallbackCounties = fallbackCounties;
    }

    /** The first 17 characters of each slot's final number. */
    String[] assign(UnitOutput unit) {
        String[] first17 = new String[unit.slots()];
        for (int slot = 0; slot < first17.length; slot++) {
            first17[slot] = assign(unit.addressCode(slot), unit.birthDate(slot), unit.sequenceCode(slot));
        }
        return first17;
    }

    private String assign(String issuingCounty, LocalDate birthDate, int sequenceCode) {
        String county = issuingCounty;
        int sequence = sequenceCode;
        int birth = birthDate.getYear() * 10_000 + birthDate.getMonthValue() * 100 + birthDate.getDayOfMonth();
        int tries = 0;
        while (seen.mightContain(key(county, birth, sequence))) {
            sequence = (sequence + 2) % 1000;
            if (++tries == 500) {
                county = nextCounty(county);
                tries = 0;
            }
        }
        seen.add(key(county, birth, sequence));
        return county + birth + Digits.padded(sequence, 3);
    }

    private String nextCounty(String county) {
        int at = fallbackCounties.indexOf(county);
        return fallbackCounties.get((at + 1) % fallbackCounties.size());
    }

    private static long key(String county, int birth, int sequence) {
        return Long.parseLong(county) * 100_000_000_000L + birth * 1000L + sequence;
    }

    /** The number in one of the forms a placeholder asks for. */
    static String render(String first17, char form) {
        char check = IdNumber.checkCharacter(first17);
        return switch (form) {
            case UnitOutput.OLD_15 -> first17.substring(0, 6) + first17.substring(8, 17);
            case UnitOutput.BAD_CHECK -> first17 + CHECK_CHARACTERS.charAt((CHECK_CHARACTERS.indexOf(check) + 1) % 11);
            default -> first17 + check;
        };
    }
}
