package org.doudi.synthetic;

/** CSV text as the contracts want it: comma separated, a field quoted only when it has to be. */
final class Csv {

    private Csv() {
    }

    static void appendField(StringBuilder line, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (needsQuotes(value)) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
    }

    static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    static String headerLine(Iterable<String> columns) {
        StringBuilder line = new StringBuilder();
        for (String column : columns) {
            if (line.length() > 0) {
                line.append(',');
            }
            appendField(line, column);
        }
        return line.append('\n').toString();
    }
}
