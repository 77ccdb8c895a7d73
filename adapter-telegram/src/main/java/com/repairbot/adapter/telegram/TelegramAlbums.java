package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.request.InputMediaPhoto;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.SendMediaGroup;
import com.pengrad.telegrambot.response.MessagesResponse;
import com.repairbot.adapter.telegram.TelegramRenderer.Piece;
import java.util.List;

/**
 * Sends an album of photos by their {@code file_id} ({@code sendMediaGroup}): the photos a client sent are passed on
 * as Telegram keeps them, never downloaded. The caption goes on the first photo.
 */
final class TelegramAlbums {

    private TelegramAlbums() {
    }

    /** @return the id of the first message of the album */
    static int send(TelegramApi api, long chat, Piece piece) {
        List<String> photos = piece.album();
        InputMediaPhoto[] media = new InputMediaPhoto[photos.size()];
        for (int i = 0; i < media.length; i++) {
            media[i] = new InputMediaPhoto(photos.get(i));
        }
        if (!piece.html().isEmpty()) {
            media[0].caption(piece.html()).parseMode(ParseMode.HTML);
        }
        MessagesResponse response = api.attempt(new SendMediaGroup(chat, media));
        Message[] sent = response.messages();
        return sent == null || sent.length == 0 || sent[0].messageId() == null ? 0 : sent[0].messageId();
    }
}
