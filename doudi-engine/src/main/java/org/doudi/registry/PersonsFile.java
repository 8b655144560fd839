package org.doudi.registry;

import java.util.List;
import java.util.stream.Stream;

/**
 * The registry file layout ({@code persons.csv}, contracts/feeds.md): one row per person, household
 * fields repeated on every member row. The contract columns come first and are required; the optional
 * columns after them carry the rest of the registry and may be absent (they are written by export).
 */
public final class PersonsFile {

    public static final String HOUSEHOLD_ID = "household_id";
    public static final String ID_NUMBER = "id_number";
    public static final String NAME = "name";
    public static final String RELATION = "relation";
    public static final String BIRTH_DATE = "birth_date";
    /** Registered residence (户籍地): a 12-digit village code. */
    public static final String REGION = "region";
    public static final String AREA = "area";
    public static final String PROGRAMME = "programme";
    public static final String STATUS = "status";
    public static final String MONTHLY_AMOUNT = "monthly_amount";
    public static final String ENROLLED_SINCE = "enrolled_since";
    public static final String BANK_ACCOUNT = "bank_account";
    public static final String ACCOUNT_HOLDER = "account_holder";
    public static final String DISABILITY_KIND = "disability_kind";
    public static final String DISABILITY_GRADE = "disability_grade";
    public static final String STAFF_RELATIVE = "staff_relative";

    public static final String PHONE = "phone";
    /** Habitual residence (经常居住地): a division code, 9 or 12 digits; empty when the same as the region. */
    public static final String HABITUAL_REGION = "habitual_region";
    public static final String HABITUAL_AREA = "habitual_area";
    public static final String ADDRESS = "address";
    public static final String DISABILITY_CERTIFIED_ON = "disability_certified_on";
    /** {@code Y} or {@code N}. */
    public static final String SERIOUS_ILLNESS = "serious_illness";
    public static final String WORK_CAPACITY = "work_capacity";
    public static final String SELF_CARE = "self_care";
    public static final String SCHOOLING = "schooling";
    public static final String EMPLOYMENT = "employment";
    /** The person's monthly income in 元 as last assessed (all kinds, before the rules of each programme). */
    public static final String MONTHLY_INCOME = "monthly_income";

    /** The columns fixed by the contract, in contract order. */
    public static final List<String> CONTRACT_COLUMNS = List.of(
            HOUSEHOLD_ID, ID_NUMBER, NAME, RELATION, BIRTH_DATE, REGION, AREA, PROGRAMME, STATUS,
            MONTHLY_AMOUNT, ENROLLED_SINCE, BANK_ACCOUNT, ACCOUNT_HOLDER, DISABILITY_KIND, DISABILITY_GRADE,
            STAFF_RELATIVE);

    /** Registry columns beyond the contract, optional on import, always written on export. */
    public static final List<String> OPTIONAL_COLUMNS = List.of(
            PHONE, HABITUAL_REGION, HABITUAL_AREA, ADDRESS, DISABILITY_CERTIFIED_ON, SERIOUS_ILLNESS,
            WORK_CAPACITY, SELF_CARE, SCHOOLING, EMPLOYMENT, MONTHLY_INCOME);

    /** Every column, in the order export writes them. */
    public static final List<String> ALL_COLUMNS =
            Stream.concat(CONTRACT_COLUMNS.stream(), OPTIONAL_COLUMNS.stream()).toList();

    private PersonsFile() {
    }
}
