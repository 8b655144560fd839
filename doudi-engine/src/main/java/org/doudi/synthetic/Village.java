package org.doudi.synthetic;

import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;

/** A village or community (12-digit code) where households live, with its township and its urban/rural kind. */
record Village(DivisionCode code, String name, String townshipName, Area area) {

    /** Urban when the township is a 街道 or the village is a 居委会/社区; rural otherwise (镇/乡 and 村委会). */
    static Area areaOf(String townshipName, String villageName) {
        boolean urban = townshipName.endsWith("街道") || villageName.endsWith("居委会") || villageName.contains("社区");
        return urban ? Area.URBAN : Area.RURAL;
    }

    /** The start of a street address: 华阳镇大号村, 雷阳街道新北社区. */
    String addressPrefix() {
        String shortName = name;
        if (shortName.endsWith("社区居委会")) {
            shortName = shortName.substring(0, shortName.length() - 3);
        } else if (shortName.endsWith("村委会")) {
            shortName = shortName.substring(0, shortName.length() - 2);
        } else if (shortName.endsWith("村民委员会")) {
            shortName = shortName.substring(0, shortName.length() - 4);
        }
        return townshipName + shortName;
    }

    String township() {
        return code.value().substring(0, 9);
    }
}
