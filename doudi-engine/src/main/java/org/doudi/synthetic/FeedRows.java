package org.doudi.synthetic;

import java.time.LocalDate;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Relation;
import org.doudi.kernel.Schooling;

/**
 * One method per department feed, writing a row with exactly that feed's columns (contracts/feeds.md).
 * {@code decoy} rows are the harmless ones; only they may receive importer noise.
 */
final class FeedRows {

    private FeedRows() {
    }

    static void death(UnitOutput out, boolean decoy, Person person, LocalDate date, String source) {
        out.row(OutputFile.DEATHS, decoy).id(person).text(person.name()).date(date).text(source).end();
    }

    static void medical(UnitOutput out, boolean decoy, Person person, LocalDate settled, long totalCents,
                        long outOfPocketCents, String diagnosis) {
        out.row(OutputFile.MEDICAL, decoy).id(person).text(person.name()).date(settled).hundredths(totalCents)
                .hundredths(outOfPocketCents).text(diagnosis).end();
    }

    static void certificate(UnitOutput out, boolean decoy, Person person, DisabilityKind kind, int grade,
                            LocalDate issued, String status) {
        out.row(OutputFile.DISABILITY, decoy).id(person).text(person.name()).text(kind.name()).number(grade)
                .date(issued).text(status).end();
    }

    static void labour(UnitOutput out, boolean decoy, Person person, LabourEvent event, LocalDate date,
                       long monthlyCents) {
        out.row(OutputFile.LABOUR, decoy).id(person).text(person.name()).text(event.name()).date(date)
                .hundredths(monthlyCents).end();
    }

    static void vehicle(UnitOutput out, boolean decoy, Person person, String plate, String type, LocalDate registered,
                        long value) {
        out.row(OutputFile.VEHICLES, decoy).id(person).text(person.name()).text(plate).text(type).date(registered)
                .number(value).end();
    }

    static void property(UnitOutput out, boolean decoy, Person person, String type, long areaCentiSquareMetres,
                         LocalDate registered) {
        out.row(OutputFile.REAL_ESTATE, decoy).id(person).text(person.name()).text(type).hundredths(areaCentiSquareMetres)
                .date(registered).end();
    }

    static void business(UnitOutput out, boolean decoy, Person person, String businessName, long capital,
                         String status) {
        out.row(OutputFile.BUSINESSES, decoy).id(person).text(person.name()).text(businessName).number(capital)
                .text(status).end();
    }

    static void housingFund(UnitOutput out, boolean decoy, Person person, long contributionCents, LocalDate since) {
        out.row(OutputFile.HOUSING_FUND, decoy).id(person).text(person.name()).hundredths(contributionCents).date(since)
                .end();
    }

    static void student(UnitOutput out, boolean decoy, Person person, Schooling stage, LocalDate enrolled,
                        long annualFees) {
        out.row(OutputFile.EDUCATION, decoy).id(person).text(person.name()).text(stage.name()).date(enrolled)
                .number(annualFees).end();
    }

    static void relapseRisk(UnitOutput out, boolean decoy, Person person, String status, LocalDate since,
                            long annualIncomePerPerson) {
        out.row(OutputFile.RURAL_REVITALISATION, decoy).id(person).text(person.name()).text(status).date(since)
                .number(annualIncomePerPerson).end();
    }

    static void ticket(UnitOutput out, boolean decoy, String ticketId, Person caller, String phone, String receivedAt,
                       String region, String category, String text) {
        out.row(OutputFile.HOTLINE, decoy).text(ticketId).id(caller).text(caller.name()).text(phone)
                .text(receivedAt).text(region).text(category).text(text).end();
    }

    static void staff(UnitOutput out, Person staff, String role, String region, Person relative, Relation relation) {
        out.row(OutputFile.STAFF, false).id(staff).text(staff.name()).text(role).text(region).id(relative)
                .text(relative.name()).text(relation.name()).end();
    }
}
