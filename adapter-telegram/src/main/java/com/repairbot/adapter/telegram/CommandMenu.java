package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandScope;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandScopeAllGroupChats;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandScopeAllPrivateChats;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandScopeDefault;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandsScopeChat;
import com.pengrad.telegrambot.request.SetMyCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command lists Telegram shows in its menu, per scope (what a role does where) and language: anyone
 * (clients see little), staff in a private chat, technicians in their work groups, and admins in their own
 * chats. The lists only help people find things: every command is checked on the server anyway.
 */
final class CommandMenu {

    /** The languages with their own lists: Russian is Telegram's default list (no language code). */
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH);

    private static final List<String> EVERYONE = List.of("start", "help");
    /**
     * Every private chat: Telegram cannot tell a dispatcher's from a technician's, so the list serves both
     * (reports and exports for the office, a technician's own statistics; a report or an export asked by a
     * technician is of their own requests, so nothing listed refuses them). The server checks every command.
     */
    static final List<String> STAFF = List.of("menu", "new", "list", "my", "card", "reports", "report", "mystats",
            "export", "cancel", "help");
    /** Work groups are a technician's: their requests and their own statistics (no exports into a group). */
    static final List<String> GROUP = List.of("my", "card", "mystats", "menu");
    static final List<String> ADMIN = List.of("menu", "new", "list", "my", "card", "reports", "report", "export",
            "staff", "addtech", "grant", "revoke", "audit", "cancel", "help");

    private CommandMenu() {
    }

    /** @return the {@code setMyCommands} calls for every scope and language */
    static List<SetMyCommands> requests(List<Long> adminChats) {
        List<SetMyCommands> requests = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            requests.add(request(EVERYONE, new BotCommandScopeDefault(), language));
            requests.add(request(STAFF, new BotCommandScopeAllPrivateChats(), language));
            requests.add(request(GROUP, new BotCommandScopeAllGroupChats(), language));
            for (long admin : adminChats) {
                requests.add(request(ADMIN, new BotCommandsScopeChat(admin), language));
            }
        }
        return requests;
    }

    private static SetMyCommands request(List<String> commands, BotCommandScope scope, Locale language) {
        BotCommand[] list = commands.stream()
                .map(name -> new BotCommand(name, ChannelTexts.get(language, "command." + name)))
                .toArray(BotCommand[]::new);
        SetMyCommands request = new SetMyCommands(list).scope(scope);
        // Russian is the list for everyone without a list of their own language
        return language.getLanguage().equals("ru") ? request : request.languageCode(language.getLanguage());
    }
}
