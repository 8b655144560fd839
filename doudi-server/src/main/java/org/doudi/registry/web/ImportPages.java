package org.doudi.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.doudi.access.DoudiUser;
import org.doudi.registry.imports.ImportBatches;
import org.doudi.registry.imports.ImportReport;
import org.doudi.registry.imports.ProblemReports;
import org.doudi.registry.imports.RegistryExport;
import org.doudi.registry.imports.RegistryImport;
import org.doudi.web.Downloads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of registry files with the error report, the history of imports, and export. */
@Controller
@PreAuthorize("hasAnyRole('TOWNSHIP_CASEWORKER', 'TOWNSHIP_APPROVER', 'COUNTY_REVIEWER', 'ADMIN')")
class ImportPages {

    static final int SHOWN_PROBLEMS = 200;

    private final RegistryImport importer;
    private final RegistryExport exporter;
    private final ImportBatches batches;
    private final Clock clock;

    ImportPages(RegistryImport importer, RegistryExport exporter, ImportBatches batches, Clock clock) {
        this.importer = importer;
        this.exporter = exporter;
        this.batches = batches;
        this.clock = clock;
    }

    @GetMapping("/imports")
    String page(@AuthenticationPrincipal DoudiUser me, Model model) {
        model.addAttribute("batches", batches.recent(me.scope(), 30));
        return "registry/imports";
    }

    @PostMapping("/imports")
    String upload(@AuthenticationPrincipal DoudiUser me, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        ImportReport report = importer.importStream(originalName(file), file.getInputStream(), me.getUsername(), me.scope());
        return "redirect:/imports/" + report.batchId();
    }

    @GetMapping("/imports/{id}")
    String batch(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, Model model) {
        ImportBatches.Batch batch = batches.find(id, me.scope()).orElseThrow(HouseholdPages::notFound);
        model.addAttribute("batch", batch);
        model.addAttribute("problems", batches.problems(id, SHOWN_PROBLEMS));
        model.addAttribute("shown", SHOWN_PROBLEMS);
        model.addAttribute("batches", batches.recent(me.scope(), 30));
        return "registry/imports";
    }

    @GetMapping({"/imports/{id}/errors.csv", "/imports/{id}/errors.xlsx"})
    void errors(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
                jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImportBatches.Batch batch = batches.find(id, me.scope()).orElseThrow(HouseholdPages::notFound);
        boolean xlsx = request.getRequestURI().endsWith(".xlsx");
        Downloads.attachment(response, "导入错误清单-批次" + batch.id() + (xlsx ? ".xlsx" : ".csv"), xlsx);
        ProblemReports.write(batches.problems(id, Integer.MAX_VALUE), response.getOutputStream(), xlsx);
    }

    @GetMapping("/exports/persons")
    void export(@AuthenticationPrincipal DoudiUser me, @RequestParam(required = false) String region,
                @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        var scope = me.scope().narrowedTo(region);
        Downloads.attachment(response, "persons-" + scope + "-" + LocalDate.now(clock) + (xlsx ? ".xlsx" : ".csv"), xlsx);
        exporter.export(response.getOutputStream(), xlsx, scope, me.getUsername());
    }

    static String originalName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload.csv";
        }
        return name.replaceAll(".*[/\\\\]", "");
    }
}
