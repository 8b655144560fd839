package org.doudi.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doudi.tabular.Parsed;
import org.doudi.tabular.TableRow;
import org.doudi.tabular.Values;

/** Reads the cells of one feed row, collecting a Chinese reason for every cell that cannot be read. */
final class Cells {

    private static final int MAX_LABELS = 4096;

    private final TableRow row;
    private final Map<String, String> labels;
    private final List<String> problems = new ArrayList<>(1);

    /** @param labels the file's shared copies of short repeated values (types, statuses, diagnoses) */
    Cells(TableRow row, Map<String, String> labels) {
        this.row = row;
        this.labels = labels;
    }

    String text(String column) {
        return row.get(column);
    }

    /** A value from a small vocabulary (a vehicle type, a diagnosis): one shared copy per file, to keep rows small. */
    String label(String column) {
        String value = row.get(column);
        if (labels.size() >= MAX_LABELS) {
            return labels.getOrDefault(value, value);
        }
        return labels.computeIfAbsent(value, v -> v);
    }

    String required(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.add(column + "为空");
        }
        return value;
    }

    String requiredLabel(String column) {
        required(column);
        return label(column);
    }

    LocalDate date(String column, boolean required) {
        String value = row.get(column);
        if (value.isEmpty() && !required) {
            return null;
        }
        return valid(column, Values.date(value));
    }

    /** An amount in 元 as cents; an empty cell is 0. */
    long cents(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return 0;
        }
        BigDecimal amount = valid(column, Values.amount(value));
        return amount == null ? 0 : amount.movePointRight(2).longValueExact();
    }

    int integer(String column) {
        Integer value = valid(column, Values.integer(row.get(column)));
        return value == null ? 0 : value;
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        return valid(column, Values.enumValue(type, row.get(column)));
    }

    /** One of the allowed codes (exact, ignoring case), or a problem listing them. */
    String code(String column, List<String> allowed) {
        String value = row.get(column);
        for (String code : allowed) {
            if (code.equalsIgnoreCase(value)) {
                return code;
            }
        }
        problems.add(column + "“" + value + "”不是允许的值，应为：" + String.join("、", allowed));
        return null;
    }

    private <T> T valid(String column, Parsed<T> parsed) {
        if (parsed.isValid()) {
            return parsed.value();
        }
        problems.add(column + "：" + parsed.problem().orElseThrow().reason());
        return null;
    }

    void problem(String reason) {
        problems.add(reason);
    }

    boolean clean() {
        return problems.isEmpty();
    }

    String reason() {
        return String.join("；", problems);
    }
}
