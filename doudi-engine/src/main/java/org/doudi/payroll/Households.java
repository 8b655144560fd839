package org.doudi.payroll;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doudi.kernel.Programme;
import org.doudi.registry.PersonRow;

/**
 * The registry's rows grouped by household and programme ({@link Household}), in the order households first
 * appear, with the lookups a run needs: a household by id (its first programme) and by id and programme.
 */
final class Households {

    private final List<Household> all;
    private final Map<String, Household> byId;
    /** Households whose id a household of another programme came first with. */
    private final Map<Household.Key, Household> laterProgrammes;

    private Households(List<Household> all, Map<String, Household> byId, Map<Household.Key, Household> later) {
        this.all = all;
        this.byId = byId;
        this.laterProgrammes = later;
    }

    /**
     * Groups rows by household and programme. A household's rows usually follow each other: a row that continues
     * the previous row's household joins it without a lookup.
     */
    static Households of(List<PersonRow> rows) {
        Map<String, List<PersonRow>> first = new HashMap<>(capacity(rows.size() / 2));
        Map<Household.Key, List<PersonRow>> later = new HashMap<>();
        List<List<PersonRow>> order = new ArrayList<>();
        List<PersonRow> current = null;
        PersonRow last = null;
        for (PersonRow row : rows) {
            Programme programme = programmeOf(row);
            if (last == null || !row.householdNo().equals(last.householdNo()) || programme != programmeOf(last)) {
                current = first.get(row.householdNo());
                if (current == null) {
                    current = new ArrayList<>(4);
                    first.put(row.householdNo(), current);
                    order.add(current);
                } else if (programmeOf(current.get(0)) != programme) {
                    current = later.computeIfAbsent(new Household.Key(row.householdNo(), programme), k -> {
                        List<PersonRow> members = new ArrayList<>(4);
                        order.add(members);
                        return members;
                    });
                }
            }
            current.add(row);
            last = row;
        }
        List<Household> all = new ArrayList<>(order.size());
        Map<String, Household> byId = new HashMap<>(capacity(first.size()));
        Map<Household.Key, Household> laterProgrammes = new HashMap<>();
        for (List<PersonRow> members : order) {
            Household h = Household.of(members);
            all.add(h);
            if (byId.putIfAbsent(h.id(), h) != null) {
                laterProgrammes.put(h.key(), h);
            }
        }
        return new Households(all, byId, laterProgrammes);
    }

    private static Programme programmeOf(PersonRow row) {
        return row.programme() == null ? Programme.LOW_INCOME : row.programme();
    }

    private static int capacity(int entries) {
        return Math.max(16, (int) (entries / 0.75f) + 1);
    }

    /** Every household, in the order they first appear. */
    List<Household> all() {
        return all;
    }

    /** The household with this id (its first programme), or null. */
    Household byId(String householdId) {
        return byId.get(householdId);
    }

    /** The household with this id and programme, or null. */
    Household of(String householdId, Programme programme) {
        Household h = byId.get(householdId);
        if (h == null || h.programme() == programme) {
            return h;
        }
        return laterProgrammes.get(new Household.Key(householdId, programme));
    }
}
