package org.doudi.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.doudi.access.DoudiUser;
import org.doudi.casework.CaseException;
import org.doudi.casework.CaseFile;
import org.doudi.casework.CaseQueries;
import org.doudi.casework.CaseService;
import org.doudi.casework.CaseService.RecheckDraw;
import org.doudi.casework.web.CaseBodies.CaseView;
import org.doudi.casework.web.CaseBodies.EventView;
import org.doudi.casework.web.CaseBodies.IntakeRequest;
import org.doudi.casework.web.CaseBodies.ReviewRequest;
import org.doudi.casework.web.CaseBodies.StepRequest;
import org.doudi.casework.web.CaseBodies.WorkItemView;
import org.doudi.kernel.Programme;
import org.doudi.policy.procedure.Stage;
import org.doudi.policy.procedure.Step;
import org.doudi.web.ApiException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Casework over HTTP for the village assistants' phone app and the departments' systems: worklists, cases, intake,
 * steps and home visits. Every answer is scoped to the caller's region (a case elsewhere is a 404); the service
 * checks office, stage and version, and every read of a case is logged.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "casework", description = "救助申请与审核确认：受理、调查、入户、公示、确认、复核、抽查")
class CaseApi {

    private static final int SEARCH_LIMIT = 200;

    private final CaseService cases;
    private final CaseQueries queries;
    private final JsonMapper json;

    CaseApi(CaseService cases, CaseQueries queries, JsonMapper json) {
        this.cases = cases;
        this.queries = queries;
        this.json = json;
    }

    @GetMapping("/cases/worklist")
    @Operation(summary = "我的待办：等待本人所在层级办理的案件及逾期督办 / my worklist, by deadline")
    List<WorkItemView> worklist(@AuthenticationPrincipal DoudiUser me) {
        return queries.worklist(me).stream().map(WorkItemView::of).toList();
    }

    @GetMapping("/cases")
    @Operation(summary = "查询本辖区案件（按环节、救助类别、家庭）/ search cases in my region, newest first")
    List<WorkItemView> search(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) Stage stage,
                              @RequestParam(required = false) Programme programme,
                              @RequestParam(required = false) Long householdId) {
        return queries.search(me.scope(), stage == null ? null : stage.name(),
                programme == null ? null : programme.name(), householdId, SEARCH_LIMIT).stream()
                .map(WorkItemView::of).toList();
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "案件详情：可办事项、办理记录、调查记录、分期发放（读取记入审计日志）/ a case in full; the read is logged")
    CaseView find(@AuthenticationPrincipal DoudiUser me, @PathVariable long id) {
        return view(me, queries.find(id, me.scope()).orElseThrow(() -> ApiException.notFound("案件")));
    }

    @PostMapping("/cases")
    @Operation(summary = "受理登记救助申请 / receive an application (201 with the case)")
    ResponseEntity<CaseView> open(@AuthenticationPrincipal DoudiUser me, @RequestBody IntakeRequest body) {
        return created(me, cases.open(me, body.toIntake()));
    }

    @PostMapping("/cases/{id}/steps/{step}")
    @Operation(summary = "办理一个环节（须带上读取时的 version）/ take a step, with the version last read")
    CaseView act(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
                 @Parameter(description = "ACCEPT, FORM_TEAM, RECORD_VISIT, PROPOSE, APPROVE …") @PathVariable String step,
                 @RequestBody StepRequest body) {
        return view(me, cases.act(me, id, step(step), body.toInput()));
    }

    @PostMapping("/cases/{id}/visits")
    @Operation(summary = "录入入户调查（不少于2名调查人员，家庭签字确认）/ record a home visit (same body as RECORD_VISIT)")
    CaseView visit(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @RequestBody StepRequest body) {
        return view(me, cases.act(me, id, Step.RECORD_VISIT, body.toInput()));
    }

    @PostMapping("/households/{id}/reviews")
    @Operation(summary = "发起复核（定期、情况变化、死亡、成年、预警）/ open a review of a household in a programme")
    ResponseEntity<CaseView> review(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
                                    @RequestBody ReviewRequest body) {
        if (body.programme() == null) {
            throw new CaseException("FIELD_REQUIRED", "programme", "请填写救助类别");
        }
        return created(me, cases.openReview(me, id, body.programme(), body.reason(), body.dueOn(), body.note()));
    }

    @PostMapping("/cases/rechecks")
    @Operation(summary = "特困申请随机抽查（县级，不低于30%）/ draw the county's random re-check of extreme-poverty files")
    RecheckDraw recheck(@AuthenticationPrincipal DoudiUser me,
                        @Parameter(description = "县级区划代码，如 340827") @RequestParam String county) {
        return cases.drawRecheck(me, county);
    }

    private ResponseEntity<CaseView> created(DoudiUser me, CaseFile file) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/cases/{id}")
                .buildAndExpand(file.id()).toUri();
        return ResponseEntity.created(location).body(view(me, file));
    }

    private CaseView view(DoudiUser me, CaseFile file) {
        List<EventView> events = queries.events(file.id()).stream()
                .map(e -> new EventView(e.at(), e.actor(), e.actorRole(), e.step(), e.fromStage(), e.toStage(), e.note(),
                        parse(e.details()))).toList();
        return new CaseView(file, parse(file.assessment()), cases.availableSteps(me, file), events,
                queries.visits(file.id()), queries.instalments(file.id()));
    }

    private JsonNode parse(String text) {
        return text == null ? null : json.readTree(text);
    }

    private static Step step(String name) {
        try {
            return Step.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("STEP_UNKNOWN", "没有这个办理事项：" + name, "step");
        }
    }
}
