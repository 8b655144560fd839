package org.doudi.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy parameters in force for one region, area and date (or a what-if variant of them). Calculators
 * read every amount, multiple, day count and threshold through this interface, by catalogue name
 * ({@link PolicyCatalogue}); nothing of policy is a literal in a calculator.
 *
 * <p>A missing parameter is a configuration error ({@link MissingParameterException}): the pack
 * validation guarantees that every catalogue name resolves for every shipped region.
 */
public interface Parameters {

    /** The parameter, if the region's packs (or an override) define it at this date. */
    Optional<ParameterValue> find(String name);

    default ParameterValue get(String name) {
        return find(name).orElseThrow(() -> new MissingParameterException(name));
    }

    default BigDecimal decimal(String name) {
        return asDecimal(name, get(name).value());
    }

    default int integer(String name) {
        return decimal(name).intValueExact();
    }

    default boolean flag(String name) {
        Object value = get(name).value();
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException("parameter " + name + " is not a boolean: " + value);
    }

    default String text(String name) {
        return String.valueOf(get(name).value());
    }

    default List<BigDecimal> decimals(String name) {
        Object value = get(name).value();
        if (value instanceof List<?> list) {
            return list.stream().map(v -> asDecimal(name, v)).toList();
        }
        throw new IllegalStateException("parameter " + name + " is not a list: " + value);
    }

    /** A table keyed by code (e.g. care standard by self-care class), values as decimals. */
    default Map<String, BigDecimal> decimalMap(String name) {
        Object value = get(name).value();
        if (value instanceof Map<?, ?> map) {
            java.util.LinkedHashMap<String, BigDecimal> result = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), asDecimal(name, v)));
            return result;
        }
        throw new IllegalStateException("parameter " + name + " is not a table: " + value);
    }

    /** A list of rows (e.g. old-age tiers {fromAge, monthly}), each row a map. */
    @SuppressWarnings("unchecked")
    default List<Map<String, Object>> rows(String name) {
        Object value = get(name).value();
        if (value instanceof List<?> list && list.stream().allMatch(Map.class::isInstance)) {
            return (List<Map<String, Object>>) (List<?>) list;
        }
        throw new IllegalStateException("parameter " + name + " is not a list of rows: " + value);
    }

    static BigDecimal asDecimal(String name, Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new IllegalStateException("parameter " + name + " is not a number: " + value);
    }
}
