package org.doudi.casework.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.doudi.casework.CaseException;
import org.doudi.casework.StepInput;
import org.doudi.policy.AssessmentRequest.Asset;
import org.doudi.policy.AssessmentRequest.AssetType;
import org.doudi.policy.AssessmentRequest.Expense;
import org.doudi.policy.AssessmentRequest.ExpenseType;
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
        String instalments,
        String deposits,
        String vehicles,
        String houses,
        String medical,
        String education,
        String rehabilitation) {

    /** The findings' fields, in the order of the form. */
    static final List<String> FINDINGS = List.of("deposits", "vehicles", "houses", "medical", "education", "rehabilitation");

    StepInput toInput() {
        if (version == null) {
            throw new CaseException("CONCURRENT_CHANGE", null, "该案件已被他人办理，请刷新后查看最新情况再操作");
        }
        return new StepInput(version, note, lines(items), blankToNull(visitKind), visitedOn, lines(visitors),
                familySigned, favourable, promiseSigned, authorisationSigned, amount(amount, "amount"),
                blankToNull(outcome), lines(instalments).stream().map(a -> amount(a, "instalments")).toList(),
                assets(), expenses());
    }

    private List<Asset> assets() {
        List<Asset> assets = new ArrayList<>();
        BigDecimal money = amount(deposits, "deposits");
        if (money != null) {
            assets.add(new Asset(AssetType.DEPOSIT, money, null, false));
        }
        BigDecimal cars = amount(vehicles, "vehicles");
        if (cars != null) {
            assets.add(new Asset(AssetType.VEHICLE, null, cars.intValue(), false));
        }
        BigDecimal homes = amount(houses, "houses");
        if (homes != null) {
            assets.add(new Asset(AssetType.HOUSE, null, homes.intValue(), false));
        }
        return assets;
    }

    private List<Expense> expenses() {
        List<Expense> expenses = new ArrayList<>();
        for (var entry : List.of(Map.entry(ExpenseType.MEDICAL, String.valueOf(medical)),
                Map.entry(ExpenseType.EDUCATION, String.valueOf(education)),
                Map.entry(ExpenseType.REHABILITATION, String.valueOf(rehabilitation)))) {
            BigDecimal annual = amount("null".equals(entry.getValue()) ? null : entry.getValue(),
                    entry.getKey().name().toLowerCase());
            if (annual != null) {
                expenses.add(new Expense(entry.getKey(), annual, null));
            }
        }
        return expenses;
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
