package org.doudi.casework.web;

import java.nio.charset.StandardCharsets;
import org.doudi.access.AuditLog;
import org.doudi.access.DoudiUser;
import org.doudi.casework.CaseDocumentData;
import org.doudi.casework.CaseFile;
import org.doudi.casework.CaseQueries;
import org.doudi.casework.documents.CaseDocuments;
import org.doudi.web.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The printable documents of casework, as HTML for the browser's print and as PDF; every print is logged. */
@Controller
class CaseDocumentPages {

    private final CaseQueries queries;
    private final CaseDocumentData data;
    private final CaseDocuments documents;
    private final AuditLog audit;

    CaseDocumentPages(CaseQueries queries, CaseDocumentData data, CaseDocuments documents, AuditLog audit) {
        this.queries = queries;
        this.data = data;
        this.documents = documents;
        this.audit = audit;
    }

    @GetMapping({"/cases/{id}/documents/notice", "/cases/{id}/documents/notice.pdf"})
    ResponseEntity<byte[]> notice(@PathVariable long id, @AuthenticationPrincipal DoudiUser user,
                                  jakarta.servlet.http.HttpServletRequest request) {
        CaseFile file = file(id, user);
        var notice = data.notice(file);
        audit.record("CASE_DOCUMENT_PRINTED", "case", file.caseNo(), file.regionCode(), "告知书");
        return answer(request, "告知书-" + file.caseNo(), () -> documents.html(notice), () -> documents.pdf(notice));
    }

    @GetMapping({"/cases/{id}/documents/approval-form", "/cases/{id}/documents/approval-form.pdf"})
    ResponseEntity<byte[]> approvalForm(@PathVariable long id, @AuthenticationPrincipal DoudiUser user,
                                        jakarta.servlet.http.HttpServletRequest request) {
        CaseFile file = file(id, user);
        var form = data.approvalForm(file);
        audit.record("CASE_DOCUMENT_PRINTED", "case", file.caseNo(), file.regionCode(), "审批表");
        return answer(request, "审批表-" + file.caseNo(), () -> documents.html(form), () -> documents.pdf(form));
    }

    @GetMapping({"/cases/public-notice", "/cases/public-notice.pdf"})
    ResponseEntity<byte[]> publicNotice(@RequestParam String village, @AuthenticationPrincipal DoudiUser user,
                                        jakarta.servlet.http.HttpServletRequest request) {
        var list = data.publicNotice(village, user.scope());
        audit.record("CASE_DOCUMENT_PRINTED", "village", village, village, "公示名单");
        return answer(request, "公示名单-" + village, () -> documents.html(list), () -> documents.pdf(list));
    }

    private CaseFile file(long id, DoudiUser user) {
        return queries.find(id, user.scope()).orElseThrow(() -> ApiException.notFound("案件"));
    }

    private static ResponseEntity<byte[]> answer(jakarta.servlet.http.HttpServletRequest request, String name,
                                                 java.util.function.Supplier<String> html,
                                                 java.util.function.Supplier<byte[]> pdf) {
        if (request.getRequestURI().endsWith(".pdf")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename(name + ".pdf", StandardCharsets.UTF_8).build().toString())
                    .body(pdf.get());
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html.get().getBytes(StandardCharsets.UTF_8));
    }
}
