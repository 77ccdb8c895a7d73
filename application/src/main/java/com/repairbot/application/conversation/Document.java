package com.repairbot.application.conversation;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file sent to a person (an export): the channel sends it as a document (Telegram: {@code sendDocument}) or
 * writes it where the person can open it (the terminal). The file is written before the message is returned
 * and belongs to the channel from then on, which deletes or keeps it as its way of delivery needs.
 *
 * @param name      the file name the person sees, e.g. {@code report_01.03.2026-31.03.2026.xlsx}
 * @param mediaType its media type, e.g. {@code text/csv}
 * @param file      where its bytes are
 */
public record Document(String name, String mediaType, Path file) {

    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(file, "file");
        if (name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("a document's name is a plain file name");
        }
    }
}
