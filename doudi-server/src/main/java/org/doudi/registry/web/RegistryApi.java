package org.doudi.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.HouseholdSearch;
import org.doudi.registry.HouseholdSummary;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.doudi.registry.PersonDetail;
import org.doudi.registry.ProgrammeStatusEntry;
import org.doudi.registry.TimelineEntry;
import org.doudi.registry.imports.ImportBatches;
import org.doudi.registry.imports.ImportReport;
import org.doudi.registry.imports.RegistryImport;
import org.doudi.tabular.RowProblem;
import org.doudi.web.ApiException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The household register over HTTP, scoped to the caller's region like the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "registry", description = "户籍登记：家庭、成员、项目状态、变更记录、导入")
class RegistryApi {

    /** A page of search results. */
    record SearchResult(long total, int page, int pageSize, List<HouseholdSummary> households) {
    }

    /** A member as listed: the ID number masked (the person endpoint gives it in full, and logs the read). */
    record MemberView(long personId, String idNumber, String name, String sex, LocalDate birthDate, String relation,
                      String disabilityKind, Integer disabilityGrade, LocalDate validFrom, LocalDate validTo) {
        static MemberView of(Member m) {
            return new MemberView(m.personId(), m.idNumberMasked(), m.name(), m.sex(), m.birthDate(), m.relation(),
                    m.disabilityKind(), m.disabilityGrade(), m.validFrom(), m.validTo());
        }
    }

    record HouseholdView(HouseholdDetail household, LocalDate asOf, List<MemberView> members,
                         List<ProgrammeStatusEntry> programmes) {
    }

    private final Households households;
    private final RegistryImport importer;
    private final ImportBatches batches;
    private final AuditLog audit;
    private final Clock clock;

    RegistryApi(Households households, RegistryImport importer, ImportBatches batches, AuditLog audit, Clock clock) {
        this.households = households;
        this.importer = importer;
        this.batches = batches;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/households")
    @Operation(summary = "查询家庭 / search households (ID numbers masked)")
    SearchResult search(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) String name,
                        @RequestParam(required = false) String idNumber, @RequestParam(required = false) String region,
                        @RequestParam(required = false) String programme, @RequestParam(defaultValue = "0") int page) {
        HouseholdSearch search = new HouseholdSearch(name, idNumber, region, programme, page);
        return new SearchResult(households.count(search, me.scope()), search.page(), HouseholdSearch.PAGE_SIZE,
                households.search(search, me.scope()));
    }

    @GetMapping("/households/{id}")
    @Operation(summary = "家庭详情：某日在册成员与项目状态 / a household, its members on a date and its programmes")
    HouseholdView household(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        HouseholdDetail household = households.find(id, me.scope()).orElseThrow(() -> ApiException.notFound("家庭"));
        audit.record("READ_HOUSEHOLD", "HOUSEHOLD", household.householdNo(), household.regionCode(), "api");
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        return new HouseholdView(household, date,
                households.membersOn(id, date).stream().map(MemberView::of).toList(),
                households.programmeStatuses(id, true));
    }

    @GetMapping("/households/{id}/timeline")
    @Operation(summary = "变更记录 / the household's timeline")
    List<TimelineEntry> timeline(@AuthenticationPrincipal DoudiUser me, @PathVariable long id) {
        households.find(id, me.scope()).orElseThrow(() -> ApiException.notFound("家庭"));
        return households.timeline(id);
    }

    @GetMapping("/persons/{id}")
    @Operation(summary = "个人信息（完整身份证号码，读取记入审计日志）/ a person in full; the read is logged")
    PersonDetail person(@AuthenticationPrincipal DoudiUser me, @PathVariable long id) {
        PersonDetail person = households.person(id, me.scope()).orElseThrow(() -> ApiException.notFound("人员"));
        audit.record("READ_PERSON", "PERSON", person.idNumber(), person.householdRegion(), "api");
        return person;
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('TOWNSHIP_CASEWORKER', 'TOWNSHIP_APPROVER', 'COUNTY_REVIEWER', 'ADMIN')")
    @Operation(summary = "导入户籍登记文件（全部正确才导入）/ import persons.csv or .xlsx, all or nothing")
    ImportReport importFile(@AuthenticationPrincipal DoudiUser me, @RequestPart("file") MultipartFile file)
            throws IOException {
        return importer.importStream(ImportPages.originalName(file), file.getInputStream(), me.getUsername(), me.scope());
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "导入批次及其错误 / an import batch and its errors")
    ImportBatchView batch(@AuthenticationPrincipal DoudiUser me, @PathVariable long id) {
        ImportBatches.Batch batch = batches.find(id, me.scope()).orElseThrow(() -> ApiException.notFound("导入批次"));
        return new ImportBatchView(batch, batches.problems(id, Integer.MAX_VALUE));
    }

    record ImportBatchView(ImportBatches.Batch batch, List<RowProblem> problems) {
    }
}
