package org.doudi.reservefund.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.doudi.access.DoudiUser;
import org.doudi.access.RegionScope;
import org.doudi.divisions.DivisionDirectory;
import org.doudi.kernel.DivisionCode;
import org.doudi.reservefund.Entry;
import org.doudi.reservefund.Ledger;
import org.doudi.reservefund.ReserveFunds;
import org.doudi.reservefund.TownshipFund;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The townships' temporary-assistance reserve funds over HTTP, scoped like the pages: a township outside the
 * caller's region is a 404, an action the role may not take a 403; an overdraft is a 409
 * {@code RESERVE_FUND_INSUFFICIENT}; a bad amount a 400 {@code AMOUNT_INVALID} with its field.
 */
@RestController
@RequestMapping("/api/v1/reserve-funds")
@Tag(name = "reserve-funds", description = "临时救助备用金：各乡镇余额、台账、县级拨付、账实核对")
class ReserveFundApi {

    @Schema(description = "县级拨付")
    record TopUpRequest(
            @Schema(description = "拨付金额（元），大于0，最多两位小数", example = "50000.00") BigDecimal amount,
            @Schema(description = "拨付文号或银行凭证号", example = "望民〔2026〕12号") String reference,
            @Schema(description = "拨付说明", example = "2026年第一批临时救助备用金") String purpose) {
    }

    @Schema(description = "账实核对：清点的库存现金与银行存款")
    record ReconciliationRequest(
            @Schema(description = "实有金额（元），不小于0，最多两位小数", example = "48200.00") BigDecimal countedBalance,
            @Schema(description = "说明", example = "6月末盘点") String note) {
    }

    record BalanceView(String townshipCode, String townshipName, BigDecimal balance) {
    }

    private final ReserveFunds funds;
    private final DivisionDirectory divisions;

    ReserveFundApi(ReserveFunds funds, DivisionDirectory divisions) {
        this.funds = funds;
        this.divisions = divisions;
    }

    @GetMapping
    @Operation(summary = "辖区内各乡镇备用金：余额、本年拨付/支出/退回、最近对账 / every township's fund in the caller's region")
    List<TownshipFund> summary(@AuthenticationPrincipal DoudiUser me,
                               @Parameter(description = "只看辖区内的某一区划") @RequestParam(required = false) String region) {
        return funds.summary(me, DivisionCode.tryParse(region).map(RegionScope::of).orElse(null));
    }

    @GetMapping("/{township}")
    @Operation(summary = "某乡镇备用金余额（村级协理员可查本乡镇）/ a township's balance")
    BalanceView balance(@AuthenticationPrincipal DoudiUser me, @PathVariable String township) {
        BigDecimal balance = funds.balance(me, township);
        return new BalanceView(township, divisions.fullName(township), balance);
    }

    @GetMapping("/{township}/entries")
    @Operation(summary = "备用金台账：期初余额、逐笔记录（含余额）、期末余额 / the ledger of a period with running balance")
    Ledger entries(@AuthenticationPrincipal DoudiUser me, @PathVariable String township,
                   @Parameter(description = "开始日期（含）") @RequestParam(required = false)
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @Parameter(description = "结束日期（含）") @RequestParam(required = false)
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return funds.ledger(me, township, from, to);
    }

    @PostMapping("/{township}/top-ups")
    @PreAuthorize("hasAnyRole('COUNTY_REVIEWER', 'ADMIN')")
    @Operation(summary = "登记县级拨付（县级审核确认人员、管理员）/ record a county allocation into the fund")
    ResponseEntity<Entry> topUp(@AuthenticationPrincipal DoudiUser me, @PathVariable String township,
                                @RequestBody TopUpRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(funds.topUp(me, township, request.amount(), request.reference(), request.purpose()));
    }

    @PostMapping("/{township}/reconciliations")
    @PreAuthorize("hasAnyRole('COUNTY_REVIEWER', 'ADMIN')")
    @Operation(summary = "登记账实核对，差额不为0即账实不符（账面余额不变）/ record a count against the book balance")
    ResponseEntity<Entry> reconcile(@AuthenticationPrincipal DoudiUser me, @PathVariable String township,
                                    @RequestBody ReconciliationRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(funds.reconcile(me, township, request.countedBalance(), request.note()));
    }
}
