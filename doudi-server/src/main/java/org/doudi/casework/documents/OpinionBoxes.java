package org.doudi.casework.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The opinion boxes of the 审批表: always the three levels in order (村（居）委会, 乡镇（街道）, 县级民政部门),
 * empty where that step is not done yet, then a box for each opinion of any other level.
 */
final class OpinionBoxes {

    private static final List<String> LEVELS = List.of("doc.form.level.village", "doc.form.level.township",
            "doc.form.level.county");

    private final List<String> labels;

    OpinionBoxes(MessageSource messages, Locale locale) {
        this.labels = LEVELS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
    }

    List<OpinionBox> of(List<Opinion> opinions) {
        List<Opinion> left = new ArrayList<>(opinions);
        List<OpinionBox> boxes = new ArrayList<>();
        for (String label : labels) {
            Opinion match = left.stream().filter(o -> same(o.level(), label)).findFirst().orElse(null);
            left.remove(match);
            boxes.add(new OpinionBox(label, match));
        }
        left.forEach(o -> boxes.add(new OpinionBox(o.level(), o)));
        return boxes;
    }

    private static boolean same(String level, String label) {
        return normalized(level).equals(normalized(label));
    }

    private static String normalized(String level) {
        return level.strip().replace('(', '\uff08').replace(')', '\uff09').replace(" ", "");
    }

    /** One box: its label and the opinion, or null when the step is not done yet. */
    public record OpinionBox(String level, Opinion opinion) {
    }
}
