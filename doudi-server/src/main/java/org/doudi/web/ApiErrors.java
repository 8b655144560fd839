package org.doudi.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.doudi.kernel.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns failures of {@code /api/**} controllers into the contract's error object. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> api(ApiException e) {
        return body(e.status(), e.code(), e.getMessage(), e.field());
    }

    /**
     * A refusal from the domain: 404 for what the caller may not see, 409 for a concurrent change or a state that
     * does not allow it (a reserve fund short of the amount, a payroll already released or with undecided holds), else
     * 400.
     */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<Map<String, Object>> refusal(Refusal e) {
        HttpStatus status = switch (e.code()) {
            case "NOT_FOUND", "USER_NOT_FOUND" -> HttpStatus.NOT_FOUND;
            case "CONCURRENT_CHANGE", "CASE_ALREADY_OPEN", "RESERVE_FUND_INSUFFICIENT", "PAYROLL_RELEASED",
                 "PAYROLL_OVERLAP", "PAYROLL_NOT_OPEN", "PAYROLL_NOT_RELEASED", "HOLDS_UNDECIDED",
                 "HOLD_ALREADY_DECIDED", "MONITORING_HOLD", "BANK_FILE_NOT_EXPORTED", "AGREEMENT_ENDED" -> HttpStatus.CONFLICT;
            case "FORBIDDEN", "STEP_NOT_YOURS" -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
        return body(status, e.code(), e.getMessage(), e.field());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, "FORBIDDEN", "当前角色无权执行此操作", null);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return body(HttpStatus.BAD_REQUEST, "PARAMETER_MISSING", "缺少参数：" + e.getParameterName(), e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID", "参数格式错误：" + e.getName(), e.getName());
    }

    /**
     * A body that is not JSON, or JSON whose value does not fit a field (a wrong enum value, text for a number):
     * 400 naming the field by its JSON path ({@code items[1]}, {@code visit.kind}).
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        JacksonException jackson = jacksonCause(e);
        if (jackson == null) {
            return body(HttpStatus.BAD_REQUEST, "BODY_UNREADABLE", "请求内容缺失或无法读取，请以JSON格式提交", null);
        }
        String field = jsonPath(jackson);
        if (jackson instanceof StreamReadException) {
            return body(HttpStatus.BAD_REQUEST, "JSON_MALFORMED", "请求内容不是有效的JSON，请检查格式", field);
        }
        if (jackson instanceof InvalidFormatException invalid) {
            return body(HttpStatus.BAD_REQUEST, "VALUE_INVALID", "字段取值无效：" + (field == null ? "" : field + " = ")
                    + invalid.getValue(), field);
        }
        if (jackson instanceof MismatchedInputException && field != null) {
            return body(HttpStatus.BAD_REQUEST, "VALUE_INVALID", "字段类型不符：" + field, field);
        }
        return body(HttpStatus.BAD_REQUEST, "JSON_MALFORMED", "请求内容无法按接口格式读取" + (field == null ? "" : "：" + field),
                field);
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** The JSON path of the value at fault, {@code items[1]} or {@code visit.kind}; null at the root. */
    static String jsonPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", "文件过大", "file");
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String code, String message, String field) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        if (field != null) {
            error.put("field", field);
        }
        return ResponseEntity.status(status).body(Map.of("error", error));
    }
}
