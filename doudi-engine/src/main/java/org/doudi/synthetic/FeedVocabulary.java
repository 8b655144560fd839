package org.doudi.synthetic;

import java.util.List;

/**
 * The values that {@code doudi generate} writes into the department feeds, and what they mean for the
 * built-in monitoring rules. Codes that the glossary fixes are written in English (disability kinds, the
 * labour events, schooling stages, relations); the departments' own descriptive vocabularies are written in
 * Chinese, as the departments send them.
 *
 * <p>Conventions the planted anomalies rely on (also written into the manifest notes):
 * <ul>
 *   <li>an <em>active</em> household is one in payment: status {@code ACTIVE} or {@code GRADUAL_EXIT};</li>
 *   <li>{@link #HOMES_ALLOWED} residential home per household; any non-residential property counts;</li>
 *   <li>a <em>new</em> disability certificate is one issued within {@link #NEW_CERTIFICATE_MONTHS} months of
 *       the as-of date; older severe certificates of persons outside the registry are decoys;</li>
 *   <li>{@code rural_revitalisation.per_capita_income} is annual (元/人·年), as the 防返贫 monitoring system
 *       reports it; the marginal bound is 1.5 x the monthly Dibao standard x 12;</li>
 *   <li>a payment month: a death on or after the first day of the month before the as-of month is not yet
 *       "paid after death"; planted old deaths are at least three months old;</li>
 *   <li>the bank account of a household is on the applicant's row only; the other members' rows leave
 *       {@code bank_account} and {@code account_holder} empty.</li>
 * </ul>
 */
public final class FeedVocabulary {

    /** Vehicle types that do not count against assistance (disability vehicles, motorcycles, e-bikes). */
    public static final List<String> EXEMPT_VEHICLE_TYPES =
            List.of("残疾人专用车", "三轮摩托车", "普通二轮摩托车", "轻便摩托车", "电动自行车");

    /** Vehicle types that count: an ordinary car, a minibus or a goods vehicle. */
    public static final List<String> COUNTED_VEHICLE_TYPES =
            List.of("小型轿车", "小型普通客车", "轻型普通货车");

    /** The only residential property type (规划用途 住宅). */
    public static final String RESIDENTIAL_PROPERTY = "住宅";

    /** Non-residential property types: any of them makes REAL_ESTATE_OWNED fire for an active household. */
    public static final List<String> NON_RESIDENTIAL_PROPERTY = List.of("商业服务", "办公", "工业");

    /** Residential homes a household may hold under the assumed policy. */
    public static final int HOMES_ALLOWED = 1;

    /** Business registration statuses: only {@code ACTIVE} (存续/在业) counts. */
    public static final String BUSINESS_ACTIVE = "ACTIVE";
    public static final List<String> BUSINESS_CLOSED = List.of("CANCELLED", "REVOKED");

    /** Disability certificate statuses. */
    public static final String CERTIFICATE_VALID = "VALID";
    public static final String CERTIFICATE_CANCELLED = "CANCELLED";

    /** Months within which a certificate counts as newly issued. */
    public static final int NEW_CERTIFICATE_MONTHS = 12;

    /** Relapse-risk statuses: 风险未消除 and 风险已消除. */
    public static final String RELAPSE_AT_RISK = "AT_RISK";
    public static final String RELAPSE_RISK_ELIMINATED = "RISK_ELIMINATED";

    /** The hotline category of a hardship report; every other category is harmless. */
    public static final String HOTLINE_HARDSHIP = "生活困难求助";
    public static final List<String> HOTLINE_OTHER =
            List.of("噪声扰民", "道路设施", "物业管理", "供水供电", "消费投诉");

    /** Sources of a death record: 殡葬 (funeral homes), 公安 (household registration), 卫健 (death certificates). */
    public static final List<String> DEATH_SOURCES = List.of("殡葬", "公安", "卫健");

    /** Roles in the staff feed. */
    public static final List<String> STAFF_ROLES =
            List.of("乡镇民政干事", "社会救助协理员", "村党组织书记", "村委会主任", "村委会委员", "网格员");

    private FeedVocabulary() {
    }
}
