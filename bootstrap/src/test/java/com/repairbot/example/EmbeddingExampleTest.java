package com.repairbot.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.assembly.Core;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example compiles, works, and is the code the README shows. */
class EmbeddingExampleTest {

    @Test
    void the_embedded_core_runs_a_dialog_for_another_channel() {
        Core core = EmbeddingExample.core();

        List<Outbound> replies = EmbeddingExample.onMessage(core, 2, "/new");

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.text()).startsWith("Новая заявка. Шаг 1 из 8");
            assertThat(reply.options()).isNotEmpty();
        });
    }

    @Test
    void the_readme_shows_exactly_this_example() throws IOException {
        String source = Files.readString(Path.of("src/test/java/com/repairbot/example/EmbeddingExample.java"));
        String example = source.substring(source.indexOf("// README:begin") + "// README:begin".length(),
                source.indexOf("// README:end")).strip();

        String readme = Files.readString(Path.of("../README.md"));

        assertThat(readme).contains(example);
    }
}
