package org.doudi.casework.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The opinion of one level on the 审批表. {@code level} names the box: 村（居）委会, 乡镇（街道） or 县级民政部门
 * (the labels {@code doc.form.level.*} of the messages; half-width brackets match too). An opinion of any other
 * level gets a box of its own after those three.
 */
public record Opinion(String level, String text, String actor, LocalDate date) {

    public Opinion {
        Objects.requireNonNull(level, "level");
    }
}
