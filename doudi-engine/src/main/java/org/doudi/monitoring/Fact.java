package org.doudi.monitoring;

import java.time.LocalDate;
import org.doudi.kernel.DisabilityKind;
import org.doudi.kernel.Schooling;

/**
 * What one department row says, without whom it concerns (that is {@link FeedRow}). Records, so two rows
 * that say the same thing (an exported row repeated) are equal and count once.
 */
sealed interface Fact {

    record Death(LocalDate date, String source) implements Fact {
    }

    record Medical(LocalDate settled, long totalCents, long outOfPocketCents, String diagnosis) implements Fact {
    }

    record Certificate(DisabilityKind kind, int grade, LocalDate issued, String status) implements Fact {
        /** Grade 1-2, or grade 3 intellectual or mental (contracts/feeds.md, NEW_SEVERE_DISABILITY). */
        boolean severe() {
            return grade <= 2 || grade == 3 && (kind == DisabilityKind.INTELLECTUAL || kind == DisabilityKind.MENTAL);
        }
    }

    record Labour(String event, LocalDate date, long monthlyCents) implements Fact {
    }

    record Vehicle(String plate, String type, LocalDate registered, long valueCents) implements Fact {
    }

    record Property(String type, long areaCenti, LocalDate registered) implements Fact {
    }

    record Business(String businessName, long capitalCents, String status) implements Fact {
    }

    record HousingFund(long monthlyCents, LocalDate since) implements Fact {
    }

    record Student(Schooling stage, LocalDate enrolled, long feesCents) implements Fact {
    }

    record RelapseRisk(String status, LocalDate since, long perCapitaIncomeCents) implements Fact {
    }

    record Ticket(String ticketId, String phone, String receivedAt, String region, String category, String text)
            implements Fact {
    }

    record StaffTie(String staffIdNumber, String staffName, String role, String region, String relation)
            implements Fact {
    }
}
