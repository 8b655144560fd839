package org.doudi.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parameters that remember what was read, in order, for the decision's {@code parametersUsed}. */
final class UsedParameters implements Parameters {

    private final Parameters delegate;
    private final Map<String, ParameterValue> used = new LinkedHashMap<>();

    UsedParameters(Parameters delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<ParameterValue> find(String name) {
        Optional<ParameterValue> value = delegate.find(name);
        value.ifPresent(v -> used.putIfAbsent(name, v));
        return value;
    }

    List<Decision.ParameterUse> uses() {
        List<Decision.ParameterUse> result = new ArrayList<>(used.size());
        for (ParameterValue v : used.values()) {
            result.add(new Decision.ParameterUse(v.name(), v.value(), describeSource(v), v.illustrative()));
        }
        return result;
    }

    List<ParameterValue> values() {
        return List.copyOf(used.values());
    }

    static String describeSource(ParameterValue v) {
        if (v.overridden()) {
            return ParameterValue.REQUEST_OVERRIDE;
        }
        StringBuilder source = new StringBuilder(String.valueOf(v.source()));
        if (v.citation() != null) {
            source.append("：").append(v.citation());
        }
        if (v.effectiveFrom() != null) {
            source.append("（").append(v.effectiveFrom()).append("起）");
        }
        if (v.illustrative()) {
            source.append("〔示例值，未找到正式文件〕");
        }
        return source.toString();
    }
}
