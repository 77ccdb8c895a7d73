package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.en;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code /export pdf} says that the format is not supported and names those that are, instead of a period error. */
class ExportInAnUnsupportedFormatNamesTheFormatsTest {

    private final DialogDriver bot = new DialogDriver();

    @Test
    void export_pdf_names_xlsx_and_csv() {
        bot.command(DISPATCHER, "export", "pdf week");

        assertThat(bot.lastText()).isEqualTo(ru().get("error.export.format_unsupported", "pdf"))
                .contains("xlsx", "csv");
        assertThat(bot.replies()).noneMatch(reply -> reply.document().isPresent());
    }

    @Test
    void in_english_too_and_a_period_word_is_still_a_period() {
        bot.speaking(Locale.ENGLISH).command(DISPATCHER, "export", "pdf");
        assertThat(bot.lastText()).isEqualTo(en().get("error.export.format_unsupported", "pdf"));

        bot.command(DISPATCHER, "export", "week");
        assertThat(bot.replies()).anyMatch(reply -> reply.document().isPresent());
    }
}
