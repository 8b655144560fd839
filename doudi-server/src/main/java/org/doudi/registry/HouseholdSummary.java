package org.doudi.registry;

import java.math.BigDecimal;

/** A household as listed in search results: ID numbers masked. */
public record HouseholdSummary(
        long id,
        String householdNo,
        String regionCode,
        String regionName,
        String area,
        String applicantName,
        String applicantIdNumberMasked,
        int members,
        String programmes,
        BigDecimal monthlyAmount) {
}
