package com.repairbot.application.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an option carries back when it is chosen, typed. {@link #render()} and {@link #parse(String)} are the one
 * place that writes and reads the text form (Telegram's {@code callback_data}, at most
 * {@link Option#MAX_DATA_BYTES} bytes); nothing else builds or splits it.
 *
 * <p>An answer to a dialog names the dialog instance and the step version that showed it, so that a press on an
 * older message (a summary shown before an edit, a dialog that was closed and opened again) is recognised and
 * nothing is stored from it.
 */
public sealed interface CallbackData {

    /** The prefix of a dialog answer. */
    String DIALOG = "d:";

    /** @return the text form, at most {@link Option#MAX_DATA_BYTES} bytes */
    String render();

    /** @return the typed form of an option's data; never fails: what is not a dialog answer is {@link Other} */
    static CallbackData parse(String data) {
        Objects.requireNonNull(data, "data");
        if (!data.startsWith(DIALOG)) {
            return new Other(data);
        }
        Matcher matcher = DialogAnswer.FORM.matcher(data);
        if (matcher.matches()) {
            return new DialogAnswer(matcher.group(1), Long.parseLong(matcher.group(2)), matcher.group(3));
        }
        // a button from before dialog instances were named: it belongs to no instance open now
        return new DialogAnswer(DialogAnswer.NO_DIALOG, 0, data.substring(DIALOG.length()));
    }

    /**
     * An answer to the question of one dialog instance at one step version.
     *
     * @param dialog the dialog instance's id: 1–12 of {@code 0-9 a-z}, or empty for a button that names none
     * @param step   the step version that showed the option (0: none)
     * @param value  the answer's value, e.g. {@code yes}, {@code washing_machine}, {@code ~confirm}
     */
    record DialogAnswer(String dialog, long step, String value) implements CallbackData {

        /** The dialog id of a button that names none. */
        public static final String NO_DIALOG = "";
        private static final Pattern FORM = Pattern.compile("d:([0-9a-z]{1,12}):(\\d{1,12}):(.*)", Pattern.DOTALL);

        public DialogAnswer {
            Objects.requireNonNull(dialog, "dialog");
            Objects.requireNonNull(value, "value");
            if (!dialog.isEmpty() && !dialog.matches("[0-9a-z]{1,12}")) {
                throw new IllegalArgumentException("a dialog id is 1-12 of 0-9 a-z: " + dialog);
            }
            if (step < 0 || step > 999_999_999_999L) {
                throw new IllegalArgumentException("step version out of range: " + step);
            }
        }

        /**
         * @return whether this answers the dialog instance {@code id} at step version {@code version}; a dialog
         *         begun before instances were named has the id {@link #NO_DIALOG} and version 0
         */
        public boolean answers(String id, long version) {
            return dialog.equals(id) && step == version;
        }

        @Override
        public String render() {
            // a dialog begun before instances were named keeps the older form until its next step is saved
            return checked(dialog.isEmpty() ? DIALOG + value : DIALOG + dialog + ":" + step + ":" + value);
        }
    }

    /**
     * Any other option: menus, lists, request cards and reports, which carry their own codes.
     *
     * @param data the data as sent
     */
    record Other(String data) implements CallbackData {
        public Other {
            Objects.requireNonNull(data, "data");
        }

        @Override
        public String render() {
            return checked(data);
        }
    }

    private static String checked(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length > Option.MAX_DATA_BYTES) {
            throw new IllegalArgumentException("option data longer than " + Option.MAX_DATA_BYTES + " bytes: "
                    + text.length() + " characters");
        }
        return text;
    }
}
