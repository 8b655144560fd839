package org.doudi.divisions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.kernel.DivisionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the division table: look up a code, list children, search by name, check many codes at once. */
public class DivisionDirectory {

    /** A division as shown to people: code, name, level (1 province … 5 village) and full name. */
    public record Entry(String code, String name, int level, String parentCode, String fullName) {
    }

    private static final String SELECT = "SELECT d.code, d.name, d.level, d.parent_code, " + fullNameOf("d.code")
            + " AS full_name FROM division d";

    /**
     * SQL for the full name of the division in a column (安徽省安庆市望江县华阳镇…), for other modules' queries:
     * the names from the province down, a level that repeats its parent's name (441900 东莞市) written once.
     */
    public static String fullNameOf(String codeColumn) {
        String c = codeColumn;
        return "(SELECT string_agg(a.name, '' ORDER BY a.level) FROM division a"
                + " WHERE a.code IN (left(" + c + ", 2), left(" + c + ", 4), left(" + c + ", 6), left(" + c + ", 9), " + c + ")"
                + " AND NOT EXISTS (SELECT 1 FROM division p WHERE p.code = a.parent_code AND p.name = a.name))";
    }

    private final JdbcClient jdbc;

    public DivisionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Entry> find(DivisionCode code) {
        return jdbc.sql(SELECT + " WHERE d.code = ?").param(code.value()).query(Entry.class).optional();
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM division WHERE code = ?").param(code).query(Integer.class).single() > 0;
    }

    public List<Entry> children(DivisionCode code) {
        return jdbc.sql(SELECT + " WHERE d.parent_code = ? ORDER BY d.code").param(code.value()).query(Entry.class).list();
    }

    /** Divisions whose name contains the text, within a region, shallow levels first. */
    public List<Entry> search(String text, DivisionCode within, int limit) {
        return jdbc.sql(SELECT + " WHERE d.name LIKE ? AND d.code LIKE ? ORDER BY d.level, d.code LIMIT ?")
                .param("%" + escapeLike(text.strip()) + "%")
                .param(within.value() + "%")
                .param(limit)
                .query(Entry.class).list();
    }

    /** Divisions anywhere whose name contains the text, shallow levels first. */
    public List<Entry> searchAll(String text, int limit) {
        return jdbc.sql(SELECT + " WHERE d.name LIKE ? ORDER BY d.level, d.code LIMIT ?")
                .param("%" + escapeLike(text.strip()) + "%")
                .param(limit)
                .query(Entry.class).list();
    }

    /** Of the given codes, those not in the division list. */
    public Set<String> unknown(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = jdbc.sql("SELECT code FROM division WHERE code = ANY(?)")
                .param(codes.toArray(String[]::new))
                .query(String.class).stream().collect(Collectors.toSet());
        return codes.stream().filter(c -> !known.contains(c)).collect(Collectors.toSet());
    }

    /** The full name of a code, e.g. 安徽省安庆市望江县华阳镇; the code itself if unknown. */
    public String fullName(String code) {
        return DivisionCode.tryParse(code).flatMap(this::find).map(Entry::fullName).orElse(code);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
