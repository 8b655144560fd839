package org.doudi.casework.documents;

import java.math.BigDecimal;
import java.util.Objects;

/** One row of the members table of the 审批表; health, employment and income may be null (printed empty). */
public record FormMember(String name, String idNumber, String relation, String sex, int age, String health,
        String employment, BigDecimal monthlyIncome) {

    public FormMember {
        Objects.requireNonNull(name, "name");
    }
}
