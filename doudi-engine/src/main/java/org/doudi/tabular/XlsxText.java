package org.doudi.tabular;

import java.util.ArrayList;
import java.util.List;

/**
 * Cell text as an .xlsx file can hold it. Characters that XML 1.0 cannot carry (control characters other
 * than tab and line breaks, unpaired surrogates) are dropped: they are invisible and would make the file
 * unreadable. Text longer than Excel's 32,767 characters per cell is refused rather than cut.
 */
final class XlsxText {

    static final int MAX_CELL_LENGTH = 32_767;

    private XlsxText() {
    }

    static List<String> cleanAll(List<String> cells) {
        List<String> cleaned = new ArrayList<>(cells.size());
        for (String cell : cells) {
            cleaned.add(clean(cell));
        }
        return cleaned;
    }

    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = hasIllegalCharacters(value) ? withoutIllegalCharacters(value) : value;
        if (text.length() > MAX_CELL_LENGTH) {
            throw new IllegalArgumentException("单元格内容有" + text.length() + "个字符，超过Excel每个单元格"
                    + MAX_CELL_LENGTH + "个字符的上限，请改为导出CSV：" + text.substring(0, 40) + "…");
        }
        return text;
    }

    private static boolean hasIllegalCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || Character.isSurrogate(c) || c >= 0xFFFE) {
                return true;
            }
        }
        return false;
    }

    private static String withoutIllegalCharacters(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(XlsxText::isXmlCharacter).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
