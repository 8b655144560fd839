package org.doudi.casework.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The three printable documents of a case, as an HTML page (for the browser and its print dialog) and as a PDF
 * with the Chinese font embedded. All text comes from the {@code doc.*} messages; the templates are XHTML
 * ({@code templates/casework/documents/}) because the PDF renderer reads them as XML.
 */
@Component
public class CaseDocuments {

    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final SpringTemplateEngine templates;
    private final OpinionBoxes opinionBoxes;
    private final DocumentFont font = new DocumentFont();

    static {
        // the renderer reports each font load and layout pass at INFO; keep its warnings and errors only
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    public CaseDocuments(MessageSource messages) {
        this.templates = templateEngine(messages);
        this.opinionBoxes = new OpinionBoxes(messages, LOCALE);
    }

    public String html(DecisionNotice n) {
        return render("decision-notice", Map.of("notice", n));
    }

    public byte[] pdf(DecisionNotice n) {
        return pdf(html(n));
    }

    public String html(ApprovalForm f) {
        return render("approval-form", Map.of("form", f, "opinionBoxes", opinionBoxes.of(f.opinions())));
    }

    public byte[] pdf(ApprovalForm f) {
        return pdf(html(f));
    }

    public String html(PublicNoticeList l) {
        return render("public-notice-list", Map.of("list", l));
    }

    public byte[] pdf(PublicNoticeList l) {
        return pdf(html(l));
    }

    private String render(String template, Map<String, Object> variables) {
        return templates.process(template, new Context(LOCALE, variables));
    }

    private byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(font.trueType()), DocumentFont.FAMILY, 400, FontStyle.NORMAL,
                true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    /** A Thymeleaf engine of its own over the document templates, with Spring's messages; tests build it the same way. */
    static SpringTemplateEngine templateEngine(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(CaseDocuments.class.getClassLoader());
        resolver.setPrefix("templates/casework/documents/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
