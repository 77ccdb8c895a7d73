package com.repairbot.application.dialog;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.AuditLogView;
import com.repairbot.application.port.in.ViewAuditLogQuery;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.AuditFilter;
import com.repairbot.application.text.AuditTexts;
import com.repairbot.application.text.Messages;
import com.repairbot.application.text.Names;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The audit log an admin can read (issue 15): paged, newest first, all of it, one request's ({@code /audit 12}) or
 * one person's ({@code /audit u200}), each entry in words with an edit's old and new values.
 */
final class AuditScreens {

    /** Entries per page. */
    static final int PAGE_SIZE = 15;

    private final ApplicationSettings settings;
    private final UseCases useCases;

    AuditScreens(ApplicationSettings settings, UseCases useCases) {
        this.settings = settings;
        this.useCases = useCases;
    }

    /**
     * @return the filter a command's argument names: nothing for all, {@code 12} or {@code #12} for a request,
     *         {@code u200} or {@code user 200} for a person
     * @throws InvalidValueException {@code audit.filter_invalid} for anything else
     */
    static AuditFilter filter(String argument) {
        String clean = argument == null ? "" : argument.strip().toLowerCase(java.util.Locale.ROOT);
        if (clean.isEmpty() || clean.equals("all")) {
            return AuditFilter.ALL;
        }
        if (clean.matches("#?\\d{1,18}")) {
            return AuditFilter.of(RequestNumber.parse(clean));
        }
        if (clean.matches("(u|user|@)\\s*\\d{1,18}")) {
            return AuditFilter.by(new UserId(Long.parseLong(clean.replaceAll("\\D", ""))));
        }
        throw new InvalidValueException("audit.filter_invalid");
    }

    /** @return the code of a filter in button data: {@code all}, {@code r12}, {@code u200} */
    static String code(AuditFilter filter) {
        return filter.request().map(n -> "r" + n.value())
                .or(() -> filter.actor().map(u -> "u" + u.value())).orElse("all");
    }

    /** @return the filter of a code made by {@link #code} */
    static AuditFilter fromCode(String code) {
        if (code.startsWith("r")) {
            return AuditFilter.of(new RequestNumber(Long.parseLong(code.substring(1))));
        }
        if (code.startsWith("u")) {
            return AuditFilter.by(new UserId(Long.parseLong(code.substring(1))));
        }
        if (code.equals("all")) {
            return AuditFilter.ALL;
        }
        throw new IllegalArgumentException("no audit filter: " + code);
    }

    /** One page of the log. */
    Outbound page(DialogContext context, AuditFilter filter, int page) {
        Messages m = context.messages();
        AuditLogView view = useCases.audit().audit(new ViewAuditLogQuery(context.actor().id(), filter, page,
                PAGE_SIZE));
        Names names = new Names(useCases.people()::person, m);
        AuditTexts texts = new AuditTexts(m, settings.zone(), names);
        StringJoiner text = new StringJoiner("\n");
        String title = filter.request().map(n -> m.get("audit.title.request", n.value(), view.total()))
                .or(() -> filter.actor().map(u -> m.get("audit.title.person", names.withId(u),
                        view.total())))
                .orElse(m.get("audit.title.all", view.total()));
        text.add(title + " " + m.get("audit.page", view.page() + 1, view.pages()));
        for (AuditEntry entry : view.entries()) {
            text.add(texts.line(entry));
        }
        if (view.entries().isEmpty()) {
            text.add(m.get("audit.empty"));
        }
        String code = code(filter);
        List<Option> pager = new ArrayList<>();
        if (view.hasPrevious()) {
            pager.add(new CallbackData.AuditPage(code, view.page() - 1).option(m.get("audit.newer")));
        }
        if (view.hasNext()) {
            pager.add(new CallbackData.AuditPage(code, view.page() + 1).option(m.get("audit.older")));
        }
        List<List<Option>> rows = new ArrayList<>();
        if (!pager.isEmpty()) {
            rows.add(pager);
        }
        Optional<RequestNumber> request = filter.request();
        List<Option> last = new ArrayList<>();
        request.ifPresent(n -> last.add(new CallbackData.RequestButton(n.value(), "card").option(m.get("action.card"))));
        if (!filter.equals(AuditFilter.ALL)) {
            last.add(new CallbackData.AuditPage("all", 0).option(m.get("audit.all")));
        }
        last.add(new CallbackData.Menu("menu").option(m.get("menu.back")));
        rows.add(last);
        return Outbound.withOptions(text.toString(), rows);
    }
}
