package com.repairbot.domain.request;

import com.repairbot.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A photo of the defect, kept by the channel's own reference (Telegram's {@code file_id}): the bot never downloads
 * it, it only sends the same reference on with the card.
 *
 * @param fileId the channel's reference, 1–200 characters of {@code A-Z a-z 0-9 _ -}
 */
public record Photo(String fileId) {

    /** The most photos one request keeps. */
    public static final int MAX_PER_REQUEST = 5;

    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    public Photo {
        Objects.requireNonNull(fileId, "fileId");
        if (!FILE_ID.matcher(fileId).matches()) {
            throw new InvalidValueException("photo.reference");
        }
    }
}
