package org.doudi.monitoring;

import java.util.List;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Schooling;

/**
 * The department feeds of contracts/feeds.md: the file's base name ({@code deaths.csv} or {@code deaths.xlsx}),
 * the column naming the person, the required columns, and how a row becomes a {@link Fact}.
 */
enum Feed {
    DEATHS("deaths", "id_number", List.of("id_number", "name", "death_date")) {
        Fact read(Cells c) {
            return new Fact.Death(c.date("death_date", true), c.label("source"));
        }
    },
    MEDICAL("medical", "id_number", List.of("id_number", "name", "settle_date", "out_of_pocket")) {
        Fact read(Cells c) {
            return new Fact.Medical(c.date("settle_date", true), c.cents("total_cost"), c.cents("out_of_pocket"),
                    c.label("diagnosis"));
        }
    },
    DISABILITY("disability", "id_number", List.of("id_number", "name", "kind", "grade", "issued_date", "status")) {
        Fact read(Cells c) {
            int grade = c.integer("grade");
            if (grade < 1 || grade > 4) {
                c.problem("grade：残疾等级应为1至4级");
            }
            return new Fact.Certificate(c.enumValue("kind", DisabilityKind.class), grade, c.date("issued_date", true),
                    c.code("status", List.of("VALID", "CANCELLED")));
        }
    },
    LABOUR("labour", "id_number", List.of("id_number", "name", "event", "event_date")) {
        Fact read(Cells c) {
            return new Fact.Labour(c.code("event", LABOUR_EVENTS), c.date("event_date", true), c.cents("monthly_amount"));
        }
    },
    VEHICLES("vehicles", "id_number", List.of("id_number", "name", "vehicle_type")) {
        Fact read(Cells c) {
            return new Fact.Vehicle(c.text("plate"), c.requiredLabel("vehicle_type"), c.date("registered_date", false),
                    c.cents("value"));
        }
    },
    REAL_ESTATE("real_estate", "id_number", List.of("id_number", "name", "property_type")) {
        Fact read(Cells c) {
            return new Fact.Property(c.requiredLabel("property_type"), c.cents("area_m2"), c.date("registered_date", false));
        }
    },
    BUSINESSES("businesses", "id_number", List.of("id_number", "name", "business_name", "status")) {
        Fact read(Cells c) {
            return new Fact.Business(c.text("business_name"), c.cents("registered_capital"),
                    c.code("status", List.of("ACTIVE", "CANCELLED", "REVOKED")));
        }
    },
    HOUSING_FUND("housing_fund", "id_number", List.of("id_number", "name", "monthly_contribution")) {
        Fact read(Cells c) {
            return new Fact.HousingFund(c.cents("monthly_contribution"), c.date("since", false));
        }
    },
    EDUCATION("education", "id_number", List.of("id_number", "name", "stage")) {
        Fact read(Cells c) {
            return new Fact.Student(c.enumValue("stage", Schooling.class), c.date("enrolled_date", false),
                    c.cents("annual_fees"));
        }
    },
    RURAL_REVITALISATION("rural_revitalisation", "id_number",
            List.of("id_number", "name", "status", "per_capita_income")) {
        Fact read(Cells c) {
            return new Fact.RelapseRisk(c.code("status", List.of("AT_RISK", "RISK_ELIMINATED")), c.date("since", false),
                    c.cents("per_capita_income"));
        }
    },
    HOTLINE("hotline", "id_number", List.of("ticket_id", "id_number", "name", "category")) {
        Fact read(Cells c) {
            return new Fact.Ticket(c.required("ticket_id"), c.text("phone"), c.text("received_at"), c.text("region"),
                    c.label("category"), c.text("text"));
        }
    },
    STAFF("staff", "relative_id_number", List.of("staff_id_number", "staff_name", "relative_id_number", "relative_name")) {
        Fact read(Cells c) {
            return new Fact.StaffTie(c.text("staff_id_number"), c.text("staff_name"), c.label("role"), c.text("region"),
                    c.label("relation"));
        }
    };

    static final List<String> LABOUR_EVENTS = List.of("UNEMPLOYED_REGISTERED", "EMPLOYED", "PENSION_STARTED");

    private final String baseName;
    private final String idColumn;
    private final List<String> required;

    Feed(String baseName, String idColumn, List<String> required) {
        this.baseName = baseName;
        this.idColumn = idColumn;
        this.required = required;
    }

    abstract Fact read(Cells cells);

    String baseName() {
        return baseName;
    }

    String idColumn() {
        return idColumn;
    }

    /** The column holding the person's name. */
    String nameColumn() {
        return this == STAFF ? "relative_name" : "name";
    }

    List<String> required() {
        return required;
    }
}
