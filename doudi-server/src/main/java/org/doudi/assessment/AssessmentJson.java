package org.doudi.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doudi.policy.AssessmentException;
import org.doudi.policy.AssessmentRequest;
import org.doudi.policy.Decision;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract's JSON for the command line and the API alike: a request read into the engine's records
 * (unknown fields ignored, numbers as exact decimals), a decision written without empty fields, and the
 * error object {@code {"error": {"code", "message", "field"}}} for anything that cannot be read.
 */
public final class AssessmentJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private AssessmentJson() {
    }

    /** Reads a request; a malformed one becomes an {@link AssessmentException} naming the field. */
    public static AssessmentRequest read(String json) {
        if (json == null || json.isBlank()) {
            throw new AssessmentException("REQUEST_MISSING", null, "请求为空");
        }
        try {
            return MAPPER.readValue(json, AssessmentRequest.class);
        } catch (InvalidFormatException e) {
            String field = path(e);
            String code = "programme".equals(field) ? "PROGRAMME_UNKNOWN" : "FIELD_INVALID";
            Class<?> type = e.getTargetType();
            String expected = type != null && type.isEnum()
                    ? "，应为：" + String.join("、", java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList())
                    : "";
            throw new AssessmentException(code, field, "字段 " + field + " 的取值“" + e.getValue() + "”无效" + expected);
        } catch (DatabindException e) {
            String field = path(e);
            throw new AssessmentException("FIELD_INVALID", field, "无法读取字段 " + (field == null ? "" : field) + "：" + firstLine(e));
        } catch (JacksonException e) {
            throw new AssessmentException("JSON_INVALID", null, "请求不是有效的 JSON：" + firstLine(e));
        }
    }

    public static String write(Decision decision) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(decision);
    }

    /** The contract's error object. */
    public static Map<String, Object> error(AssessmentException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code());
        error.put("message", e.getMessage());
        if (e.field() != null) {
            error.put("field", e.field());
        }
        return Map.of("error", error);
    }

    public static String writeError(AssessmentException e) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(error(e));
    }

    /** The JSON path of the failing field, as {@code household.members[1].idNumber}. */
    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String firstLine(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
