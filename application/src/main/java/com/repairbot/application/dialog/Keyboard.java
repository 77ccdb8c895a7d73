package com.repairbot.application.dialog;

import com.repairbot.application.conversation.Option;
import java.util.ArrayList;
import java.util.List;

/** How a step's own options are laid out in rows: two short ones to a row, a long one alone. */
final class Keyboard {

    /** Labels longer than this take a row of their own. */
    static final int SHORT = 18;

    private Keyboard() {
    }

    /** Two short options per row, long ones alone. */
    static List<List<Option>> rows(List<Option> options) {
        List<List<Option>> rows = new ArrayList<>();
        List<Option> row = new ArrayList<>();
        for (Option option : options) {
            if (option.label().length() > SHORT || row.size() == 2) {
                if (!row.isEmpty()) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            }
            row.add(option);
            if (option.label().length() > SHORT) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }
}
