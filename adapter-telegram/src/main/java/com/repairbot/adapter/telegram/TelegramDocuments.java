package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.response.SendResponse;
import com.repairbot.adapter.telegram.TelegramRenderer.Piece;
import com.repairbot.application.conversation.Document;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a document ({@code sendDocument}, multipart): pengrad streams the file from disk, so an export of any size
 * is never held in memory here. The file is the channel's once handed over: it is deleted when Telegram has it,
 * and kept for the next attempt while the send is retried.
 */
final class TelegramDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramDocuments.class);

    private TelegramDocuments() {
    }

    /** @return the id of the message that shows the document */
    static int send(TelegramApi api, long chat, Piece piece) {
        Document document = piece.document().orElseThrow();
        SendDocument request = new SendDocument(chat, document.file().toFile()).fileName(document.name())
                .contentType(document.mediaType());
        if (!piece.html().isEmpty()) {
            request.caption(piece.html()).parseMode(ParseMode.HTML);
        }
        if (piece.keyboard() != null) {
            request.replyMarkup(piece.keyboard());
        }
        SendResponse response = api.attempt(request);
        try {
            Files.deleteIfExists(document.file());
        } catch (IOException e) {
            LOG.warn("a sent export could not be deleted: {}", e.getClass().getSimpleName());
        }
        Message message = response.message();
        return message == null || message.messageId() == null ? 0 : message.messageId();
    }
}
