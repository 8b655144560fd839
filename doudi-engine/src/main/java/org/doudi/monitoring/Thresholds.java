package org.doudi.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.doudi.kernel.Area;
import org.doudi.kernel.DivisionCode;
import org.doudi.policy.Parameters;
import org.doudi.policy.PolicySource;

/**
 * The policy values the rules use for one region and area on the as-of date, read once per (region, area)
 * from the packs (PolicyCatalogue names {@code monitoring.*}, {@code dibao.*}, {@code marginal.*}).
 */
record Thresholds(long dibaoStandardCents, BigDecimal marginalMultiple, Set<String> exemptVehicleTypes,
                  int vehiclesAllowed, Set<String> residentialTypes, int homesAllowed,
                  boolean nonResidentialAllowed, boolean businessAllowed, int medicalWindowMonths,
                  long medicalFloorCents, BigDecimal rigidExpenditureShare, int newCertificateMonths,
                  int minorAgesOutMonths, int minorLimitAge) {

    static Thresholds of(Parameters p) {
        return new Thresholds(cents(p.decimal("dibao.standard")), p.decimal("marginal.multiple"),
                texts(p, "monitoring.vehicles.exemptTypes"), p.integer("dibao.assets.vehiclesAllowed"),
                texts(p, "monitoring.realEstate.residentialTypes"), p.integer("dibao.assets.homesAllowed"),
                p.flag("dibao.assets.nonResidentialPropertyAllowed"), p.flag("dibao.assets.businessAllowed"),
                p.integer("monitoring.medical.windowMonths"), cents(p.decimal("monitoring.medical.outOfPocketFloor")),
                p.decimal("rigidExpenditure.shareThreshold"), p.integer("monitoring.disability.newCertificateMonths"),
                p.integer("monitoring.minorAgesOut.windowMonths"), p.integer("extremePoverty.minorLimitAge"));
    }

    /** The marginal bound on annual per-capita income: marginal.multiple × dibao.standard × 12, in cents. */
    long marginalBoundPerPersonYearCents() {
        return marginalMultiple.multiply(BigDecimal.valueOf(dibaoStandardCents * 12)).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /**
     * The out-of-pocket medical spending in the window above which a household is flagged:
     * max(monitoring.medical.outOfPocketFloor, rigidExpenditure.shareThreshold × dibao.standard × 12 × members).
     */
    long medicalThresholdCents(int members) {
        long incomeShare = rigidExpenditureShare.multiply(BigDecimal.valueOf(dibaoStandardCents * 12 * members))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Math.max(medicalFloorCents, incomeShare);
    }

    private static long cents(BigDecimal yuan) {
        return yuan.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static Set<String> texts(Parameters p, String name) {
        Object value = p.get(name).value();
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        throw new IllegalStateException("parameter " + name + " is not a list: " + value);
    }

    /** Thresholds per (region, area), computed once each. */
    static final class Cache {

        private final PolicySource policy;
        private final LocalDate asOf;
        private final Map<String, Thresholds> cache = new ConcurrentHashMap<>();

        Cache(PolicySource policy, LocalDate asOf) {
            this.policy = policy;
            this.asOf = asOf;
        }

        /** For a region code (6, 9 or 12 digits); an unknown code falls back to the national defaults' chain. */
        Thresholds at(String region, Area area) {
            return cache.computeIfAbsent(region + "|" + area, k -> {
                DivisionCode code = DivisionCode.tryParse(region).orElse(DivisionCode.parse("110000"));
                return of(policy.at(code, area, asOf));
            });
        }
    }
}
