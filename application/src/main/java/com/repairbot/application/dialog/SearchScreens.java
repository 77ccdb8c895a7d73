package com.repairbot.application.dialog;

import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.RequestPage;
import com.repairbot.application.port.in.SearchRequestsQuery;
import com.repairbot.application.port.out.SearchTerms;
import com.repairbot.application.text.Messages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finding requests (docs/reports.md): the question of the menu's "find" button, and the results as a paged list
 * with each request's status, from {@code /find <text>} or the answer to the question. The office finds every
 * request and reads the client in full; a technician finds their own.
 */
final class SearchScreens {

    static final String FLOW = "FindRequests";
    /** {@code s:<page>:<text>}: another page of the same search (the text last, so that it may hold a colon). */
    static final String PAGE = "s:";

    private final UseCases useCases;
    private final Screens screens;

    SearchScreens(UseCases useCases, Screens screens) {
        this.useCases = useCases;
        this.screens = screens;
    }

    /** The one-question dialog behind the menu's button: what to look for. */
    Flow flow() {
        return new Flow(FLOW, List.of(Step.text("text", "search.prompt", text -> {
            SearchTerms.parse(text); // an empty or too long text is refused here, while the person can type again
            return text.strip();
        })), context -> List.of(results(context, context.required("text"), 0)));
    }

    /** @return the results of a press on a page button ({@link #PAGE}) */
    Outbound page(DialogContext context, String data) {
        String[] parts = data.substring(PAGE.length()).split(":", 2);
        return results(context, parts[1], Math.max(0, Integer.parseInt(parts[0]))).asReplacement();
    }

    /** One page of what was found, newest first, with buttons to open each request and to page. */
    Outbound results(DialogContext context, String text, int page) {
        Messages m = context.messages();
        String clean = text.strip();
        RequestPage found = useCases.search().search(new SearchRequestsQuery(context.actor().id(), clean, page));
        if (found.total() == 0) {
            return Outbound.withOptions(m.get("search.none", clean), List.of(
                    List.of(Option.choice(m.get("search.again"), Screens.MENU + "find"),
                            Option.choice(m.get("menu.back"), Screens.MENU + "menu"))));
        }
        List<List<Option>> rows = new ArrayList<>(screens.requestRows(context, found));
        boolean pageable = fits(PAGE + found.pages() + ":" + clean);
        if (pageable) {
            rows.add(Screens.pager(m, found, p -> PAGE + p + ":" + clean));
        } else {
            rows.add(List.of(Option.choice(m.get("menu.back"), Screens.MENU + "menu")));
        }
        rows.add(List.of(Option.choice(m.get("search.again"), Screens.MENU + "find")));
        String title = m.get("search.title", clean, found.total(), found.page() + 1, found.pages());
        String narrow = !pageable && found.pages() > 1 ? "\n" + m.get("search.narrow") : "";
        return Outbound.withOptions(title + "\n" + screens.lines(context, found) + narrow, rows);
    }

    private static boolean fits(String data) {
        return data.getBytes(StandardCharsets.UTF_8).length <= Option.MAX_DATA_BYTES;
    }
}
