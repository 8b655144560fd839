package org.doudi.policy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.kernel.DivisionCode;
import org.doudi.policy.ParameterValue;
import org.doudi.policy.PolicyCatalogue;
import org.doudi.policy.Unit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads one pack file and checks it: every parameter is in the catalogue and declares the catalogue's
 * unit; every value has a date and a citation; dates strictly increase; each value fits its unit. A
 * problem is a {@link PackException} naming the file and the parameter.
 */
public final class PackReader {

    private PackReader() {
    }

    public static Pack read(String file, InputStream in) throws IOException {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            root = new Yaml(new SafeConstructor(options)).load(in);
        } catch (RuntimeException e) {
            throw new PackException(file, null, "YAML 格式错误：" + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new PackException(file, null, "文件应为一个映射（region, name, parameters）");
        }
        String region = String.valueOf(map.get("region"));
        if (!Pack.NATIONAL.equals(region) && DivisionCode.tryParse(region).isEmpty()) {
            throw new PackException(file, null, "region 应为 national 或区划代码：" + region);
        }
        String name = String.valueOf(map.get("name"));
        if (!(map.get("parameters") instanceof Map<?, ?> parameters)) {
            throw new PackException(file, null, "缺少 parameters");
        }
        Map<String, ParameterSeries> series = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : parameters.entrySet()) {
            String parameter = String.valueOf(entry.getKey());
            series.put(parameter, series(file, parameter, entry.getValue()));
        }
        return new Pack(file, Pack.NATIONAL.equals(region) ? region : DivisionCode.parse(region).value(), name,
                java.util.Collections.unmodifiableMap(series));
    }

    private static ParameterSeries series(String file, String parameter, Object node) {
        PolicyCatalogue.Entry entry = PolicyCatalogue.find(parameter)
                .orElseThrow(() -> new PackException(file, parameter, "不在参数目录中（拼写错误？）"));
        if (!(node instanceof Map<?, ?> map)) {
            throw new PackException(file, parameter, "应为映射（unit, values 或 urban/rural）");
        }
        Object unitText = map.get("unit");
        if (unitText == null) {
            throw new PackException(file, parameter, "缺少 unit");
        }
        Unit unit;
        try {
            unit = Unit.valueOf(String.valueOf(unitText));
        } catch (IllegalArgumentException e) {
            throw new PackException(file, parameter, "未知的 unit：" + unitText);
        }
        if (unit != entry.unit()) {
            throw new PackException(file, parameter, "unit 应为 " + entry.unit() + "，而不是 " + unit);
        }
        List<ParameterValue> both = values(file, parameter, unit, map.get("values"));
        List<ParameterValue> urban = values(file, parameter, unit, map.get("urban"));
        List<ParameterValue> rural = values(file, parameter, unit, map.get("rural"));
        if (both == null && urban == null && rural == null) {
            throw new PackException(file, parameter, "缺少 values（或 urban、rural）");
        }
        if (both != null && (urban != null || rural != null)) {
            throw new PackException(file, parameter, "values 与 urban/rural 只能二选一");
        }
        return new ParameterSeries(parameter, both, urban, rural);
    }

    private static List<ParameterValue> values(String file, String parameter, Unit unit, Object node) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof List<?> list) || list.isEmpty()) {
            throw new PackException(file, parameter, "取值应为非空列表");
        }
        List<ParameterValue> values = new ArrayList<>();
        LocalDate previous = null;
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> value)) {
                throw new PackException(file, parameter, "每个取值应为映射（from, value, citation）");
            }
            LocalDate from = date(file, parameter, value.get("from"));
            if (previous != null && !from.isAfter(previous)) {
                throw new PackException(file, parameter, "生效日期应递增：" + from + " 不晚于 " + previous);
            }
            previous = from;
            Object citation = value.get("citation");
            if (citation == null || String.valueOf(citation).isBlank()) {
                throw new PackException(file, parameter, from + " 的取值缺少出处（citation）");
            }
            Object v = normalise(value.get("value"));
            if (!value.containsKey("value")) {
                throw new PackException(file, parameter, from + " 缺少 value（以 null 结束取值）");
            }
            if (v != null) {
                checkType(file, parameter, unit, v);
            }
            boolean illustrative = Boolean.TRUE.equals(value.get("illustrative"));
            values.add(new ParameterValue(parameter, v, unit, from, String.valueOf(citation).strip(), illustrative, file));
        }
        return List.copyOf(values);
    }

    private static LocalDate date(String file, String parameter, Object node) {
        if (node instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(node));
        } catch (DateTimeParseException e) {
            throw new PackException(file, parameter, "from 应为日期 YYYY-MM-DD：" + node);
        }
    }

    private static Object normalise(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PackReader::normalise).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), normalise(v)));
            return java.util.Collections.unmodifiableMap(result);
        }
        return value;
    }

    private static boolean isAmount(Object value) {
        return value instanceof BigDecimal d && d.signum() >= 0;
    }

    private static void checkType(String file, String parameter, Unit unit, Object value) {
        boolean fits = switch (unit) {
            case BOOLEAN -> value instanceof Boolean;
            case ENUM -> value instanceof String;
            case RATIO_LIST -> value instanceof List<?> list && list.stream().allMatch(BigDecimal.class::isInstance);
            case TABLE -> value instanceof List<?> || value instanceof Map<?, ?>;
            // an amount, or amounts by household size ({default: 30000, "1": 33000})
            case YUAN -> isAmount(value) || value instanceof Map<?, ?> map && map.values().stream().allMatch(PackReader::isAmount);
            default -> value instanceof BigDecimal d && d.signum() >= 0;
        };
        if (!fits) {
            throw new PackException(file, parameter, "取值 " + value + " 与单位 " + unit + " 不符");
        }
    }
}
