package org.doudi.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal .xlsx package written by hand, for what Excel produces but the fastexcel writer cannot:
 * formulas with cached results, built-in date formats, quoted literals in formats, error cells.
 * Styles: 0 General, 1 built-in 14 (m/d/yyyy), 2 built-in 31 (zh-CN yyyy年m月d日),
 * 3 custom {@code yyyy"年"m"月"d"日"}, 4 text (@).
 */
final class HandMadeXlsx {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private HandMadeXlsx() {
    }

    /** A workbook whose first sheet has the given {@code <row>} elements. */
    static byte[] withRows(String rows) {
        Map<String, String> parts = new TreeMap<>();
        parts.put("[Content_Types].xml", contentTypes());
        parts.put("_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        parts.put("xl/styles.xml", styles());
        parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>");
        return zip(parts);
    }

    private static String contentTypes() {
        String sheetMl = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + sheetMl + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + sheetMl + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + sheetMl + "styles+xml\"/>"
                + "</Types>";
    }

    private static String styles() {
        return "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
                + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"31\" applyNumberFormat=\"1\"/><xf numFmtId=\"176\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"49\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + part.getValue())
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
