package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandScope;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandScopeAllGroupChats;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandScopeAllPrivateChats;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandScopeDefault;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandsScopeChat;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.repairbot.application.conversation.Commands;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command lists Telegram shows in its menu, per scope and language, made from the application's catalogue
 * ({@link Commands}): its {@link Commands.Listing}s map to Telegram's scopes — anyone (the default scope), every
 * private chat, every group chat (technicians' work groups) and each admin's own chat. The lists only help people
 * find things: every command is checked on the server anyway.
 */
final class CommandMenu {

    /** The languages with their own lists: Russian is Telegram's default list (no language code). */
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH);

    private CommandMenu() {
    }

    /** @return the {@code setMyCommands} calls for every scope and language */
    static List<SetMyCommands> requests(List<Long> adminChats) {
        List<SetMyCommands> requests = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            requests.add(request(Commands.Listing.EVERYONE, new BotCommandScopeDefault(), language));
            requests.add(request(Commands.Listing.PRIVATE, new BotCommandScopeAllPrivateChats(), language));
            requests.add(request(Commands.Listing.GROUP, new BotCommandScopeAllGroupChats(), language));
            for (long admin : adminChats) {
                requests.add(request(Commands.Listing.ADMIN, new BotCommandsScopeChat(admin), language));
            }
        }
        return requests;
    }

    /** @return the names of the commands of one list */
    static List<String> names(Commands.Listing listing) {
        return Commands.listedIn(listing).stream().map(Commands::word).toList();
    }

    private static SetMyCommands request(Commands.Listing listing, BotCommandScope scope, Locale language) {
        BotCommand[] list = Commands.listedIn(listing).stream()
                .map(command -> new BotCommand(command.word(), command.description(language)))
                .toArray(BotCommand[]::new);
        SetMyCommands request = new SetMyCommands(list).scope(scope);
        // Russian is the list for everyone without a list of their own language
        return language.getLanguage().equals("ru") ? request : request.languageCode(language.getLanguage());
    }
}
