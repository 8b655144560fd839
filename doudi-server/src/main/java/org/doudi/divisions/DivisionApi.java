package org.doudi.divisions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.doudi.kernel.DivisionCode;
import org.doudi.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The division codes: public reference data, readable by every signed-in user. */
@RestController
@RequestMapping("/api/v1/divisions")
@Tag(name = "divisions", description = "统计用区划代码（2023）")
class DivisionApi {

    private final DivisionDirectory divisions;

    DivisionApi(DivisionDirectory divisions) {
        this.divisions = divisions;
    }

    @GetMapping("/{code}")
    @Operation(summary = "查询区划代码 / look up a code")
    DivisionDirectory.Entry find(@PathVariable String code) {
        return divisions.find(parse(code)).orElseThrow(() -> ApiException.notFound("区划代码 " + code));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "下级区划 / list children")
    List<DivisionDirectory.Entry> children(@PathVariable String code) {
        DivisionCode parsed = parse(code);
        find(code);
        return divisions.children(parsed);
    }

    @GetMapping
    @Operation(summary = "按名称搜索 / search by name")
    List<DivisionDirectory.Entry> search(@RequestParam("q") String text,
                                         @RequestParam(value = "within", required = false) String within,
                                         @RequestParam(value = "limit", defaultValue = "50") int limit) {
        if (text.isBlank()) {
            throw ApiException.badRequest("PARAMETER_MISSING", "请输入名称", "q");
        }
        DivisionCode scope = within == null || within.isBlank() ? null : parse(within);
        return scope == null ? divisions.searchAll(text, Math.min(limit, 200))
                : divisions.search(text, scope, Math.min(limit, 200));
    }

    private static DivisionCode parse(String code) {
        return DivisionCode.tryParse(code)
                .orElseThrow(() -> ApiException.badRequest("DIVISION_CODE_INVALID", "不是有效的区划代码：" + code, "code"));
    }
}
