package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.LANGUAGES;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.OTHER_GROUP;
import static com.repairbot.application.dialog.DialogDriver.OTHER_TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Document;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 15: one request's card with its full history as a file, from the card's button, as the reader may see it. */
class RequestAsAFileTest {

    private final DialogDriver bot = new DialogDriver();

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_card_button_gives_the_card_and_every_history_line_in_a_file(Locale language) throws IOException {
        Messages m = Messages.forLanguage(language);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        long number = bot.createRequest(DISPATCHER);
        bot.assign(number, TECHNICIAN);
        bot.speaking(language).command(DISPATCHER, "card", Long.toString(number));
        String card = bot.lastText();

        bot.pressLabel(DISPATCHER, m.get("action.file"));

        Outbound reply = bot.replies().getLast();
        Document document = reply.document().orElseThrow();
        assertThat(document.name()).isEqualTo("request_" + number + ".xlsx");
        assertThat(reply.text()).isEqualTo(m.get("request_file.caption", number));
        List<String> rows = Files.readAllLines(document.file());
        // the test writer prints a row's cells joined by "|": here one cell a row, the card's lines in order
        assertThat(rows).containsExactlyElementsOf(card.lines().toList());
        assertThat(rows).contains(m.get("card.history")).anyMatch(row -> row.contains(NAME))
                .anyMatch(row -> row.contains(PHONE));
        Files.delete(document.file());
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_assigned_technicians_file_leaves_the_phone_out_until_on_site(Locale language) throws IOException {
        Messages m = Messages.forLanguage(language);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        long number = bot.createRequest(DISPATCHER);
        bot.assign(number, TECHNICIAN);

        bot.speaking(language).press(TECHNICIAN, "r:" + number + ":file");

        Document document = bot.replies().getLast().document().orElseThrow();
        assertThat(Files.readAllLines(document.file())).noneMatch(row -> row.contains(PHONE))
                .anyMatch(row -> row.contains(m.get("card.phone_hidden")));
        Files.delete(document.file());
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void another_technician_gets_no_file_of_a_request_not_theirs(Locale language) {
        Messages m = Messages.forLanguage(language);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.technician(OTHER_TECHNICIAN, OTHER_GROUP);
        long number = bot.createRequest(DISPATCHER);
        bot.assign(number, TECHNICIAN);

        bot.speaking(language).press(OTHER_TECHNICIAN, "r:" + number + ":file");

        // answered as for a request that does not exist: a press on another's request learns nothing of it
        assertThat(bot.lastText()).isEqualTo(m.get("error.request_not_found", number));
        assertThat(bot.replies()).allMatch(reply -> reply.document().isEmpty());
    }
}
