package com.repairbot.application.dialog;

import com.repairbot.application.conversation.Inbound;
import java.util.Map;

/**
 * Recognises an input the dialog took already. A channel that confirms an input only once its replies were
 * sent (Telegram, ADR 0017) delivers it again when the process died between the dialog's save and the reply;
 * read again, a typed name would become the answer to the next question (the address). The dialog therefore
 * keeps the delivery number of the last input it took, in its data (so no store changes its layout), and a
 * number not above it is a repeat.
 */
final class Redelivery {

    /** Data key of the delivery number of the last input the dialog took; internal, like every {@code _} key. */
    static final String KEY = "_delivery";

    private Redelivery() {
    }

    /** @return whether the dialog with these data took this input (or a later one) already */
    static boolean isRepeat(Inbound inbound, Map<String, String> data) {
        if (inbound.delivery().isEmpty()) {
            return false; // a channel without numbers delivers every input once
        }
        String taken = data.get(KEY);
        if (taken == null) {
            return false;
        }
        try {
            return inbound.delivery().getAsLong() <= Long.parseLong(taken);
        } catch (NumberFormatException unreadable) {
            return false; // not written by us: the input is read as usual
        }
    }

    /** Notes in the data to be saved that this input was taken. */
    static void remember(Inbound inbound, Map<String, String> data) {
        inbound.delivery().ifPresent(number -> data.put(KEY, Long.toString(number)));
    }
}
