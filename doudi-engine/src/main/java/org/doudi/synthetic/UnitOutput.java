package org.doudi.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.kernel.Sex;

/**
 * Everything one household's unit writes (its registry rows, the feed rows about its members and about the
 * general-population persons generated with it, its manifest rows and its noise), kept as text per file.
 *
 * <p>ID numbers are written as placeholders: {@link #MARK}, the person's slot and a form. Two persons
 * generated independently may draw the same number, so the writer, which sees the units in order, gives
 * each slot its final number (moving the sequence code on a clash) and replaces the placeholders.
 */
final class UnitOutput {

    static final char MARK = '\u0001';
    static final char STANDARD = 'L';
    static final char OLD_15 = 'S';
    static final char BAD_CHECK = 'B';
    private static final int SLOT_BASE = 0x100;

    private static final String[] BAD_DATES = {"2024-02-30", "2025-13-01", "2023-00-15", "2024/02/31", "20250431"};

    private final long index;
    private final StringBuilder[] text = new StringBuilder[OutputFile.values().length];
    private final int[] rows = new int[OutputFile.values().length];
    private final int[] manifestRows = new int[Rule.values().length];
    private final NoiseRates noiseRates;
    private final Dice noiseDice;
    private final List<NoiseEntry> noise = new ArrayList<>();
    private final Row row = new Row();
    private String[] addressCodes = new String[16];
    private LocalDate[] birthDates = new LocalDate[16];
    private int[] sequenceCodes = new int[16];
    private int slots;
    private int tickets;

    /** A noise row of a file: its row index within this unit, and the row it copies (or -1). */
    record NoiseEntry(OutputFile file, int row, NoiseKind kind, String note, int copyOf) {
    }

    UnitOutput(long index, NoiseRates noiseRates, Dice noiseDice) {
        this.index = index;
        this.noiseRates = noiseRates;
        this.noiseDice = noiseDice;
    }

    long index() {
        return index;
    }

    /** A new person slot with its tentative number parts: issuing county, birth date, sequence code. */
    Person newPerson(String name, Sex sex, LocalDate birthDate, String issuingCounty, int sequenceCode) {
        if (slots == addressCodes.length) {
            addressCodes = java.util.Arrays.copyOf(addressCodes, slots * 2);
            birthDates = java.util.Arrays.copyOf(birthDates, slots * 2);
            sequenceCodes = java.util.Arrays.copyOf(sequenceCodes, slots * 2);
        }
        addressCodes[slots] = issuingCounty;
        birthDates[slots] = birthDate;
        sequenceCodes[slots] = sequenceCode;
        return new Person(slots++, name, sex, birthDate);
    }

    /** The next hotline ticket number within this unit. */
    int nextTicket() {
        return ++tickets;
    }

    int slots() {
        return slots;
    }

    String addressCode(int slot) {
        return addressCodes[slot];
    }

    LocalDate birthDate(int slot) {
        return birthDates[slot];
    }

    int sequenceCode(int slot) {
        return sequenceCodes[slot];
    }

    /** A slot as one character, clear of the characters that mean something in CSV. */
    static char slotChar(int slot) {
        return (char) (SLOT_BASE + slot);
    }

    static int slotOf(char c) {
        return c - SLOT_BASE;
    }

    /** The placeholder of a person's number in the given form. */
    static String idPlaceholder(Person person, char form) {
        return new String(new char[] {MARK, slotChar(person.slot()), form});
    }

    /** Starts a row of a file; {@code decoy} rows of noisy feeds may receive noise. */
    Row row(OutputFile file, boolean decoy) {
        return row.start(file, decoy);
    }

    void manifest(Rule rule, Person subject, String householdId, String note) {
        row(OutputFile.MANIFEST, false).text(rule.name()).id(subject).text(householdId).text(note).end();
        manifestRows[rule.ordinal()]++;
    }

    StringBuilder text(OutputFile file) {
        return text[file.ordinal()];
    }

    int rows(OutputFile file) {
        return rows[file.ordinal()];
    }

    int manifestRows(Rule rule) {
        return manifestRows[rule.ordinal()];
    }

    List<NoiseEntry> noise() {
        return noise;
    }

    private StringBuilder builder(OutputFile file) {
        StringBuilder builder = text[file.ordinal()];
        if (builder == null) {
            builder = new StringBuilder(file == OutputFile.PERSONS ? 1024 : 256);
            text[file.ordinal()] = builder;
        }
        return builder;
    }

    /** One CSV row being written. */
    final class Row {
        private OutputFile file;
        private boolean decoy;
        private StringBuilder line;
        private int start;
        private boolean first;
        private int idPosition;

        private Row start(OutputFile file, boolean decoy) {
            this.file = file;
            this.decoy = decoy;
            this.line = builder(file);
            this.start = line.length();
            this.first = true;
            this.idPosition = -1;
            return this;
        }

        private void separate() {
            if (!first) {
                line.append(',');
            }
            first = false;
        }

        Row text(String value) {
            separate();
            Csv.appendField(line, value);
            return this;
        }

        Row number(long value) {
            separate();
            line.append(value);
            return this;
        }

        Row date(LocalDate date) {
            separate();
            line.append(date);
            return this;
        }

        /** A number with two decimals, from hundredths (元 from cents, m² from hundredths). */
        Row hundredths(long cents) {
            separate();
            line.append(cents / 100).append('.');
            long rest = cents % 100;
            if (rest < 10) {
                line.append('0');
            }
            line.append(rest);
            return this;
        }

        /** A person's number; the first one of a decoy row may be written in its old 15-digit form. */
        Row id(Person person) {
            separate();
            char form = STANDARD;
            if (idPosition < 0) {
                idPosition = line.length();
                if (decoy && file.noisy() && person.mayHaveOldNumber() && noiseDice.chance(noiseRates.oldNumber())) {
                    form = OLD_15;
                }
            }
            line.append(MARK).append(slotChar(person.slot())).append(form);
            return this;
        }

        /** Ends the row, adds any noise copies, and returns the row's index within the unit's file. */
        int end() {
            line.append('\n');
            int index = rows[file.ordinal()]++;
            if (decoy && file.noisy()) {
                addNoise(index);
            }
            return index;
        }

        private void addNoise(int index) {
            String copy = line.substring(start, line.length());
            if (idPosition >= 0 && copy.charAt(idPosition - start + 2) == OLD_15) {
                noise.add(new NoiseEntry(file, index, NoiseKind.OLD_15_DIGIT_ID, "旧15位身份证号码 (valid, converts to 18)", -1));
            }
            if (noiseDice.chance(noiseRates.duplicate())) {
                line.append(copy);
                noise.add(new NoiseEntry(file, rows[file.ordinal()]++, NoiseKind.DUPLICATE_ROW, "", index));
            }
            if (idPosition >= 0 && noiseDice.chance(noiseRates.badChecksum())) {
                char[] chars = copy.toCharArray();
                chars[idPosition - start + 2] = BAD_CHECK;
                line.append(chars);
                noise.add(new NoiseEntry(file, rows[file.ordinal()]++, NoiseKind.BAD_CHECKSUM, "", index));
            }
            if (file.dateColumn() >= 0 && noiseDice.chance(noiseRates.badDate())) {
                String bad = noiseDice.pick(BAD_DATES);
                line.append(withField(copy, file.dateColumn(), bad));
                noise.add(new NoiseEntry(file, rows[file.ordinal()]++, NoiseKind.BAD_DATE, bad, index));
            }
        }

        /** The row with one field replaced (the feeds with a date column have no quoted fields). */
        private String withField(String row, int column, String value) {
            String[] fields = row.substring(0, row.length() - 1).split(",", -1);
            fields[column] = value;
            return String.join(",", fields) + "\n";
        }
    }
}
