package org.doudi.casework.documents;

import java.math.BigDecimal;
import java.util.Objects;

/** One household on the 公示名单: name, number of members, monthly amount (null prints as 待定). Nothing else. */
public record PublicNoticeRow(String name, int memberCount, BigDecimal monthlyAmount) {

    public PublicNoticeRow {
        Objects.requireNonNull(name, "name");
    }
}
