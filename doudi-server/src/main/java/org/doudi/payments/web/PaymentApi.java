package org.doudi.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.doudi.access.DoudiUser;
import org.doudi.payments.BankTransfers;
import org.doudi.payments.CustodyRegister;
import org.doudi.payments.LedgerReview;
import org.doudi.payments.PaymentHolds;
import org.doudi.payments.PaymentQueries;
import org.doudi.payments.PayrollRuns;
import org.doudi.web.ApiException;
import org.doudi.web.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Payments over HTTP, scoped like the pages: payroll runs, their totals, comparison, holds and lines, the
 * reviewer's decisions and the release, the bank file and the bank's return, a household's payment history, the
 * monthly totals, the ledger review and the custody register. Refusals are the contract's error object with a
 * code (e.g. {@code HOLDS_UNDECIDED}, {@code PAYROLL_RELEASED}, {@code PAYROLL_OVERLAP}) and a Chinese message.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "payments", description = "发放：月度发放名册、发放前审核暂扣、放款、银行文件与回盘、发放记录、台账排查、代管协议")
class PaymentApi {

    @Schema(description = "编制发放名册")
    record RunRequest(@Schema(description = "区划代码（县、乡镇或村），默认本人辖区", example = "340827") String region,
                      @Schema(description = "发放月份 YYYY-MM", example = "2026-12") String month) {
    }

    @Schema(description = "处理一条暂扣")
    record DecisionRequest(@Schema(description = "RELEASE 放行 / CONFIRM 确认暂扣", example = "RELEASE") String decision,
                           @Schema(description = "理由（必填）", example = "经入户核实，代领人为其女儿，已补办代管协议") String note) {
    }

    @Schema(description = "放款")
    record ReleaseRequest(@Schema(description = "所见名册版本（并发保护）") int version,
                          @Schema(description = "放款说明") String note) {
    }

    @Schema(description = "终止代管协议")
    record EndRequest(@Schema(description = "终止日期，默认今天") LocalDate endedOn,
                      @Schema(description = "终止原因（必填）") String reason) {
    }

    /** A run with its totals, holds and comparison. */
    record RunView(PaymentQueries.Run run, List<PaymentQueries.Total> totals, List<PaymentQueries.Hold> holds,
                   List<PaymentQueries.Change> changes) {
    }

    private final PayrollRuns runs;
    private final PaymentHolds holds;
    private final PaymentQueries queries;
    private final BankTransfers bank;
    private final LedgerReview ledger;
    private final CustodyRegister custody;

    PaymentApi(PayrollRuns runs, PaymentHolds holds, PaymentQueries queries, BankTransfers bank, LedgerReview ledger,
               CustodyRegister custody) {
        this.runs = runs;
        this.holds = holds;
        this.queries = queries;
        this.bank = bank;
        this.ledger = ledger;
        this.custody = custody;
    }

    @GetMapping("/payroll/runs")
    @Operation(summary = "辖区内的发放名册 / payroll runs covering the caller's region")
    List<PaymentQueries.Run> runs(@AuthenticationPrincipal DoudiUser me) {
        return queries.runs(me);
    }

    @PostMapping("/payroll/runs")
    @Operation(summary = "编制（或重算未放款的）月度发放名册并完成发放前审核 / compute a month's payroll and its audit")
    ResponseEntity<RunView> run(@AuthenticationPrincipal DoudiUser me, @RequestBody RunRequest request) {
        YearMonth month = month(request.month());
        long id = runs.run(me, request.region(), month);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(me, id));
    }

    @GetMapping("/payroll/runs/{id}")
    @Operation(summary = "发放名册：按乡镇和项目汇总、暂扣、与上月比较 / a run with totals, holds and the comparison")
    RunView run(@AuthenticationPrincipal DoudiUser me, @PathVariable long id) {
        return view(me, id);
    }

    @GetMapping("/payroll/runs/{id}/lines")
    @Operation(summary = "发放明细（身份证号、账号脱敏）/ the run's lines")
    List<PaymentQueries.Line> lines(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
                                    @Parameter(description = "PENDING/HELD/RELEASED/WITHHELD/PAID/FAILED/TO_RECOVER")
                                    @RequestParam(required = false) String status,
                                    @Parameter(description = "只看某条暂扣涉及的明细") @RequestParam(required = false) Long hold,
                                    @RequestParam(defaultValue = "1000") int limit) {
        return queries.lines(me, id, status, hold, Math.min(Math.max(limit, 1), 100_000));
    }

    @PostMapping("/payroll/holds/{id}/decision")
    @Operation(summary = "放行或确认一条暂扣（须写明理由）/ release a hold with a reason, or confirm it")
    ResponseEntity<Void> decide(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
                                @RequestBody DecisionRequest request) {
        holds.decide(me, id, request.decision(), request.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/payroll/runs/{id}/release")
    @Operation(summary = "放款：全部暂扣处理后 / release the run once every hold is decided")
    RunView release(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestBody ReleaseRequest request) {
        holds.release(me, id, request.version(), request.note());
        return view(me, id);
    }

    @GetMapping("/payroll/runs/{id}/bank-file")
    @Operation(summary = "银行发放文件（CSV 或 xlsx，含合计行和 SHA-256 校验行，版式见 docs/bank-file.md）/ the bank file")
    void bankFile(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
                  @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bank.write(me, id, xlsx, out);
        Downloads.attachment(response, "bank-" + id + (xlsx ? ".xlsx" : ".csv"), xlsx);
        out.writeTo(response.getOutputStream());
    }

    @GetMapping("/payroll/runs/{id}/bank-return-template")
    @Operation(summary = "回盘文件模板：每笔的流水号、账号、金额，结果待填 / a return file for the bank to fill in")
    void returnTemplate(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bank.writeReturnTemplate(me, id, out);
        Downloads.attachment(response, "bank-return-" + id + ".csv", false);
        out.writeTo(response.getOutputStream());
    }

    @PostMapping(value = "/payroll/runs/{id}/bank-return", consumes = "multipart/form-data")
    @Operation(summary = "导入银行回盘文件：全部正确才生效，逐行列出问题 / apply the bank's return file, all or nothing")
    ResponseEntity<BankTransfers.ReturnReport> bankReturn(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
                                                          @RequestParam("file") MultipartFile file) throws IOException {
        BankTransfers.ReturnReport report = bank.importReturn(me, id, file.getOriginalFilename() == null ? "return.csv"
                : file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(report.applied() || report.alreadyImported() ? HttpStatus.OK
                : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }

    @GetMapping("/households/{id}/payments")
    @Operation(summary = "某户的发放记录（含补发、追缴、重发、回盘结果）/ a household's payment history")
    List<PaymentQueries.Line> history(@AuthenticationPrincipal DoudiUser me, @PathVariable long id) {
        return queries.history(me, id);
    }

    @GetMapping("/payroll/totals")
    @Operation(summary = "月度发放统计：按月、乡镇、项目 / monthly totals per township and programme")
    List<PaymentQueries.MonthTotal> totals(@AuthenticationPrincipal DoudiUser me, @RequestParam int year) {
        return queries.monthlyTotals(me, year);
    }

    @GetMapping("/payroll/ledger-review")
    @Operation(summary = "发放台账梳理：对本系统历史发放逐月运行审核规则，按乡镇汇总 / the audit rules over past payments")
    LedgerReview.Report ledgerReview(@AuthenticationPrincipal DoudiUser me, @RequestParam String from,
                                     @RequestParam String to) {
        return ledger.review(me, month(from), month(to));
    }

    @PostMapping(value = "/payroll/ledger-review", consumes = "multipart/form-data")
    @Operation(summary = "发放台账梳理：上传历史台账文件（payroll.csv 版式）/ review an old ledger file")
    LedgerReview.Report ledgerFile(@AuthenticationPrincipal DoudiUser me, @RequestParam("file") MultipartFile file)
            throws IOException {
        return ledger.review(me, file.getOriginalFilename() == null ? "ledger.csv" : file.getOriginalFilename(),
                file.getBytes());
    }

    @GetMapping("/custody-agreements")
    @Operation(summary = "代管协议备案（辖区内，或某户）/ the custody register")
    List<CustodyRegister.Agreement> agreements(@AuthenticationPrincipal DoudiUser me,
                                               @RequestParam(required = false) Long household) {
        return custody.list(me, household);
    }

    @PostMapping("/custody-agreements")
    @Operation(summary = "登记代管协议备案 / file a custody agreement")
    ResponseEntity<CustodyRegister.Agreement> file(@AuthenticationPrincipal DoudiUser me,
                                                   @RequestBody CustodyRegister.NewAgreement agreement) {
        return ResponseEntity.status(HttpStatus.CREATED).body(custody.file(me, agreement));
    }

    @PostMapping("/custody-agreements/{id}/end")
    @Operation(summary = "终止代管协议 / end a custody agreement")
    CustodyRegister.Agreement end(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
                                  @RequestBody EndRequest request) {
        return custody.end(me, id, request.endedOn(), request.reason());
    }

    private RunView view(DoudiUser me, long id) {
        return new RunView(queries.run(me, id), queries.totals(me, id), queries.holds(me, id), queries.diff(me, id));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("MONTH_INVALID", "月份应为 YYYY-MM，例如 2026-12", "month");
        }
    }
}
