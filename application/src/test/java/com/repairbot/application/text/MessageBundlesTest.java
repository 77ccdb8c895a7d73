package com.repairbot.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.domain.request.EditableField;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.Requirement;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.Transition;
import com.repairbot.application.conversation.Commands;
import com.repairbot.domain.request.TransitionTable;
import com.repairbot.domain.staff.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.text.MessageFormat;
import org.junit.jupiter.api.Test;

/**
 * The two bundles say the same things: the same keys, patterns that parse with the same placeholders,
 * and a text for every key and code the sources use.
 */
class MessageBundlesTest {

    private static final Path APPLICATION = Path.of("src/main/java/com/repairbot/application");
    private static final Path DOMAIN = Path.of("../core-domain/src/main/java/com/repairbot/domain");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z_]+(?:\\.[A-Za-z_]+)+)\"");
    private static final Pattern VALUE_CODE = Pattern.compile("new InvalidValueException\\(\"([a-z_.]+)\"");
    private static final Pattern LENGTH_CODE = Pattern.compile("cleanWithin\\(\"([a-z_]+)\"");

    private final Properties russian = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/com/repairbot/application/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void both_bundles_have_exactly_the_same_keys() {
        assertThat(keys(english)).isNotEmpty().containsExactlyElementsOf(keys(russian));
    }

    @Test
    void every_pattern_parses_and_uses_the_same_placeholders_in_both_languages() {
        for (String key : keys(russian)) {
            MessageFormat ru = new MessageFormat(russian.getProperty(key), Messages.RUSSIAN);
            MessageFormat en = new MessageFormat(english.getProperty(key), Locale.ENGLISH);
            assertThat(en.getFormatsByArgumentIndex()).as(key).hasSameSizeAs(ru.getFormatsByArgumentIndex());
        }
    }

    @Test
    void no_pattern_holds_an_apostrophe_that_message_format_would_swallow() {
        for (Properties bundle : List.of(russian, english)) {
            bundle.stringPropertyNames().forEach(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("'"));
        }
    }

    @Test
    void no_text_is_blank() {
        for (Properties bundle : List.of(russian, english)) {
            bundle.stringPropertyNames().forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void the_russian_texts_are_russian_and_the_english_ones_are_not() {
        assertThat(russian.getProperty("menu.title")).startsWith("Главное меню");
        assertThat(english.getProperty("menu.title")).startsWith("Main menu");
        long cyrillicInEnglish = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).codePoints()
                        .anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CYRILLIC))
                .count();
        assertThat(cyrillicInEnglish).isZero();
    }

    @Test
    void every_key_literal_in_the_dialogs_and_texts_has_a_text() {
        Set<String> codes = matches(VALUE_CODE, APPLICATION, DOMAIN);
        List<Path> sources = new ArrayList<>(javaFiles(APPLICATION.resolve("dialog")));
        sources.addAll(javaFiles(APPLICATION.resolve("text")));
        sources.add(APPLICATION.resolve("service/NotificationRelay.java"));
        sources.add(APPLICATION.resolve("service/CardButtons.java"));
        Set<String> used = new TreeSet<>();
        for (Path source : sources) {
            Matcher matcher = KEY_LITERAL.matcher(read(source));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        used.removeAll(codes);
        used.remove("com.repairbot.application.messages");
        used.remove("dd.MM.yyyy"); // a date pattern in Messages, not a key

        assertThat(used).as("keys found in the sources").hasSizeGreaterThan(100)
                .contains("create.equipment", "role.grant.user", "technicians.deactivate", "action.refresh");
        assertThat(used).allSatisfy(key -> assertThat(russian).as(key).containsKey(key));
    }

    @Test
    void every_value_code_thrown_in_the_domain_and_the_application_has_an_explanation() {
        Set<String> codes = matches(VALUE_CODE, APPLICATION, DOMAIN);
        codes.remove("move.details.");
        codes.removeIf(code -> code.startsWith("split.")); // configuration errors, stopped at start-up
        matches(LENGTH_CODE, APPLICATION, DOMAIN).forEach(field -> codes.add(field + ".length"));
        for (Requirement requirement : Requirement.values()) {
            codes.add("move.details." + requirement.name().toLowerCase(Locale.ROOT));
        }

        assertThat(codes).contains("phone.invalid", "description.length", "chat_id.invalid", "date.invalid",
                "move.details.completion", "parts_note.length");
        assertThat(codes).allSatisfy(code -> assertThat(russian).as(code).containsKey("error." + code));
    }

    @Test
    void every_status_role_appliance_field_action_and_notification_has_a_text() {
        List<String> keys = new ArrayList<>();
        Stream.of(Status.values()).forEach(s -> keys.add("status." + s.name()));
        Stream.of(Role.values()).forEach(r -> keys.add("role." + r.name()));
        EquipmentType.DEFAULTS.forEach(e -> keys.add("equipment." + e.code()));
        Stream.of(EditableField.values()).forEach(f -> keys.add("field." + f.code()));
        TransitionTable.standard().rows().stream().map(Transition::action).forEach(a -> keys.add("action." + a));
        Stream.of(NotificationKind.values()).forEach(k -> keys.add("notify." + k.name()));

        assertThat(keys).hasSize(7 + 3 + 10 + 11 + 16 + 14);
        assertThat(keys).allSatisfy(key -> assertThat(russian).as(key).containsKey(key));
    }

    @Test
    void every_move_asks_its_question_and_every_command_and_role_has_its_help() {
        List<String> keys = new ArrayList<>();
        TransitionTable table = TransitionTable.standard();
        for (String intent : table.intents()) {
            switch (table.requirement(intent).orElseThrow()) {
                case TECHNICIAN -> keys.add(intent + ".technician");
                case REASON -> keys.add(intent + ".reason");
                default -> { } // nothing to ask, or the questions of the plan and the figures
            }
        }
        Stream.of(Commands.values()).forEach(command -> keys.add(command.key()));
        Stream.of(Role.values()).forEach(role -> keys.add("help.role." + role.name()));

        assertThat(keys).contains("reassign.technician", "decline.reason", "command.help", "help.role.TECHNICIAN");
        assertThat(keys).allSatisfy(key -> {
            assertThat(russian).as(key).containsKey(key);
            assertThat(english).as(key).containsKey(key);
        });
    }

    private static Set<String> matches(Pattern pattern, Path... roots) {
        Set<String> found = new TreeSet<>();
        for (Path root : roots) {
            for (Path source : javaFiles(root)) {
                Matcher matcher = pattern.matcher(read(source));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }

    private static List<Path> javaFiles(Path root) {
        assertThat(root).as("run from the application module").isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
