package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.en;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Commands;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.domain.staff.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /help}: what this person can do, in a few lines, with the commands their roles allow (the catalogue's). */
class HelpSaysWhatEachRoleCanDoTest {

    private final DialogDriver bot = new DialogDriver();

    private String help(long user) {
        List<Outbound> replies = bot.command(user, "help");
        assertThat(replies).hasSize(2); // the help, then the menu
        return replies.getFirst().text();
    }

    @Test
    void a_technician_sees_their_role_and_commands_but_not_the_offices() {
        bot.technician(TECHNICIAN, DialogDriver.TECHNICIAN_GROUP);

        String help = help(TECHNICIAN);

        assertThat(help).contains(ru().get("help.role.TECHNICIAN"), "/my — " + ru().get("command.my"),
                "/mystats — ", "/card — ", "/help — ").doesNotContain(ru().get("help.role.DISPATCHER"))
                .doesNotContain("/new ", "/addtech", "/grant", "/audit", "/list ");
    }

    @Test
    void a_dispatcher_sees_the_office_commands_but_not_the_admins() {
        String help = help(DISPATCHER);

        assertThat(help).contains(ru().get("help.role.DISPATCHER"), "/new — " + ru().get("command.new"),
                "/list — ", "/staff — ", "/export — ").doesNotContain("/addtech", "/grant", "/audit", "/mystats");
    }

    @Test
    void an_admin_sees_every_command_for_the_admin_role() {
        String help = help(ADMIN);

        Commands.forRoles(Set.of(Role.ADMIN)).stream().filter(command -> command != Commands.START)
                .forEach(command -> assertThat(help).contains("/" + command.word() + " — "));
        assertThat(help).contains(ru().get("help.role.ADMIN"));
    }

    @Test
    void help_speaks_the_persons_language() {
        bot.speaking(java.util.Locale.ENGLISH);

        assertThat(help(DISPATCHER)).contains(en().get("help.role.DISPATCHER"), "/new — New request");
    }
}
