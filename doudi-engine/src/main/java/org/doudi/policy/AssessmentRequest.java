package org.doudi.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doudi.kernel.Area;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Programme;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;
import org.doudi.kernel.SelfCare;

/**
 * A request to assess one household for one programme (contracts/assessment.md). Field names are the
 * contract's; fields after the contract's are Doudi's additions and may be absent.
 *
 * @param parameters what-if overrides by catalogue name; they win over every pack
 * @param subject for programmes paid to one person (disability subsidies, old-age allowance, child
 *                allowance, extreme poverty): the member id assessed; the applicant if absent
 */
public record AssessmentRequest(
        Programme programme,
        LocalDate asOf,
        String region,
        Area area,
        Map<String, Object> parameters,
        Household household,
        Temporary temporary,
        String subject) {

    /** The household as the request describes it. */
    public record Household(
            List<Member> members,
            List<Income> incomes,
            List<Asset> assets,
            List<Expense> expenses,
            BigDecimal annualIncome,
            BigDecimal previousMonthlyBenefit,
            Integer monthsSinceIncomeAboveStandard,
            List<Supporter> supporters,
            List<Programme> programmes) {
    }

    /**
     * A member. {@code idNumber} and/or {@code birthDate}; {@code selfCareItemsFailed} 0-6 of the six
     * daily-living items; {@code employedSince} first employment after enrolment.
     *
     * @param religiousYearsAway religious personnel living apart from the family: years away
     * @param migrantWork works away from home (务工), for work-cost deductions where a pack has them
     * @param otherMonthlyBenefit what this member already receives monthly from other programmes (for
     *                            the unsupported-child difference)
     * @param benefits programmes this member personally receives (overlap rules)
     * @param parentsUnavailableMonths for a child: months the parents have been severely disabled, ill,
     *                                 imprisoned or out of contact
     */
    public record Member(
            String id,
            String idNumber,
            LocalDate birthDate,
            Relation relation,
            Disability disability,
            Boolean seriousIllness,
            Schooling schooling,
            Integer selfCareItemsFailed,
            LocalDate employedSince,
            Boolean inPrison,
            Boolean missing,
            Integer religiousYearsAway,
            Boolean drugRehabilitation,
            Boolean migrantWork,
            BigDecimal otherMonthlyBenefit,
            List<Programme> benefits,
            Integer parentsUnavailableMonths) {
    }

    public record Disability(DisabilityKind kind, Integer grade) {
    }

    /**
     * For a register that records the self-care class rather than the six items: a count of items not achieved
     * that falls in that class (ABLE 0, PARTLY_LOST 2, FULLY_LOST 6); null when not assessed.
     */
    public static Integer selfCareItemsFor(SelfCare selfCare) {
        return selfCare == null ? null : switch (selfCare) {
            case ABLE -> 0;
            case PARTLY_LOST -> 2;
            case FULLY_LOST -> 6;
        };
    }

    /** An income: {@code member} null for the household; {@code monthly} or {@code annual} in 元. */
    public record Income(String member, IncomeType type, BigDecimal monthly, BigDecimal annual) {
    }

    /** An asset: {@code amount} in 元 or {@code count}; {@code exempt} for a disability vehicle and the like. */
    public record Asset(AssetType type, BigDecimal amount, Integer count, Boolean exempt) {
    }

    /** An expense: annual or monthly, in 元. */
    public record Expense(ExpenseType type, BigDecimal annual, BigDecimal monthly) {
    }

    /** A statutory supporter (赡养、抚养、扶养义务人) of an extreme-poverty applicant. */
    public record Supporter(
            String idNumber,
            LocalDate birthDate,
            Boolean extremePoverty,
            Boolean dibaoRecipient,
            Disability disability,
            BigDecimal annualIncome,
            Boolean inPrison,
            Boolean missing,
            Boolean noCivilCapacity) {
    }

    /** A temporary-assistance request. */
    public record Temporary(
            TemporaryKind kind,
            BigDecimal requested,
            Integer priorGrantsThisYearForSameCause,
            String cause,
            LocalDate occurredOn) {
    }

    public enum IncomeType {
        WAGE, BUSINESS, PROPERTY, PENSION, RESIDENT_BASIC_PENSION, UNEMPLOYMENT_BENEFIT, SUPPORT_RECEIVED,
        PREFERENTIAL_TREATMENT, FAMILY_PLANNING_REWARD, SCHOLARSHIP, SOCIAL_ASSISTANCE, OLD_AGE_ALLOWANCE, OTHER
    }

    public enum AssetType {
        DEPOSIT, SECURITIES, INSURANCE, VEHICLE, HOUSE, NON_RESIDENTIAL_PROPERTY, BUSINESS
    }

    public enum ExpenseType {
        MEDICAL, EDUCATION, REHABILITATION, CARE, BASIC_LIVING, OTHER
    }

    public enum TemporaryKind {
        EMERGENCY, EXPENDITURE
    }
}
