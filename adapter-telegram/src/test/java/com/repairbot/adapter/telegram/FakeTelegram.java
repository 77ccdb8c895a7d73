package com.repairbot.adapter.telegram;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The fake Bot API ({@link FakeBotApi}) for tests outside this package, e.g. bootstrap's end-to-end tests that
 * run the whole bot, possibly in another process: people say things and press buttons, and each call returns
 * once the bot has confirmed the update (the polling offset moved past it) and shown something new in the
 * chat.
 */
public final class FakeTelegram implements AutoCloseable {

    /** The token the fake accepts (shaped like a real one, so log checks can look for it). */
    public static final String TOKEN = FakeBotApi.TOKEN;

    private final FakeBotApi api;
    private final Duration wait;

    /** @param wait how long one step may take before the test fails */
    public FakeTelegram(Duration wait) throws IOException {
        this.api = new FakeBotApi();
        this.wait = wait;
    }

    /** @return the base URL to give the bot as {@code TELEGRAM_API_URL} */
    public URI url() {
        return api.url();
    }

    /** From now on only this token is accepted (401 for every other). */
    public void acceptOnly(String token) {
        api.acceptOnly(token);
    }

    /** A person types a text; returns once the bot answered it. @return the update's id */
    public long say(long chat, long user, String text) {
        return settle(chat, () -> api.enqueue(FakeBotApi.text(chat, user, text)));
    }

    /** A person shares a contact (a forwarded phone number); returns once the bot answered it. */
    public void shareContact(long chat, long user, String phone) {
        settle(chat, () -> api.enqueue(FakeBotApi.contact(chat, user, phone, null)));
    }

    /** A person presses the button whose label contains {@code label} on the last message with buttons. */
    public void press(long chat, long user, String label) {
        List<Call> shown = api.shown(chat);
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (!shown.get(i).inlineButtons().isEmpty()) {
                Call message = shown.get(i);
                settle(chat, () -> api.enqueue(api.callback(chat, user, api.messageIdOf(message),
                        message.button(label))));
                return;
            }
        }
        throw new AssertionError("no message with buttons in chat " + chat);
    }

    /** Serves an update again, as Telegram does after a crash before its offset was confirmed. */
    public void redeliver(long updateId) {
        api.redeliver(updateId);
        FakeBotApi.await(wait, () -> !api.hasUnconfirmedBeyond(updateId), "update " + updateId + " again");
    }

    /** The next call of the method fails with this Bot API error. */
    public void failNext(String method, int errorCode, String description) {
        api.fail(method, new FakeBotApi.Fault.Error(errorCode, errorCode, description));
    }

    /** The next call of the method is answered 429 with this {@code retry_after}. */
    public void tooManyRequestsNext(String method, int retryAfterSeconds) {
        api.fail(method, new FakeBotApi.Fault.TooManyRequests(retryAfterSeconds));
    }

    /** Sends a text without waiting for anything (e.g. to have the bot busy while it is stopped). */
    public long enqueueText(long chat, long user, String text) {
        return api.enqueue(FakeBotApi.text(chat, user, text));
    }

    /** @return the text of the last message shown (sent or edited) in the chat */
    public String lastText(long chat) {
        return api.lastShown(chat).param("text");
    }

    /** @return the texts shown in the chat, in order */
    public List<String> texts(long chat) {
        return api.shown(chat).stream().map(c -> c.param("text")).toList();
    }

    /** @return how many calls of the method came in */
    public int calls(String method) {
        return api.calls(method).size();
    }

    /** @return whether Telegram would deliver this update, or a later one, again (no offset confirmed them) */
    public boolean unconfirmedFrom(long updateId) {
        return api.hasUnconfirmedBeyond(updateId);
    }

    /** Waits until the condition holds. */
    public void await(BooleanSupplier condition, String what) {
        FakeBotApi.await(wait, condition, what);
    }

    /** Counts what the chat shows before the update goes in, or a quick answer could be missed. */
    private long settle(long chat, LongSupplier enqueue) {
        int before = api.shown(chat).size();
        long updateId = enqueue.getAsLong();
        FakeBotApi.await(wait, () -> !api.hasUnconfirmedBeyond(updateId) && api.shown(chat).size() > before,
                "update " + updateId + " to be answered in chat " + chat);
        return updateId;
    }

    @Override
    public void close() {
        api.close();
    }
}
