package org.doudi.casework.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 公示名单: the list posted in the village. By 《最低生活保障审核确认办法》第十九条、第二十四条 it shows only the
 * applicant's name, the number of members and the amount, which is why {@link PublicNoticeRow} has no other field.
 */
public record PublicNoticeList(String title, String villageName, String townshipName, LocalDate from, LocalDate to,
        List<PublicNoticeRow> rows, String complaintPhone) {

    public PublicNoticeList {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(townshipName, "townshipName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(complaintPhone, "complaintPhone");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the notice period ends before it starts: " + from + " to " + to);
        }
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
