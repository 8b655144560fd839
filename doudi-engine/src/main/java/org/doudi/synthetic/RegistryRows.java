package org.doudi.synthetic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.kernel.Area;
import org.doudi.registry.PersonsFile;

/** Writes a household's rows in the registry layout ({@link PersonsFile#ALL_COLUMNS}). */
final class RegistryRows {

    private static final List<String> COLUMNS = PersonsFile.ALL_COLUMNS;
    private static final Map<String, Integer> POSITION = positions();

    private RegistryRows() {
    }

    private static Map<String, Integer> positions() {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            positions.put(COLUMNS.get(i), i);
        }
        return Map.copyOf(positions);
    }

    static void write(UnitOutput out, OutputFile file, Household household, Dice dice) {
        String address = address(dice, household.village());
        for (int i = 0; i < household.members().size(); i++) {
            Member member = household.members().get(i);
            String[] values = new String[COLUMNS.size()];
            householdFields(values, household);
            memberFields(values, member);
            put(values, PersonsFile.MONTHLY_INCOME, Long.toString(household.memberIncomes().get(i)));
            put(values, PersonsFile.ADDRESS, address);
            if (Household.isApplicant(member)) {
                put(values, PersonsFile.BANK_ACCOUNT, household.bankAccount());
                put(values, PersonsFile.ACCOUNT_HOLDER, household.accountHolder());
            }
            UnitOutput.Row row = out.row(file, false);
            for (String value : values) {
                row.text(value);
            }
            row.end();
        }
    }

    private static void householdFields(String[] values, Household household) {
        put(values, PersonsFile.HOUSEHOLD_ID, household.id());
        put(values, PersonsFile.REGION, household.village().code().value());
        put(values, PersonsFile.AREA, household.village().area().name());
        put(values, PersonsFile.PROGRAMME, household.programme().fileCode());
        put(values, PersonsFile.STATUS, household.status().name());
        put(values, PersonsFile.MONTHLY_AMOUNT, Benefits.text(household.monthlyAmount()));
        put(values, PersonsFile.ENROLLED_SINCE, household.enrolledSince().toString());
        put(values, PersonsFile.STAFF_RELATIVE, household.staffRelative() ? "Y" : "N");
        if (household.habitualVillage() != null) {
            put(values, PersonsFile.HABITUAL_REGION, household.habitualVillage().code().value());
            put(values, PersonsFile.HABITUAL_AREA, household.habitualVillage().area().name());
        }
    }

    private static void memberFields(String[] values, Member member) {
        put(values, PersonsFile.ID_NUMBER, UnitOutput.idPlaceholder(member.person(), UnitOutput.STANDARD));
        put(values, PersonsFile.NAME, member.name());
        put(values, PersonsFile.RELATION, member.relation().name());
        put(values, PersonsFile.BIRTH_DATE, member.person().birthDate().toString());
        if (member.hasDisability()) {
            put(values, PersonsFile.DISABILITY_KIND, member.disability().kind().name());
            put(values, PersonsFile.DISABILITY_GRADE, Integer.toString(member.disability().grade()));
            put(values, PersonsFile.DISABILITY_CERTIFIED_ON, member.disability().certifiedOn().toString());
        }
        put(values, PersonsFile.PHONE, member.phone());
        put(values, PersonsFile.SERIOUS_ILLNESS, member.seriousIllness() ? "Y" : "N");
        put(values, PersonsFile.WORK_CAPACITY, member.workCapacity().name());
        put(values, PersonsFile.SELF_CARE, member.selfCare().name());
        put(values, PersonsFile.SCHOOLING, member.schooling().name());
        put(values, PersonsFile.EMPLOYMENT, member.employment().name());
    }

    private static void put(String[] values, String column, String value) {
        values[POSITION.get(column)] = value;
    }

    /** 华阳镇大号村3组27号 in the country, 雷阳街道新北社区12栋2单元501室 in town. */
    private static String address(Dice dice, Village village) {
        StringBuilder address = new StringBuilder(village.addressPrefix());
        if (village.area() == Area.RURAL) {
            address.append(dice.between(1, 15)).append("组").append(dice.between(1, 80)).append("号");
        } else {
            address.append(dice.between(1, 30)).append("栋").append(dice.between(1, 4)).append("单元")
                    .append(dice.between(1, 7)).append("0").append(dice.between(1, 4)).append("室");
        }
        return address.toString();
    }
}
