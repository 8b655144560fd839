package org.doudi.monitoring;

/**
 * A readable feed row and whom it concerns: a registry person ({@code person} ≥ 0), or someone outside the
 * registry ({@code person} = -1, with the ID number as given, possibly empty). {@code match} says how the
 * person was found.
 */
record FeedRow(Feed feed, String file, long line, int person, String idNumber, String name, Match match, Fact fact) {

    /** How a feed row was tied to a person. */
    enum Match {
        /** By a valid 18-character ID number. */
        ID,
        /** By an old 15-digit number, converted to 18 characters (GB 11643). */
        OLD_15_DIGIT,
        /** The ID number was unreadable: by name, the birth date and address code in it, and a number one typo away. */
        NAME_BIRTH_REGION,
        /** No ID number: by name and the village code on the row. */
        NAME_REGION;

        boolean lowConfidence() {
            return this == NAME_BIRTH_REGION || this == NAME_REGION;
        }
    }

    /** The row tied to a registry person (whose number and name the registry holds), or left outside it. */
    FeedRow withPerson(int index, String number, Match how) {
        return index >= 0 ? new FeedRow(feed, file, line, index, "", "", how, fact)
                : new FeedRow(feed, file, line, index, number, name, how, fact);
    }

    boolean lowConfidence() {
        return match.lowConfidence();
    }

    /** Where the row came from, for evidence: "deaths.csv 第12行". */
    String source() {
        return file + " 第" + line + "行" + switch (match) {
            case ID -> "";
            case OLD_15_DIGIT -> "（15位旧身份证号，已转换）";
            case NAME_BIRTH_REGION -> "（身份证号无效，按姓名、出生日期、地区和相近号码匹配，低置信度）";
            case NAME_REGION -> "（无身份证号，按姓名和村（社区）匹配，低置信度）";
        };
    }
}
