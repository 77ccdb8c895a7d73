package com.repairbot.adapter.spreadsheet;

import com.repairbot.application.port.in.ExportResult;
import com.repairbot.application.port.out.SpreadsheetFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Run in a JVM of its own with a small fixed heap by {@link ExportHeapIT}: exports the generated requests in the
 * format asked and prints the file and the peak heap the JVM saw ({@code file=...} and {@code peak=...} lines).
 */
public final class ExportHeapChild {

    private ExportHeapChild() {
    }

    /** @param args folder, format (XLSX or CSV), number of requests */
    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        SpreadsheetFormat format = SpreadsheetFormat.valueOf(args[1]);
        int requests = Integer.parseInt(args[2]);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        ExportResult result = Exporter.export(new GeneratedRequests(requests), folder, format);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.println("file=" + result.document().file());
        System.out.println("rows=" + result.rows());
        System.out.println("peak=" + peak);
    }
}
