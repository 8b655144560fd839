package org.doudi.policy;

import java.util.Map;
import java.util.Optional;

/**
 * Parameters with what-if overrides on top: an override by catalogue name wins over every pack and is
 * reported with source {@link ParameterValue#REQUEST_OVERRIDE}.
 */
public final class OverriddenParameters implements Parameters {

    private final Parameters base;
    private final Map<String, Object> overrides;

    public OverriddenParameters(Parameters base, Map<String, Object> overrides) {
        this.base = base;
        this.overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    @Override
    public Optional<ParameterValue> find(String name) {
        if (overrides.containsKey(name)) {
            Unit unit = PolicyCatalogue.find(name).map(PolicyCatalogue.Entry::unit)
                    .or(() -> base.find(name).map(ParameterValue::unit)).orElse(Unit.TABLE);
            return Optional.of(new ParameterValue(name, normalise(overrides.get(name)), unit, null, null, false,
                    ParameterValue.REQUEST_OVERRIDE));
        }
        return base.find(name);
    }

    /** Numbers as BigDecimal, whatever the JSON or YAML reader made of them. */
    static Object normalise(Object value) {
        if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
            return new java.math.BigDecimal(n.toString());
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(OverriddenParameters::normalise).toList();
        }
        if (value instanceof Map<?, ?> map) {
            java.util.LinkedHashMap<String, Object> result = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), normalise(v)));
            return result;
        }
        return value;
    }
}
