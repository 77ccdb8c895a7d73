/**
 * Export files: {@code .xlsx} written by dhatim fastexcel, streamed (rows flushed to the file in batches, text as
 * inline strings so no table of strings grows), and CSV (RFC 4180, UTF-8). The library is this package's private
 * detail (ADR 0014).
 */
package com.repairbot.adapter.spreadsheet;
