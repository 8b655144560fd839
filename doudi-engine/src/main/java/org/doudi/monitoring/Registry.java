package org.doudi.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.kernel.Area;
import org.doudi.kernel.IdNumber;
import org.doudi.kernel.Programme;
import org.doudi.kernel.ProgrammeStatus;
import org.doudi.kernel.Relation;
import org.doudi.registry.PersonRow;

/**
 * A registry export held compactly: persons and households in parallel primitive arrays, persons found by
 * their ID number's {@code long} key. Household fields come from the household's first row; the bank
 * account and holder from the applicant's row (the only one that carries them).
 */
final class Registry {

    private static final ProgrammeStatus[] STATUSES = ProgrammeStatus.values();
    private static final Programme[] PROGRAMMES = Programme.values();
    private static final Area[] AREAS = Area.values();

    // persons
    private int persons;
    private long[] key = new long[1024];
    private String[] name = new String[1024];
    private int[] household = new int[1024];
    private byte[] relation = new byte[1024];
    private byte[] disabilityKind = new byte[1024];
    private byte[] disabilityGrade = new byte[1024];
    private byte[] schooling = new byte[1024];
    private final LongIntMap byKey = new LongIntMap(1024);
    /** Persons whose ID number is also on an earlier row of another household: [earlier, later]. */
    private final List<int[]> sameNumber = new ArrayList<>();

    // households
    private int households;
    private String[] householdId = new String[256];
    private String[] region = new String[256];
    private byte[] area = new byte[256];
    private byte[] programme = new byte[256];
    private byte[] status = new byte[256];
    private long[] monthlyCents = new long[256];
    private long[] enrolledSince = new long[256];
    private String[] bankAccount = new String[256];
    private String[] accountHolder = new String[256];
    private boolean[] staffRelative = new boolean[256];
    private Map<String, Integer> householdIndex = new HashMap<>();
    private int[] memberStart;
    private int[] members;

    void add(PersonRow row) {
        Integer h = householdIndex.get(row.householdNo());
        if (h == null) {
            h = addHousehold(row);
        }
        if (row.relation() == Relation.APPLICANT || bankAccount[h] == null) {
            bankAccount[h] = row.bankAccount() != null ? row.bankAccount() : bankAccount[h];
            accountHolder[h] = row.accountHolder() != null ? row.accountHolder() : accountHolder[h];
        }
        growPersons();
        int p = persons++;
        key[p] = row.idNumber().toLong();
        name[p] = row.name();
        household[p] = h;
        relation[p] = (byte) row.relation().ordinal();
        disabilityKind[p] = (byte) (row.disabilityKind() == null ? -1 : row.disabilityKind().ordinal());
        disabilityGrade[p] = (byte) (row.disabilityGrade() == null ? 0 : row.disabilityGrade());
        schooling[p] = (byte) (row.schooling() == null ? -1 : row.schooling().ordinal());
        int earlier = byKey.putIfAbsent(key[p], p);
        if (earlier >= 0) {
            sameNumber.add(new int[] {earlier, p});
        }
    }

    private int addHousehold(PersonRow row) {
        if (households == householdId.length) {
            int n = households * 2;
            householdId = Arrays.copyOf(householdId, n);
            region = Arrays.copyOf(region, n);
            area = Arrays.copyOf(area, n);
            programme = Arrays.copyOf(programme, n);
            status = Arrays.copyOf(status, n);
            monthlyCents = Arrays.copyOf(monthlyCents, n);
            enrolledSince = Arrays.copyOf(enrolledSince, n);
            bankAccount = Arrays.copyOf(bankAccount, n);
            accountHolder = Arrays.copyOf(accountHolder, n);
            staffRelative = Arrays.copyOf(staffRelative, n);
        }
        int h = households++;
        householdId[h] = row.householdNo();
        region[h] = row.region();
        area[h] = (byte) row.area().ordinal();
        programme[h] = (byte) (row.programme() == null ? Programme.LOW_INCOME : row.programme()).ordinal();
        status[h] = (byte) (row.status() == null ? ProgrammeStatus.MONITORED : row.status()).ordinal();
        monthlyCents[h] = row.monthlyAmount().movePointRight(2).longValue();
        enrolledSince[h] = row.enrolledSince() == null ? Long.MIN_VALUE : row.enrolledSince().toEpochDay();
        staffRelative[h] = row.staffRelative();
        householdIndex.put(row.householdNo(), h);
        return h;
    }

    private void growPersons() {
        if (persons == key.length) {
            int n = persons * 2;
            key = Arrays.copyOf(key, n);
            name = Arrays.copyOf(name, n);
            household = Arrays.copyOf(household, n);
            relation = Arrays.copyOf(relation, n);
            disabilityKind = Arrays.copyOf(disabilityKind, n);
            disabilityGrade = Arrays.copyOf(disabilityGrade, n);
            schooling = Arrays.copyOf(schooling, n);
        }
    }

    /** Ends loading: indexes the members of each household, in file order. */
    Registry seal() {
        householdIndex = null;
        memberStart = new int[households + 1];
        for (int p = 0; p < persons; p++) {
            memberStart[household[p] + 1]++;
        }
        for (int h = 0; h < households; h++) {
            memberStart[h + 1] += memberStart[h];
        }
        members = new int[persons];
        int[] next = Arrays.copyOf(memberStart, households);
        for (int p = 0; p < persons; p++) {
            members[next[household[p]]++] = p;
        }
        return this;
    }

    int persons() {
        return persons;
    }

    int households() {
        return households;
    }

    /** The person with this ID key (the first row, if several), or -1. */
    int person(long idKey) {
        return byKey.get(idKey);
    }

    List<int[]> sameNumberPairs() {
        return sameNumber;
    }

    long key(int p) {
        return key[p];
    }

    String idNumber(int p) {
        return IdNumber.fromLong(key[p]).value();
    }

    String name(int p) {
        return name[p];
    }

    int household(int p) {
        return household[p];
    }

    Relation relation(int p) {
        return Relation.values()[relation[p]];
    }

    /** The ordinal of the recorded DisabilityKind, or -1. */
    int disabilityKind(int p) {
        return disabilityKind[p];
    }

    int disabilityGrade(int p) {
        return disabilityGrade[p];
    }

    /** The ordinal of the recorded Schooling, or -1 when the file does not say. */
    int schooling(int p) {
        return schooling[p];
    }

    LocalDate birthDate(int p) {
        return IdNumber.fromLong(key[p]).birthDate();
    }

    int memberCount(int h) {
        return memberStart[h + 1] - memberStart[h];
    }

    int member(int h, int i) {
        return members[memberStart[h] + i];
    }

    String householdId(int h) {
        return householdId[h];
    }

    String region(int h) {
        return region[h];
    }

    Area area(int h) {
        return AREAS[area[h]];
    }

    Programme programme(int h) {
        return PROGRAMMES[programme[h]];
    }

    ProgrammeStatus status(int h) {
        return STATUSES[status[h]];
    }

    /** In payment: ACTIVE or GRADUAL_EXIT (the contract's "active household"). */
    boolean active(int h) {
        ProgrammeStatus s = status(h);
        return s == ProgrammeStatus.ACTIVE || s == ProgrammeStatus.GRADUAL_EXIT;
    }

    long monthlyCents(int h) {
        return monthlyCents[h];
    }

    /** The enrolment date, or null. */
    LocalDate enrolledSince(int h) {
        return enrolledSince[h] == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(enrolledSince[h]);
    }

    String bankAccount(int h) {
        return bankAccount[h];
    }

    String accountHolder(int h) {
        return accountHolder[h];
    }

    boolean staffRelative(int h) {
        return staffRelative[h];
    }

    /** The county (6 digits) most households are in: the region whose feeds these are. */
    String county() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (int h = 0; h < households; h++) {
            counts.merge(region[h].substring(0, Math.min(6, region[h].length())), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** The applicant of the household (the first member when none is marked). */
    int applicant(int h) {
        for (int i = 0; i < memberCount(h); i++) {
            if (relation[member(h, i)] == Relation.APPLICANT.ordinal()) {
                return member(h, i);
            }
        }
        return member(h, 0);
    }
}
