package com.repairbot.application.port.out;

/** The file formats an export can be written in. */
public enum SpreadsheetFormat {
    /** An Office Open XML workbook, opened by Excel, LibreOffice and Google Sheets. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Comma-separated values in UTF-8, for where a spreadsheet is not wanted. */
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    SpreadsheetFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** @return the file name extension, without the dot */
    public String extension() {
        return extension;
    }

    /** @return the media (MIME) type of such a file */
    public String mediaType() {
        return mediaType;
    }
}
