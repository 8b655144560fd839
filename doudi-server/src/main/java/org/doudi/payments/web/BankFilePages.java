package org.doudi.payments.web;

import static org.doudi.payments.web.Refusals.visible;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.doudi.access.DoudiUser;
import org.doudi.payments.BankTransfers;
import org.doudi.payments.PaymentException;
import org.doudi.payments.PaymentQueries;
import org.doudi.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The bank side of a released run on its page: the bank file (CSV or Excel, the same file at every download) and
 * the upload of the bank's return file, whose outcome (paid, failed, pending, or the problems with line and column,
 * nothing applied) is shown on the run page.
 */
@Controller
@PreAuthorize("hasAnyRole('COUNTY_REVIEWER', 'ADMIN')")
class BankFilePages {

    private final BankTransfers transfers;
    private final PaymentQueries queries;
    private final RunPage runPage;
    private final MessageSource messages;

    BankFilePages(BankTransfers transfers, PaymentQueries queries, RunPage runPage, MessageSource messages) {
        this.transfers = transfers;
        this.queries = queries;
        this.runPage = runPage;
        this.messages = messages;
    }

    /** The file for the bank; a refusal (nothing to pay, not released) goes back to the run page with its reason. */
    @GetMapping("/payroll/{id}/bank-file.{format}")
    void bankFile(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, @PathVariable String format,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        boolean xlsx = format.equals("xlsx");
        download(me, id, "payroll.bankFile.fileName", format, request, response, out -> transfers.write(me, id, xlsx, out));
    }

    /** The return file for the bank to fill in: every payment, the result left empty. */
    @GetMapping("/payroll/{id}/bank-return-template.csv")
    void returnTemplate(@AuthenticationPrincipal DoudiUser me, @PathVariable long id, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        download(me, id, "payroll.bankFile.templateName", "csv", request, response,
                out -> transfers.writeReturnTemplate(me, id, out));
    }

    private void download(DoudiUser me, long id, String nameKey, String format, HttpServletRequest request,
                          HttpServletResponse response, java.util.function.Consumer<ByteArrayOutputStream> writer)
            throws IOException {
        PaymentQueries.Run run = visible(() -> queries.run(me, id));
        // written to memory first, so that a refusal is still a page and not half a file
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            visible(() -> {
                writer.accept(file);
                return null;
            });
        } catch (PaymentException e) {
            String page = request.getContextPath() + "/payroll/" + id;
            RequestContextUtils.getOutputFlashMap(request).put("error", e.getMessage());
            RequestContextUtils.saveOutputFlashMap(page, request, response);
            response.sendRedirect(page);
            return;
        }
        Downloads.attachment(response, messages.getMessage(nameKey, new Object[] {run.regionName(),
                run.month().toString()}, LocaleContextHolder.getLocale()) + "." + format, format.equals("xlsx"));
        file.writeTo(response.getOutputStream());
    }

    @PostMapping("/payroll/{id}/bank-return")
    String bankReturn(@AuthenticationPrincipal DoudiUser me, @PathVariable long id,
                      @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new PaymentException("FILE_MISSING", "file", messages.getMessage("payroll.return.noFile", null,
                        LocaleContextHolder.getLocale()));
            }
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "return.csv"
                    : file.getOriginalFilename();
            byte[] content = file.getBytes();
            model.addAttribute("returnReport", visible(() -> transfers.importReturn(me, id, name, content)));
            model.addAttribute("returnFileName", name);
        } catch (PaymentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return runPage.show(me, id, null, model);
    }
}
