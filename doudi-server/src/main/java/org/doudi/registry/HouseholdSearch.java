package org.doudi.registry;

/**
 * What a user searches households by; blank fields match everything.
 *
 * @param name part of a current member's name
 * @param idNumber a member's full ID number, or its last 4 or more characters
 * @param region a division code inside the user's scope
 * @param programme a programme code with a current status other than TERMINATED
 */
public record HouseholdSearch(String name, String idNumber, String region, String programme, int page) {

    public static final int PAGE_SIZE = 50;

    public HouseholdSearch {
        name = blankToNull(name);
        idNumber = blankToNull(idNumber) == null ? null : idNumber.strip().toUpperCase();
        region = blankToNull(region);
        programme = blankToNull(programme);
        page = Math.max(page, 0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
