package com.repairbot.adapter.spreadsheet;

import com.repairbot.application.port.out.SheetWriter;
import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.application.port.out.Spreadsheets;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Writes exports as {@code .xlsx} (fastexcel) or CSV. */
public final class FileSpreadsheets implements Spreadsheets {

    @Override
    public Set<SpreadsheetFormat> formats() {
        return EnumSet.allOf(SpreadsheetFormat.class);
    }

    @Override
    public SheetWriter open(SpreadsheetFormat format, String sheetName, OutputStream out) {
        Objects.requireNonNull(out, "out");
        return switch (format) {
            case XLSX -> new XlsxSheetWriter(out, sheetName);
            case CSV -> new CsvSheetWriter(out);
        };
    }
}
