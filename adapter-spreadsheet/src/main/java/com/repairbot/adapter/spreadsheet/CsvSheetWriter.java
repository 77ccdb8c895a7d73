package com.repairbot.adapter.spreadsheet;

import com.repairbot.application.port.out.SheetCell;
import com.repairbot.application.port.out.SheetWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV after RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break. UTF-8 with a byte order mark, which spreadsheet programs need to read Cyrillic. Amounts are rubles with a
 * dot and two decimals, date-times {@code 2026-03-10 09:00}. A text that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @} first) is prefixed with an apostrophe.
 */
final class CsvSheetWriter implements SheetWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final Writer out;

    CsvSheetWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        write("\uFEFF");
    }

    @Override
    public void row(List<SheetCell> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(cells.get(i)));
        }
        write(line.append("\r\n").toString());
    }

    static String field(SheetCell cell) {
        return switch (cell) {
            case SheetCell.Empty empty -> "";
            case SheetCell.Text text -> quoted(defused(text.text()));
            case SheetCell.Whole whole -> Long.toString(whole.value());
            case SheetCell.Amount amount -> amount.amount().toRubles().setScale(2).toPlainString();
            case SheetCell.DateTime at -> DATE_TIME.format(at.at());
        };
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush(); // the stream belongs to the caller
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
