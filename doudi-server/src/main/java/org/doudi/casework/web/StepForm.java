package org.doudi.casework.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.doudi.casework.CaseException;
import org.doudi.casework.StepInput;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a step's form posts: the case version the user saw and the fields of that step. Lists come as text,
 * one entry a line (missing materials, team members, visitors, instalment amounts).
 */
record StepForm(
        Integer version,
        String note,
        String items,
        String visitKind,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
        String visitors,
        Boolean familySigned,
        Boolean favourable,
        Boolean promiseSigned,
        Boolean authorisationSigned,
        String amount,
        String outcome,
        String instalments) {

    StepInput toInput() {
        if (version == null) {
            throw new CaseException("CONCURRENT_CHANGE", null, "该案件已被他人办理，请刷新后查看最新情况再操作");
        }
        return new StepInput(version, note, lines(items), blankToNull(visitKind), visitedOn, lines(visitors),
                familySigned, favourable, promiseSigned, authorisationSigned, amount(amount, "amount"),
                blankToNull(outcome), lines(instalments).stream().map(a -> amount(a, "instalments")).toList());
    }

    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static BigDecimal amount(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new CaseException("VALUE_INVALID", field, "金额应为数字：" + text.strip());
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
