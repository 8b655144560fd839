package org.doudi.tabular;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 4180 records (quoted commas and line breaks) with the physical line each one starts on. Quoting is
 * strict: a quote that is never closed, or text right after a closing quote ({@code "北京"市}), fails the
 * file with the line where the record starts, rather than silently swallowing the rest of the file.
 */
final class CsvRowSource implements RowSource {

    private static final Pattern FASTCSV_LINE = Pattern.compile("started in line (\\d+)");

    private final String fileName;
    private final CsvReader<CsvRecord> csv;
    private final CloseableIterator<CsvRecord> records;
    private long lastLine;

    CsvRowSource(String fileName, InputStream content, TableEncoding encoding) {
        this.fileName = fileName;
        this.csv = CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                .skipEmptyLines(true)
                .detectBomHeader(false)
                .ofCsvRecord(new StrictDecodingReader(fileName, content, encoding));
        this.records = csv.iterator();
    }

    @Override
    public RawRow next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            lastLine = record.getStartingLineNumber();
            return new RawRow(lastLine, record.getFields(), null);
        } catch (CsvParseException e) {
            if (e.getCause() instanceof TableException encodingProblem) {
                throw encodingProblem;
            }
            throw TableException.ofLine(TableException.Code.CSV_MALFORMED, fileName, lineOf(e),
                    "CSV格式错误：引号使用不当（引号未闭合，或闭合引号后紧跟其他字符），从此行开始的记录无法读取");
        } catch (UncheckedIOException e) {
            throw new TableException(TableException.Code.FILE_UNREADABLE, fileName, 0,
                    "读取文件失败：" + e.getCause().getMessage(), e);
        }
    }

    private long lineOf(CsvParseException e) {
        Matcher matcher = FASTCSV_LINE.matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : lastLine + 1;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
