package org.doudi.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the benchmark server's log (log_min_duration_statement = 0) from a given offset: every statement
 * with its duration (a statement sent with the extended protocol is logged as parse, bind and execute; the
 * three are added up), the checkpoints, and the temporary files written.
 */
final class StatementLog {

    /** One statement as the server saw it, in the order it finished. */
    record Step(long pid, double millis, String sql) {
    }

    record Summary(List<Step> steps, int checkpoints, double checkpointSeconds, long tempFileBytes, int tempFiles,
                   Map<String, double[]> triggers) {
    }

    private static final Pattern ENTRY_START = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} \\S+ \\[(\\d+)\\] (\\w+):  ");
    private static final Pattern DURATION = Pattern.compile(
            "^duration: ([0-9.]+) ms  (statement|parse|bind|execute)[^:]*: (.*)$", Pattern.DOTALL);
    private static final Pattern CHECKPOINT = Pattern.compile("^checkpoint complete: .*total=([0-9.]+) s", Pattern.DOTALL);
    /** From auto_explain with log_triggers: {@code Trigger for constraint NAME on TABLE: time=T calls=N}. */
    private static final Pattern TRIGGER = Pattern.compile("Trigger ([^:\n]+): time=([0-9.]+) calls=(\\d+)");
    private static final Pattern TEMP_FILE = Pattern.compile("^temporary file: .*size (\\d+)", Pattern.DOTALL);

    private StatementLog() {
    }

    static Summary read(Path log, long fromOffset) throws IOException {
        String text;
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length() - fromOffset;
            byte[] bytes = new byte[(int) Math.max(0, length)];
            file.seek(fromOffset);
            file.readFully(bytes);
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        List<String[]> entries = new ArrayList<>(); // pid, level, message
        StringBuilder message = null;
        String pid = null;
        String level = null;
        for (String line : text.split("\n", -1)) {
            Matcher m = ENTRY_START.matcher(line);
            if (m.find()) {
                if (message != null) {
                    entries.add(new String[] {pid, level, message.toString()});
                }
                pid = m.group(1);
                level = m.group(2);
                message = new StringBuilder(line.substring(m.end()));
            } else if (message != null) {
                message.append('\n').append(line);
            }
        }
        if (message != null) {
            entries.add(new String[] {pid, level, message.toString()});
        }

        List<Step> steps = new ArrayList<>();
        Map<String, Double> pending = new HashMap<>();
        int checkpoints = 0;
        double checkpointSeconds = 0;
        long tempBytes = 0;
        int tempFiles = 0;
        for (String[] entry : entries) {
            if (!"LOG".equals(entry[1])) {
                continue;
            }
            Matcher d = DURATION.matcher(entry[2]);
            if (d.find()) {
                double millis = Double.parseDouble(d.group(1));
                String kind = d.group(2);
                if (kind.equals("parse") || kind.equals("bind")) {
                    pending.merge(entry[0], millis, Double::sum);
                } else {
                    double before = pending.getOrDefault(entry[0], 0.0);
                    pending.remove(entry[0]);
                    steps.add(new Step(Long.parseLong(entry[0]), millis + before, oneLine(d.group(3))));
                }
                continue;
            }
            Matcher c = CHECKPOINT.matcher(entry[2]);
            if (c.find()) {
                checkpoints++;
                checkpointSeconds += Double.parseDouble(c.group(1));
                continue;
            }
            Matcher t = TEMP_FILE.matcher(entry[2]);
            if (t.find()) {
                tempFiles++;
                tempBytes += Long.parseLong(t.group(1));
            }
        }
        Map<String, double[]> triggers = new java.util.LinkedHashMap<>();
        Matcher t = TRIGGER.matcher(text);
        while (t.find()) {
            double[] sum = triggers.computeIfAbsent(t.group(1).trim(), k -> new double[2]);
            sum[0] += Double.parseDouble(t.group(2));
            sum[1] += Double.parseDouble(t.group(3));
        }
        return new Summary(steps, checkpoints, checkpointSeconds, tempBytes, tempFiles, triggers);
    }

    private static String oneLine(String sql) {
        return sql.replaceAll("\\s+", " ").trim();
    }
}
