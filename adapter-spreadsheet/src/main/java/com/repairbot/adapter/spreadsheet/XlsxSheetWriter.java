package com.repairbot.adapter.spreadsheet;

import com.repairbot.application.port.out.SheetCell;
import com.repairbot.application.port.out.SheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet written with fastexcel. fastexcel keeps the rows of a sheet until they are flushed: flushing every
 * {@value #FLUSH_EVERY} rows bounds the rows in memory, and text goes in as inline strings, so that the workbook's
 * table of shared strings does not grow with the export either. The first row is the header, in bold.
 */
final class XlsxSheetWriter implements SheetWriter {

    static final int FLUSH_EVERY = 256;
    private static final String MONEY = "#,##0.00";
    private static final String DATE_TIME = "dd.mm.yyyy hh:mm";
    /** Excel's limit for a sheet name, and the characters it refuses in one. */
    private static final int MAX_SHEET_NAME = 31;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxSheetWriter(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "repair-bot", "1.0");
        this.sheet = workbook.newWorksheet(sheetName(sheetName));
    }

    static String sheetName(String wanted) {
        String clean = wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\']", " ").strip();
        if (clean.isEmpty()) {
            return "Sheet1";
        }
        return clean.length() > MAX_SHEET_NAME ? clean.substring(0, MAX_SHEET_NAME) : clean;
    }

    @Override
    public void row(List<SheetCell> cells) {
        for (int column = 0; column < cells.size(); column++) {
            write(column, cells.get(column));
            if (row == 0) {
                sheet.style(row, column).bold().set();
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void write(int column, SheetCell cell) {
        switch (cell) {
            case SheetCell.Empty empty -> {
                // nothing: an empty cell is no cell
            }
            case SheetCell.Text text -> sheet.inlineString(row, column, text.text());
            case SheetCell.Whole whole -> sheet.value(row, column, whole.value());
            case SheetCell.Amount amount -> {
                sheet.value(row, column, amount.amount().toRubles());
                sheet.style(row, column).format(MONEY).set();
            }
            case SheetCell.DateTime at -> {
                sheet.value(row, column, at.at());
                sheet.style(row, column).format(DATE_TIME).set();
            }
        }
    }

    @Override
    public void close() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
