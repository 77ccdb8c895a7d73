package com.repairbot.application.dialog;

import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.RequestPage;
import com.repairbot.application.port.in.SearchRequestsQuery;
import com.repairbot.application.port.out.SearchTerms;
import com.repairbot.application.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Finding requests (docs/reports.md): the question of the menu's "find" button, and the results as a paged list
 * with each request's status, from {@code /find <text>} or the answer to the question. The office finds every
 * request and reads the client in full; a technician finds their own.
 */
final class SearchScreens {

    static final String FLOW = "FindRequests";

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

    /** One page of what was found, newest first, with buttons to open each request and to page. */
    Outbound results(DialogContext context, String text, int page) {
        Messages m = context.messages();
        String clean = text.strip();
        RequestPage found = useCases.search().search(new SearchRequestsQuery(context.actor().id(), clean, page));
        if (found.total() == 0) {
            return Outbound.withOptions(m.get("search.none", clean), List.of(
                    List.of(new CallbackData.Menu("find").option(m.get("search.again")),
                            new CallbackData.Menu("menu").option(m.get("menu.back")))));
        }
        List<List<Option>> rows = new ArrayList<>(screens.requestRows(context, found));
        boolean pageable = CallbackData.SearchPage.fits(found.pages(), clean);
        if (pageable) {
            rows.add(Screens.pager(m, found, p -> new CallbackData.SearchPage(p, clean).render()));
        } else {
            rows.add(List.of(new CallbackData.Menu("menu").option(m.get("menu.back"))));
        }
        rows.add(List.of(new CallbackData.Menu("find").option(m.get("search.again"))));
        String title = m.get("search.title", clean, found.total(), found.page() + 1, found.pages());
        String narrow = !pageable && found.pages() > 1 ? "\n" + m.get("search.narrow") : "";
        return Outbound.withOptions(title + "\n" + screens.lines(context, found) + narrow, rows);
    }
}
