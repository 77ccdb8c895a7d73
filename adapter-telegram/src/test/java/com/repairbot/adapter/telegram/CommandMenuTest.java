package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.botcommandscope.BotCommandScope;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.Reporting;
import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.conversation.Commands;
import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.testing.LinesOfCells;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command lists Telegram shows, per scope and language. */
class CommandMenuTest {

    private static final long ADMIN_CHAT = 1000;
    private final List<SetMyCommands> requests = CommandMenu.requests(List.of(ADMIN_CHAT));

    @Test
    void every_scope_has_a_russian_list_and_an_english_one() {
        assertThat(requests).hasSize(8);
        assertThat(requests).filteredOn(r -> "en".equals(r.getParameters().get("language_code"))).hasSize(4);
        assertThat(requests).extracting(CommandMenuTest::scope).containsOnly("default", "all_private_chats",
                "all_group_chats", "chat");
    }

    @Test
    void private_chats_list_the_reports_the_exports_and_a_technicians_own_statistics() {
        assertThat(commands("all_private_chats", "ru")).contains("reports", "report", "export", "mystats")
                .containsSubsequence("menu", "new", "reports", "cancel", "help");
    }

    @Test
    void work_groups_list_a_technicians_own_statistics_but_no_office_reports_or_exports() {
        assertThat(commands("all_group_chats", "en")).contains("mystats", "my", "card")
                .doesNotContain("reports", "report", "export", "new");
    }

    @Test
    void an_admins_chat_lists_the_reports_and_exports_with_the_staff_commands() {
        assertThat(commands("chat", "ru")).contains("reports", "report", "export", "staff", "grant", "audit");
    }

    @Test
    void people_who_are_not_staff_see_no_reports() {
        assertThat(commands("default", "en")).containsExactly("start", "help");
    }

    @Test
    void descriptions_come_from_the_application_catalogue_in_each_language() {
        assertThat(list("all_private_chats", "ru")).contains(new BotCommand("reports", "Отчёты по заявкам"),
                new BotCommand("report", "Отчёт за период: /report неделя"),
                new BotCommand("mystats", "Моя статистика"),
                new BotCommand("export", "Выгрузка в Excel или CSV: /export csv месяц"));
        assertThat(list("all_private_chats", "en")).contains(new BotCommand("reports", "Request reports"),
                new BotCommand("report", "Report for a period: /report week"),
                new BotCommand("mystats", "My statistics"),
                new BotCommand("export", "Export to Excel or CSV: /export csv month"));
        assertThat(requests).allSatisfy(request -> assertThat(commandsOf(request)).allSatisfy(command -> {
            assertThat(command.command()).matches("[a-z0-9_]{1,32}");
            assertThat(command.description()).isNotBlank().hasSizeLessThanOrEqualTo(256).doesNotContain("!");
        }));
    }

    @Test
    void every_command_listed_is_one_the_application_answers() throws Exception {
        ApplicationSettings settings = ApplicationSettings.defaults(Set.of(new UserId(ADMIN_CHAT)), Set.of());
        Core core = Core.builder(settings, Stores.inMemory(Clock.systemUTC(), Duration.ofHours(48)))
                .reporting(new Reporting(ScheduleSettings.defaults(), new LinesOfCells(),
                        Files.createTempDirectory("repair-bot-menu-")))
                .messenger((chat, message) -> { }).clock(Clock.systemUTC())
                .ids(() -> UUID.randomUUID().toString()).assemble();
        String unknown = Messages.forLanguage(Messages.RUSSIAN).get("input.unknown_command");
        Set<String> listed = new LinkedHashSet<>();
        Stream.of(Commands.Listing.values()).map(CommandMenu::names).forEach(listed::addAll);

        for (String name : listed) {
            Inbound inbound = new Inbound(new ChatId(ADMIN_CHAT), new UserId(ADMIN_CHAT), Messages.RUSSIAN,
                    new Input.Command(name, ""));
            List<Outbound> replies = core.engine().handle(inbound);
            assertThat(replies).as("/" + name).isNotEmpty().extracting(Outbound::text).doesNotContain(unknown);
            core.engine().handle(new Inbound(inbound.chat(), inbound.user(), Messages.RUSSIAN,
                    new Input.Command("cancel", ""))); // a command that starts a dialog leaves it
        }
    }

    private List<String> commands(String scope, String language) {
        return list(scope, language).stream().map(BotCommand::command).toList();
    }

    private List<BotCommand> list(String scope, String language) {
        return requests.stream().filter(r -> scope(r).equals(scope))
                .filter(r -> language.equals(r.getParameters().getOrDefault("language_code", "ru")))
                .findFirst().map(CommandMenuTest::commandsOf).orElseThrow();
    }

    private static List<BotCommand> commandsOf(SetMyCommands request) {
        return Arrays.asList((BotCommand[]) request.getParameters().get("commands"));
    }

    private static String scope(SetMyCommands request) {
        return ((BotCommandScope) request.getParameters().get("scope")).getType();
    }
}
