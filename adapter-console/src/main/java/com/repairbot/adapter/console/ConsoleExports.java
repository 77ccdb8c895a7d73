package com.repairbot.adapter.console;

import com.repairbot.application.conversation.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the terminal leaves an export: in its folder, under the name the person is meant to see
 * ({@code report_01.03.2026-31.03.2026.xlsx}), numbered ({@code _2}, {@code _3}) when that name is taken already.
 */
final class ConsoleExports {

    private ConsoleExports() {
    }

    /** @return the file's path after it got its name */
    static Path keep(Document document) {
        Path source = document.file();
        String name = document.name();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot);
        Path target = source.resolveSibling(name);
        for (int n = 2; Files.exists(target); n++) {
            target = source.resolveSibling(stem + "_" + n + extension);
        }
        try {
            return Files.move(source, target).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
