package com.repairbot.application.port.out;

import java.io.OutputStream;
import java.util.Set;

/** Writes exports as files of a {@link SpreadsheetFormat}; the library that does it stays in its adapter. */
public interface Spreadsheets {

    /** Writes no format at all: for cores assembled without an export adapter. */
    Spreadsheets NONE = new Spreadsheets() {
        @Override
        public Set<SpreadsheetFormat> formats() {
            return Set.of();
        }

        @Override
        public SheetWriter open(SpreadsheetFormat format, String sheetName, OutputStream out) {
            throw new UnsupportedOperationException("no spreadsheet writer is configured");
        }
    };

    /** @return the formats this can write */
    Set<SpreadsheetFormat> formats();

    /**
     * @param format    the file format; one of {@link #formats()}
     * @param sheetName the sheet's title (ignored by formats without sheets)
     * @param out       where the file goes
     * @return a writer of the sheet's rows
     * @throws UnsupportedOperationException when the format is not one of {@link #formats()}
     */
    SheetWriter open(SpreadsheetFormat format, String sheetName, OutputStream out);
}
