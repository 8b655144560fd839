package org.doudi.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file handed to the browser: its type and a Chinese file name that survives every browser. */
public final class Downloads {

    private Downloads() {
    }

    public static void attachment(HttpServletResponse response, String fileName, boolean xlsx) {
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
