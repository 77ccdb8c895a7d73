package com.repairbot.application.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an option carries back when it is chosen, typed. {@link #render()} and {@link #parse(String)} are the one
 * place that writes and reads the text form (Telegram's {@code callback_data}, at most
 * {@link Option#MAX_DATA_BYTES} bytes); nothing else builds or splits it. The forms are stable: buttons on messages
 * sent by an earlier version keep working.
 *
 * <table>
 *   <caption>the forms</caption>
 *   <tr><td>{@link DialogAnswer}</td><td>{@code d:<dialog>:<step>:<value>}</td></tr>
 *   <tr><td>{@link Menu}</td><td>{@code m:<command>}</td></tr>
 *   <tr><td>{@link ListPage}</td><td>{@code l:<filter>:<page>}</td></tr>
 *   <tr><td>{@link MinePage}</td><td>{@code y:<page>}</td></tr>
 *   <tr><td>{@link RequestButton}</td><td>{@code r:<number>:<action>}</td></tr>
 *   <tr><td>{@link TechnicianButton}</td><td>{@code t:<user>:<action>}</td></tr>
 *   <tr><td>{@link ReportChoice}</td><td>{@code p:<scope>:<period>}</td></tr>
 *   <tr><td>{@link ExportChoice}</td><td>{@code x:<format>:<scope>:<period>}</td></tr>
 *   <tr><td>{@link TechnicianReport}</td><td>{@code q:<period>}</td></tr>
 *   <tr><td>{@link AuditPage}</td><td>{@code g:<filter>:<page>}</td></tr>
 *   <tr><td>{@link SearchPage}</td><td>{@code s:<page>:<text>} (the text last: it may hold a colon)</td></tr>
 * </table>
 *
 * <p>An answer to a dialog names the dialog instance and the step version that showed it, so that a press on an
 * older message (a summary shown before an edit, a dialog that was closed and opened again) is recognised and
 * nothing is stored from it. A new kind of button is one more record here, with its prefix in {@link #parse}.
 */
public sealed interface CallbackData {

    /** The prefix of a dialog answer. */
    String DIALOG = "d:";

    /** @return the text form, at most {@link Option#MAX_DATA_BYTES} bytes */
    String render();

    /** @return an option with this data */
    default Option option(String label) {
        return Option.choice(label, render());
    }

    /**
     * @return the typed form of an option's data; never fails: what no form reads (a button of a version that no
     *         longer exists, data made up by hand) is {@link Unknown}
     */
    static CallbackData parse(String data) {
        Objects.requireNonNull(data, "data");
        if (data.startsWith(DIALOG)) {
            Matcher matcher = DialogAnswer.FORM.matcher(data);
            if (matcher.matches()) {
                return new DialogAnswer(matcher.group(1), Long.parseLong(matcher.group(2)), matcher.group(3));
            }
            // a button from before dialog instances were named: it belongs to no instance open now
            return new DialogAnswer(DialogAnswer.NO_DIALOG, 0, data.substring(DIALOG.length()));
        }
        if (data.startsWith(SearchPage.PREFIX)) {
            String[] pageAndText = data.substring(SearchPage.PREFIX.length()).split(":", 2);
            try {
                return pageAndText.length == 2 ? new SearchPage(page(pageAndText[0]), pageAndText[1]) : new Unknown(data);
            } catch (IllegalArgumentException malformed) {
                return new Unknown(data);
            }
        }
        String[] parts = data.split(":", -1);
        try {
            CallbackData parsed = switch (parts[0]) {
                case "m" -> parts.length == 2 ? new Menu(parts[1]) : null;
                case "l" -> parts.length == 3 ? new ListPage(parts[1], page(parts[2])) : null;
                case "y" -> parts.length == 2 ? new MinePage(page(parts[1])) : null;
                case "r" -> parts.length == 3 ? new RequestButton(number(parts[1]), parts[2]) : null;
                case "t" -> parts.length == 3 ? new TechnicianButton(number(parts[1]), parts[2]) : null;
                case "p" -> parts.length == 3 ? new ReportChoice(parts[1], parts[2]) : null;
                case "x" -> parts.length == 4 ? new ExportChoice(parts[1], parts[2], parts[3]) : null;
                case "q" -> parts.length == 2 ? new TechnicianReport(parts[1]) : null;
                case "g" -> parts.length == 3 ? new AuditPage(parts[1], page(parts[2])) : null;
                case "c" -> parts.length == 2 ? new ClientButton(parts[1], 0)
                        : parts.length == 3 ? new ClientButton(parts[1], Long.parseLong(parts[2])) : null;
                default -> null;
            };
            return parsed == null ? new Unknown(data) : parsed;
        } catch (IllegalArgumentException malformed) {
            return new Unknown(data);
        }
    }

    private static int page(String text) {
        return Math.max(0, Integer.parseInt(text));
    }

    private static long number(String text) {
        long value = Long.parseLong(text);
        if (value < 1) {
            throw new IllegalArgumentException("not positive: " + text);
        }
        return value;
    }

    /**
     * @return whether {@code value} is 1 to {@code most} of 0-9 a-z (and A-Z _ when {@code word}); a loop, not a
     *     regular expression compiled per button (JFR: {@code String.matches} on every press and card)
     */
    private static boolean made(String value, int most, boolean word) {
        int length = value.length();
        if (length < 1 || length > most) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean ok = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || word && (c >= 'A' && c <= 'Z' || c == '_');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String word(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!made(value, 40, true)) {
            throw new IllegalArgumentException(what + " is 1-40 of 0-9 A-Z a-z _: " + value);
        }
        return value;
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
            if (!dialog.isEmpty() && !made(dialog, 12, false)) {
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

    /** @param command a command of the catalogue chosen from a menu, e.g. {@code new} */
    record Menu(String command) implements CallbackData {
        public Menu {
            word(command, "command");
        }

        @Override
        public String render() {
            return checked("m:" + command);
        }
    }

    /**
     * @param filter {@code all} or a status name
     * @param page   from 0
     */
    record ListPage(String filter, int page) implements CallbackData {
        public ListPage {
            word(filter, "filter");
            if (page < 0) {
                throw new IllegalArgumentException("page < 0");
            }
        }

        @Override
        public String render() {
            return checked("l:" + filter + ":" + page);
        }
    }

    /** @param page a page of a technician's own requests, from 0 */
    record MinePage(int page) implements CallbackData {
        public MinePage {
            if (page < 0) {
                throw new IllegalArgumentException("page < 0");
            }
        }

        @Override
        public String render() {
            return checked("y:" + page);
        }
    }

    /**
     * A button on a request card or list.
     *
     * @param number the request
     * @param action an intent of the transition table ({@code accept}, {@code decline}, …) or one of the card's other
     *               actions ({@code card}, {@code ping}, {@code resched}, {@code notes}, {@code edit})
     */
    record RequestButton(long number, String action) implements CallbackData {
        public RequestButton {
            if (number < 1) {
                throw new IllegalArgumentException("request number < 1");
            }
            word(action, "action");
        }

        @Override
        public String render() {
            return checked("r:" + number + ":" + action);
        }
    }

    /**
     * A button on the technicians screen.
     *
     * @param technician the technician's user id
     * @param action     {@code on}, {@code off}, {@code offu}, {@code offk}, {@code bind}
     */
    record TechnicianButton(long technician, String action) implements CallbackData {
        public TechnicianButton {
            if (technician < 1) {
                throw new IllegalArgumentException("user id < 1");
            }
            word(action, "action");
        }

        @Override
        public String render() {
            return checked("t:" + technician + ":" + action);
        }
    }

    /**
     * Show a report.
     *
     * @param scope  {@code a} everyone's, {@code o} the person's own, {@code t<id>} one technician's (the office)
     * @param period a period word ({@code today}, {@code week}, …), {@code custom}, or a period's code by its dates
     */
    record ReportChoice(String scope, String period) implements CallbackData {
        public ReportChoice {
            word(scope, "scope");
            Objects.requireNonNull(period, "period");
        }

        @Override
        public String render() {
            return checked("p:" + scope + ":" + period);
        }
    }

    /**
     * Export a report as a file.
     *
     * @param format {@code xlsx} or {@code csv}
     * @param scope  {@code a} everyone's, {@code o} the person's own, {@code t<id>} one technician's (the office)
     * @param period the period's code by its dates, so that a press tomorrow still exports the days shown
     */
    record ExportChoice(String format, String scope, String period) implements CallbackData {
        public ExportChoice {
            word(format, "format");
            word(scope, "scope");
            Objects.requireNonNull(period, "period");
        }

        @Override
        public String render() {
            return checked("x:" + format + ":" + scope + ":" + period);
        }
    }

    /** @param period the period's code by its dates: choose the technician whose report of it to show */
    record TechnicianReport(String period) implements CallbackData {
        public TechnicianReport {
            Objects.requireNonNull(period, "period");
        }

        @Override
        public String render() {
            return checked("q:" + period);
        }
    }

    /**
     * A page of the audit log.
     *
     * @param filter {@code all}, {@code r<number>} one request's, {@code u<id>} one person's
     * @param page   from 0, newest first
     */
    record AuditPage(String filter, int page) implements CallbackData {
        public AuditPage {
            word(filter, "filter");
            if (page < 0) {
                throw new IllegalArgumentException("page < 0");
            }
        }

        @Override
        public String render() {
            return checked("g:" + filter + ":" + page);
        }
    }

    /**
     * Another page of a search's results.
     *
     * @param page from 0
     * @param text what was looked for, as typed (it may not fit: {@link #fits})
     */
    record SearchPage(int page, String text) implements CallbackData {

        static final String PREFIX = "s:";

        public SearchPage {
            Objects.requireNonNull(text, "text");
            if (page < 0) {
                throw new IllegalArgumentException("page < 0");
            }
        }

        /** @return whether the pages of a search for {@code text} fit in a button's data */
        public static boolean fits(int pages, String text) {
            return (PREFIX + pages + ":" + text).getBytes(StandardCharsets.UTF_8).length <= Option.MAX_DATA_BYTES;
        }

        @Override
        public String render() {
            return checked(PREFIX + page + ":" + text);
        }
    }

    /**
     * Data no form reads: a button of a version that no longer exists, or data made up by hand.
     *
     * @param data the data as sent
     */
    /**
     * A button of the client's side (ADR 0030): the client menu, "my requests" pages, a card, cancel and rate. It
     * names only a request number or a page: whose the request is, is checked on the server when it is pressed.
     *
     * @param action what it asks for, e.g. {@code card}, {@code cancel}
     * @param value  the request number or the page; 0 when none
     */
    record ClientButton(String action, long value) implements CallbackData {
        public ClientButton {
            word(action, "action");
            if (value < 0) {
                throw new IllegalArgumentException("value < 0");
            }
        }

        @Override
        public String render() {
            return checked("c:" + action + ":" + value);
        }
    }

    record Unknown(String data) implements CallbackData {
        public Unknown {
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
