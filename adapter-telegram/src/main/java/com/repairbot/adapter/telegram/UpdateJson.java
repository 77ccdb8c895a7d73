package com.repairbot.adapter.telegram;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.message.InaccessibleMessage;
import com.pengrad.telegrambot.model.message.MaybeInaccessibleMessage;
import com.pengrad.telegrambot.utility.BotUtils;
import java.io.IOException;

/**
 * How the channel reads updates: pengrad's own Gson ({@link BotUtils#GSON}, pengrad's model) with one change, the
 * message a button press came from. pengrad reads it into a tree of {@code JsonElement}s first, to look at its
 * date, then reads the tree into a {@link Message} (a third of the polling thread's samples under the load rig,
 * ADR 0037); here it is read as it streams, straight into a {@link Message}, and turned into pengrad's
 * {@link InaccessibleMessage} when it says so (no date, or date 0: too old for the bot to see), as pengrad does.
 */
final class UpdateJson {

    /** pengrad's Gson, with the button press's message read as it streams. */
    static final Gson GSON = BotUtils.GSON.newBuilder().registerTypeAdapterFactory(new TypeAdapterFactory() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != MaybeInaccessibleMessage.class) {
                return null;
            }
            TypeAdapter<MaybeInaccessibleMessage> writer = gson.getDelegateAdapter(this,
                    TypeToken.get(MaybeInaccessibleMessage.class));
            return (TypeAdapter<T>) new MaybeInaccessible(gson.getAdapter(Message.class),
                    gson.getAdapter(InaccessibleMessage.class), writer);
        }
    }).create();

    private UpdateJson() {
    }

    /** Reads a message the bot may no longer see, as pengrad's own adapter decides (by its date). */
    private static final class MaybeInaccessible extends TypeAdapter<MaybeInaccessibleMessage> {
        private final TypeAdapter<Message> message;
        private final TypeAdapter<InaccessibleMessage> inaccessible;
        private final TypeAdapter<MaybeInaccessibleMessage> writer;

        MaybeInaccessible(TypeAdapter<Message> message, TypeAdapter<InaccessibleMessage> inaccessible,
                          TypeAdapter<MaybeInaccessibleMessage> writer) {
            this.message = message;
            this.inaccessible = inaccessible;
            this.writer = writer;
        }

        @Override
        public MaybeInaccessibleMessage read(JsonReader in) throws IOException {
            Message read = message.read(in);
            if (read == null) {
                return null;
            }
            Integer date = read.date();
            if (date != null && date.intValue() != InaccessibleMessage.INACCESSIBLE_MESSAGE_DATE.intValue()) {
                return read;
            }
            // rare: a press on a message older than 48 h; built from the fields such a message has
            JsonObject fields = new JsonObject();
            if (read.chat() != null) {
                fields.add("chat", GSON.toJsonTree(read.chat()));
            }
            if (read.messageId() != null) {
                fields.addProperty("message_id", read.messageId());
            }
            if (date != null) {
                fields.addProperty("date", date);
            }
            return inaccessible.fromJsonTree(fields);
        }

        @Override
        public void write(JsonWriter out, MaybeInaccessibleMessage value) throws IOException {
            writer.write(out, value);
        }
    }
}
