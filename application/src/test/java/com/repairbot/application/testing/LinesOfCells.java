package com.repairbot.application.testing;

import com.repairbot.application.port.out.SheetCell;
import com.repairbot.application.port.out.SheetWriter;
import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.application.port.out.Spreadsheets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stand-in for the spreadsheet adapter in the application's tests: every format is written as one line per
 * row, cells separated by {@code |}, money in kopecks, so that a test reads back exactly what the core wrote.
 */
public final class LinesOfCells implements Spreadsheets {

    @Override
    public Set<SpreadsheetFormat> formats() {
        return Set.of(SpreadsheetFormat.values());
    }

    @Override
    public SheetWriter open(SpreadsheetFormat format, String sheetName, OutputStream out) {
        return new SheetWriter() {
            @Override
            public void row(List<SheetCell> cells) {
                String line = cells.stream().map(LinesOfCells::cell).collect(Collectors.joining("|")) + "\n";
                try {
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static String cell(SheetCell cell) {
        return switch (cell) {
            case SheetCell.Empty empty -> "";
            case SheetCell.Text text -> text.text();
            case SheetCell.Whole whole -> Long.toString(whole.value());
            case SheetCell.Amount amount -> amount.amount().kopecks() + "k";
            case SheetCell.DateTime at -> at.at().toString();
        };
    }
}
