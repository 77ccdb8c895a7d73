package com.repairbot.application.dialog;

import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Option;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One step of a dialog: a stable id, how to ask, how to read and validate the answer.
 *
 * @param id       the step's id inside its flow, e.g. {@code description}; stored, so never renamed
 * @param prompt   the question, in the person's language
 * @param choices  the options offered (their data is the value stored when chosen; the engine adds the dialog
 *                 instance and step version when it shows them); empty for typed answers
 * @param reader   reads and validates an answer into the value stored; throws the domain's
 *                 {@code InvalidValueException} with a message code when the answer is refused
 * @param optional whether the step offers Skip
 * @param confirm  whether this is the closing summary with Confirm / Edit / Cancel
 * @param asked    whether the step is asked, given the answers so far (a step not asked is passed over going
 *                 forward and back; Edit on the summary still reaches it)
 */
record Step(String id, Function<DialogContext, String> prompt, Function<DialogContext, List<Option>> choices,
            Reader reader, boolean optional, boolean confirm, Predicate<DialogContext> asked) {

    /** Reads an answer. */
    @FunctionalInterface
    interface Reader {
        /**
         * @return the value to store for the step
         */
        String read(DialogContext context, Input input);
    }

    Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(asked, "asked");
    }

    /** A step that is always asked. */
    Step(String id, Function<DialogContext, String> prompt, Function<DialogContext, List<Option>> choices,
         Reader reader, boolean optional, boolean confirm) {
        this(id, prompt, choices, reader, optional, confirm, context -> true);
    }

    /** Reads an answer into a typed value. */
    @FunctionalInterface
    interface TypedReader<T> {
        /**
         * @return the value the answer means, validated by the rule for new input (it is stored through the key's
         *         codec and read back without a second validation)
         */
        T read(DialogContext context, Input input);
    }

    /** A step whose answer is a typed value, stored through its key's codec; its id is the key's name. */
    static <T> Step answering(Key<T> key, Function<DialogContext, String> prompt,
                              Function<DialogContext, List<Option>> choices, TypedReader<T> reader) {
        if (key.internal()) {
            throw new IllegalArgumentException("a step answers an answer key, not " + key.name());
        }
        return new Step(key.name(), prompt, choices, (ctx, input) -> key.codec().write(reader.read(ctx, input)),
                false, false);
    }

    /** A step answered by typing a value of the key's type, read by {@code parse} (which refuses bad input). */
    static <T> Step typing(Key<T> key, Function<DialogContext, String> prompt, Function<String, T> parse) {
        return answering(key, prompt, ctx -> List.of(), (ctx, input) -> parse.apply(typed(input)));
    }

    /** A yes / no question whose answer is a boolean. */
    static Step yesNo(Key<Boolean> key, String promptKey) {
        return yesNo(key.name(), promptKey); // its options' values are the stored form of Codec.YES_NO
    }

    /** A step answered by typing; the text goes through {@code validate}, whose result is stored. */
    static Step text(String id, String promptKey, Function<String, String> validate) {
        return new Step(id, ctx -> ctx.messages().get(promptKey), ctx -> List.of(),
                (ctx, input) -> validate.apply(typed(input)), false, false);
    }

    /** A step answered by choosing one of the offered options (and nothing else, e.g. not Skip). */
    static Step choice(String id, Function<DialogContext, String> prompt,
                       Function<DialogContext, List<Option>> choices) {
        return new Step(id, prompt, choices, (ctx, input) -> offered(ctx, input, choices), false, false);
    }

    /** A yes / no question. */
    static Step yesNo(String id, String promptKey) {
        return choice(id, ctx -> ctx.messages().get(promptKey), ctx -> List.of(
                Option.choice(ctx.messages().get("word.yes"), "yes"),
                Option.choice(ctx.messages().get("word.no"), "no")));
    }

    /** The closing summary with Confirm / Edit / Cancel. */
    static Step confirm(Function<DialogContext, String> summary) {
        return new Step("confirm", summary, ctx -> List.of(), (ctx, input) -> {
            throw new InputRefusedException("dialog.use_buttons");
        }, false, true);
    }

    /** @return a copy that offers Skip */
    Step skippable() {
        return new Step(id, prompt, choices, reader, true, confirm, asked);
    }

    /** @return a copy that is asked only when {@code when} holds for the answers so far */
    Step askedWhen(Predicate<DialogContext> when) {
        return new Step(id, prompt, choices, reader, optional, confirm, when);
    }

    /** @return a copy that asks with another prompt */
    Step asking(Function<DialogContext, String> newPrompt) {
        return new Step(id, newPrompt, choices, reader, optional, confirm);
    }

    /** @return a copy that reads answers with another reader */
    Step readingWith(Reader newReader) {
        return new Step(id, prompt, choices, newReader, optional, confirm, asked);
    }

    /** @return the typed text of the answer */
    static String typed(Input input) {
        if (input instanceof Input.Text text) {
            return text.text();
        }
        throw new InputRefusedException("dialog.type_text");
    }

    /**
     * @return the value of the dialog option chosen (the engine has checked that the option belongs to this dialog
     *         and step, and passes its value); the reader checks that it is a value it accepts
     */
    static String chosen(DialogContext ctx, Input input) {
        if (input instanceof Input.Choice choice) {
            return choice.data();
        }
        throw new InputRefusedException("dialog.use_buttons");
    }

    /** @return the value of the option chosen, which must be one of those offered now */
    static String offered(DialogContext ctx, Input input, Function<DialogContext, List<Option>> choices) {
        String value = chosen(ctx, input);
        if (choices.apply(ctx).stream().noneMatch(o -> o.data().equals(value))) {
            throw new InputRefusedException("dialog.use_buttons");
        }
        return value;
    }
}
