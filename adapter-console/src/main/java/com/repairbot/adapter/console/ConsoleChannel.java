package com.repairbot.adapter.console;

import com.repairbot.application.conversation.Commands;
import com.repairbot.application.conversation.Document;
import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.conversation.Profile;
import com.repairbot.application.port.in.HandleInboundUseCase;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The terminal channel. Reads lines, turns them into neutral inputs for the application and prints the
 * replies. {@code #N} chooses option N of the last reply; a plain number does too, except where the last reply asks
 * for a typed answer (an id, an amount, a phone): there a number is the answer. {@code /as <id> [name]} acts as
 * another user (named so, as Telegram names a person); {@code /contact <phone>} shares a contact; {@code /chat <id>}
 * shares a chat; {@code /lang en|ru} switches the terminal's words and the acting person's language;
 * {@code /quit}. Any other {@code /command} goes to the application.
 */
public final class ConsoleChannel {

    private final HandleInboundUseCase application;
    private final Runnable afterEachInput;
    private final BufferedReader in;
    private final PrintStream out;
    private final List<Option> lastOptions = new ArrayList<>();
    /** Whether the last reply asks for a typed answer: then a plain number is the answer, not an option. */
    private boolean expectsText;
    private UserId user;
    private Locale language = Locale.forLanguageTag("ru");
    /** The names given with {@code /as <id> <name>}: sent along as a channel sends a person's names. */
    private final Map<UserId, Profile> profiles = new HashMap<>();

    /**
     * @param application    the application's entry point
     * @param afterEachInput run after each input, e.g. to deliver notifications
     * @param in             where lines come from
     * @param out            where replies go
     * @param firstUser      who is acting at the start
     */
    public ConsoleChannel(HandleInboundUseCase application, Runnable afterEachInput, BufferedReader in,
                          PrintStream out, UserId firstUser) {
        this.application = application;
        this.afterEachInput = afterEachInput;
        this.in = in;
        this.out = out;
        this.user = firstUser;
    }

    /** Reads and handles lines until end of input or {@code /quit}. */
    public void run() throws IOException {
        out.println(ConsoleTexts.get(language, "console.welcome", user));
        prompt();
        String line;
        while ((line = in.readLine()) != null) {
            if (!handle(line.strip())) {
                return;
            }
            prompt();
        }
    }

    private void prompt() {
        out.print(user + "> ");
        out.flush();
    }

    /** @return false when the person asked to quit */
    boolean handle(String line) {
        if (line.isEmpty()) {
            return true;
        }
        if (line.equals("/quit") || line.equals("/exit")) {
            return false;
        }
        Optional<Input> input = local(line);
        if (input.isPresent()) {
            try {
                send(input.get());
                afterEachInput.run();
            } catch (RuntimeException bug) {
                // a defect must not end the session: say so and go on
                out.println(ConsoleTexts.get(language, "console.failure", bug.getClass().getSimpleName()));
            }
        }
        return true;
    }

    /** Reads a line into an input, or handles a console-only command and returns empty. */
    private Optional<Input> local(String line) {
        boolean marked = line.matches("#\\d{1,3}");
        if ((marked || line.matches("\\d{1,3}") && !expectsText) && !lastOptions.isEmpty()) {
            int index = Integer.parseInt(marked ? line.substring(1) : line) - 1;
            if (index >= 0 && index < lastOptions.size()) {
                Option option = lastOptions.get(index);
                if (option.kind() == Option.Kind.CHOICE) {
                    return Optional.of(new Input.Choice(option.data()));
                }
                out.println(ConsoleTexts.get(language, option.kind() == Option.Kind.REQUEST_CHAT
                        ? "console.use_chat" : "console.use_contact"));
                return Optional.empty();
            }
        }
        if (!line.startsWith("/")) {
            return Optional.of(new Input.Text(line));
        }
        String[] parts = line.substring(1).split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        String argument = parts.length > 1 ? parts[1].strip() : "";
        try {
            switch (name) {
                case "as" -> {
                    String[] idAndName = argument.split("\\s+", 2);
                    user = UserId.parse(idAndName[0]);
                    if (idAndName.length > 1) {
                        String[] names = idAndName[1].strip().split("\\s+", 2);
                        profiles.put(user, new Profile(names[0], names.length > 1 ? names[1] : "", ""));
                    }
                    lastOptions.clear();
                    out.println(ConsoleTexts.get(language, "console.acting", user));
                    return Optional.empty();
                }
                case "lang" -> {
                    String wanted = argument.isEmpty() ? "ru" : argument.toLowerCase(Locale.ROOT);
                    if (!wanted.equals("ru") && !wanted.equals("en")) {
                        out.println(ConsoleTexts.get(language, "console.unsupported_language", argument));
                        return Optional.empty();
                    }
                    language = Locale.forLanguageTag(wanted);
                    // the terminal's own words switch; the acting person's language is kept by the application
                    return Optional.of(new Input.Command("lang", wanted));
                }
                case "contact" -> {
                    // the acting user's own contact, as Telegram's "share my phone" button sends it
                    return Optional.of(new Input.Contact(argument, Optional.of(user)));
                }
                case "photo" -> {
                    // a photo by a name standing for Telegram's file_id
                    return Optional.of(new Input.Photo(argument));
                }
                case "chat" -> {
                    return Optional.of(new Input.SharedChat(new ChatId(Long.parseLong(argument))));
                }
                case "help" -> {
                    // the terminal's own commands, the bot's from the application's catalogue; then /help goes on
                    // to the bot, which answers what the acting person's roles allow
                    out.println(ConsoleTexts.get(language, "console.help"));
                    out.println(ConsoleTexts.get(language, "console.help.bot") + " " + java.util.Arrays
                            .stream(Commands.values()).map(command -> "/" + command.word())
                            .collect(java.util.stream.Collectors.joining(" ")));
                }
                default -> {
                    // every other command belongs to the application
                }
            }
        } catch (NumberFormatException | InvalidValueException e) {
            out.println(ConsoleTexts.get(language, "console.bad_argument", "/" + name));
            return Optional.empty();
        }
        return Optional.of(new Input.Command(name, argument));
    }

    /** An export keeps the name the person is meant to see; its path is printed. */
    private static Outbound kept(Outbound reply) {
        if (reply.document().isEmpty()) {
            return reply;
        }
        Document document = reply.document().get();
        Document named = new Document(document.name(), document.mediaType(), ConsoleExports.keep(document));
        return new Outbound(reply.text(), reply.options(), reply.presentation(), reply.replacing(),
                Optional.of(named), reply.expectsText(), reply.photos());
    }

    private void send(Input input) {
        Inbound inbound = new Inbound(new ChatId(user.value()), user, language, input);
        Profile profile = profiles.get(user);
        List<Outbound> replies = application.handle(profile == null ? inbound : inbound.from(profile));
        lastOptions.clear();
        expectsText = false;
        for (Outbound reply : replies) {
            List<Option> options = new ArrayList<>();
            out.print(ConsoleRenderer.render(kept(reply), options));
            if (!options.isEmpty()) {
                lastOptions.clear();
                lastOptions.addAll(options);
                expectsText = reply.expectsText();
            }
        }
        out.flush();
    }
}
