package org.doudi.monitoring;

/**
 * Keys for matching a person without a usable ID number: name + birth date + the number's address code
 * (read from the digits of an unreadable number, e.g. one with a wrong check character), or name + village.
 */
final class NameKeys {

    private NameKeys() {
    }

    /** The key of an unreadable number that still holds a birth date and address code, or null. */
    static String nameBirthRegion(String name, String raw) {
        String text = raw == null ? "" : raw.strip();
        String birth;
        if (text.length() == 18 && digits(text, 17)) {
            birth = text.substring(6, 14);
        } else if (text.length() == 15 && digits(text, 15)) {
            birth = "19" + text.substring(6, 12);
        } else {
            return null;
        }
        return name.isEmpty() ? null : "B|" + name + "|" + birth + "|" + text.substring(0, 6);
    }

    /** The same key for a registry person's valid 18-character number. */
    static String ofValid(String name, String idNumber) {
        return "B|" + name + "|" + idNumber.substring(6, 14) + "|" + idNumber.substring(0, 6);
    }

    static String nameRegion(String name, String region) {
        return name.isEmpty() || region.isEmpty() ? null : "R|" + name + "|" + region;
    }

    private static boolean digits(String text, int count) {
        for (int i = 0; i < count; i++) {
            if (!Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
