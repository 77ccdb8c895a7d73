package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.ChatMember;
import com.pengrad.telegrambot.model.ChatMemberUpdated;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.model.message.MaybeInaccessibleMessage;
import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Profile;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Telegram update into the application's neutral {@link Inbound}, plus what is needed to answer
 * it. Only messages and button presses from people are read; edits, channel posts, service messages
 * ("X joined the group") and updates from bots are left alone.
 */
final class UpdateMapper {

    private static final Pattern COMMAND =
            Pattern.compile("/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?", Pattern.DOTALL);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** Language codes as Telegram sends them, read: more than Telegram's languages is someone making codes up. */
    private static final Map<String, Locale> LANGUAGES = new ConcurrentHashMap<>();
    private static final int MOST_LANGUAGES = 500;

    private final ReplyKeyboards keyboards;
    private final Supplier<Optional<String>> botUsername;

    /**
     * @param keyboards   the reply keyboards shown, to read a pressed label back as a choice
     * @param botUsername the bot's username once known, to skip commands meant for another bot in a group
     */
    UpdateMapper(ReplyKeyboards keyboards, Supplier<Optional<String>> botUsername) {
        this.keyboards = keyboards;
        this.botUsername = botUsername;
    }

    /**
     * An update to handle.
     *
     * @param updateId   Telegram's update id
     * @param chat       the chat to answer in
     * @param inbound    what was sent, by whom
     * @param callbackId the button press to answer, if it is one
     * @param messageId  the message whose button was pressed (it may be replaced), if known
     */
    record Incoming(long updateId, long chat, Inbound inbound, Optional<String> callbackId, OptionalInt messageId) {

        long user() {
            return inbound.user().value();
        }
    }

    /**
     * The bot's own membership of a chat changed ({@code my_chat_member}): a person blocked or unblocked it in
     * their private chat, a group removed it or added it back. Reported to the application, never answered.
     *
     * @param chat    the chat
     * @param present whether the bot is in it now (member, administrator, creator, restricted)
     */
    record Membership(long chat, boolean present) {
    }

    /** @return the change of the bot's membership an update tells; empty for any other update */
    static Optional<Membership> membership(Update update) {
        ChatMemberUpdated changed = update == null ? null : update.myChatMember();
        if (changed == null || changed.chat() == null || changed.chat().id() == null || changed.chat().id() == 0
                || changed.newChatMember() == null || changed.newChatMember().status() == null) {
            return Optional.empty();
        }
        ChatMember.Status status = changed.newChatMember().status();
        return Optional.of(new Membership(changed.chat().id(),
                status != ChatMember.Status.left && status != ChatMember.Status.kicked));
    }

    /** @return the update to handle; empty for one that is not read */
    Optional<Incoming> map(Update update) {
        if (update == null || update.updateId() == null) {
            return Optional.empty();
        }
        long id = update.updateId();
        if (update.callbackQuery() != null) {
            return callback(id, update.callbackQuery());
        }
        if (update.message() != null) {
            return message(id, update.message());
        }
        return Optional.empty();
    }

    private Optional<Incoming> callback(long id, CallbackQuery query) {
        User from = query.from();
        if (from == null || from.id() == null || from.id() <= 0 || query.id() == null) {
            return Optional.empty();
        }
        MaybeInaccessibleMessage message = query.maybeInaccessibleMessage();
        boolean known = message != null && message.chat() != null && message.chat().id() != null
                && message.chat().id() != 0;
        long chat = known ? message.chat().id() : from.id();
        // an inaccessible message (too old) comes with date 0: it cannot be edited any more
        boolean editable = known && message.messageId() != null && message.date() != null && message.date() != 0;
        Input input = query.data() == null ? new Input.Unsupported() : new Input.Choice(query.data());
        return Optional.of(new Incoming(id, chat, inbound(id, chat, from, input), Optional.of(query.id()),
                editable ? OptionalInt.of(message.messageId()) : OptionalInt.empty()));
    }

    private Optional<Incoming> message(long id, Message message) {
        User from = message.from();
        if (from == null || from.id() == null || from.id() <= 0 || Boolean.TRUE.equals(from.isBot())
                || message.chat() == null || message.chat().id() == null || message.chat().id() == 0) {
            return Optional.empty();
        }
        long chat = message.chat().id();
        return input(chat, message).map(input -> new Incoming(id, chat, inbound(id, chat, from, input),
                Optional.empty(), OptionalInt.empty()));
    }

    private Optional<Input> input(long chat, Message message) {
        if (message.text() != null) {
            return text(chat, message.text());
        }
        if (message.contact() != null && message.contact().phoneNumber() != null) {
            Long owner = message.contact().userId();
            String name = java.util.stream.Stream.of(message.contact().firstName(), message.contact().lastName())
                    .filter(java.util.Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                    .collect(java.util.stream.Collectors.joining(" "));
            return Optional.of(new Input.Contact(message.contact().phoneNumber(),
                    owner == null || owner <= 0 ? Optional.empty() : Optional.of(new UserId(owner)),
                    name.isEmpty() ? Optional.empty() : Optional.of(name)));
        }
        if (message.photo() != null && message.photo().length > 0) {
            // the largest size is the last; kept by its file_id, never downloaded
            String fileId = message.photo()[message.photo().length - 1].fileId();
            if (fileId != null && !fileId.isBlank()) {
                return Optional.of(new Input.Photo(fileId));
            }
        }
        if (message.chatShared() != null && message.chatShared().chatId() != null
                && message.chatShared().chatId() != 0) {
            return Optional.of(new Input.SharedChat(new ChatId(message.chatShared().chatId())));
        }
        if (isContent(message)) {
            return Optional.of(new Input.Unsupported());
        }
        return Optional.empty(); // a service message: nobody wrote anything
    }

    private Optional<Input> text(long chat, String text) {
        Matcher command = COMMAND.matcher(text.strip());
        if (text.startsWith("/") && command.matches()) {
            String addressee = command.group(2);
            Optional<String> us = botUsername.get();
            if (addressee != null && us.isPresent() && !addressee.equalsIgnoreCase(us.get())) {
                return Optional.empty(); // meant for another bot in the same group
            }
            return Optional.of(new Input.Command(command.group(1).toLowerCase(Locale.ROOT), command.group(3)));
        }
        Optional<String> pressed = keyboards.choiceFor(chat, text);
        return Optional.of(pressed.<Input>map(Input.Choice::new).orElseGet(() -> new Input.Text(text)));
    }

    private static boolean isContent(Message message) {
        return message.photo() != null || message.sticker() != null || message.voice() != null
                || message.video() != null || message.videoNote() != null || message.audio() != null
                || message.document() != null || message.animation() != null || message.location() != null
                || message.venue() != null || message.poll() != null || message.dice() != null
                || message.game() != null || message.story() != null || message.caption() != null
                || message.usersShared() != null;
    }

    /**
     * The update id goes along as the delivery number: a re-delivered update is then not read twice. The sender's
     * names go along too: the core keeps them to show staff by name.
     */
    private static Inbound inbound(long id, long chat, User from, Input input) {
        return new Inbound(new ChatId(chat), new UserId(from.id()), language(from.languageCode()), input)
                .delivered(id).from(new Profile(from.firstName(), from.lastName(), from.username()));
    }

    static Locale language(String code) {
        if (code == null || code.isBlank()) {
            return RUSSIAN;
        }
        // a few codes come in ("ru", "en", "uk"...): parsed once each rather than at every update (issue 19)
        Locale known = LANGUAGES.get(code);
        if (known != null) {
            return known;
        }
        Locale locale = Locale.forLanguageTag(code.strip());
        Locale read = locale.getLanguage().isEmpty() ? RUSSIAN : locale;
        if (LANGUAGES.size() < MOST_LANGUAGES) {
            LANGUAGES.put(code, read);
        }
        return read;
    }
}
