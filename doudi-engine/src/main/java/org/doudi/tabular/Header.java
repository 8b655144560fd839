package org.doudi.tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column names of a table: trimmed, byte-order mark removed, matched ignoring case. Blank names
 * (the empty trailing columns Excel often leaves) name nothing and are not duplicates of each other.
 */
final class Header {

    private final List<String> names;
    private final Map<String, Integer> indexByKey;

    private Header(List<String> names, Map<String, Integer> indexByKey) {
        this.names = names;
        this.indexByKey = indexByKey;
    }

    static Header of(String fileName, long line, List<String> cells) {
        List<String> names = new ArrayList<>(cells.size());
        Map<String, Integer> indexByKey = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).replace("\uFEFF", "").strip();
            names.add(name);
            if (name.isEmpty()) {
                continue;
            }
            Integer earlier = indexByKey.putIfAbsent(key(name), i);
            if (earlier != null) {
                throw TableException.ofLine(TableException.Code.COLUMN_DUPLICATED, fileName, line,
                        "列名重复：“" + name + "”（第" + (earlier + 1) + "列和第" + (i + 1) + "列），请删除或改名其中一列");
            }
        }
        return new Header(Collections.unmodifiableList(names), indexByKey);
    }

    /** The names as written in the file, in file order; blank names included so positions stay true. */
    List<String> names() {
        return names;
    }

    /** The position of a column, or -1 if the file has no such column. */
    int indexOf(String column) {
        Integer exact = indexByKey.get(column);
        if (exact != null) {
            return exact;
        }
        return indexByKey.getOrDefault(key(column.strip()), -1);
    }

    List<String> missing(List<String> required) {
        return required.stream().filter(column -> indexOf(column) < 0).toList();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
