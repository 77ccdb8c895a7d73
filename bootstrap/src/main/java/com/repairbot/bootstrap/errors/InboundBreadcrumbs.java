package com.repairbot.bootstrap.errors;

import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.HandleInboundResult;
import com.repairbot.application.port.in.HandleInboundUseCase;
import io.sentry.Breadcrumb;
import io.sentry.Sentry;
import io.sentry.SentryLevel;
import java.util.List;

/**
 * Each update handled starts a fresh trail of breadcrumbs on its thread: what came in (its delivery number,
 * chat, and the kind of input — a command's name or a button's code, never typed text, a contact's number or a
 * command's argument), then whatever the thread logs while handling it. An error reported on that thread shows
 * the update it was handling.
 */
final class InboundBreadcrumbs implements HandleInboundUseCase {

    private final HandleInboundUseCase handler;

    InboundBreadcrumbs(HandleInboundUseCase handler) {
        this.handler = handler;
    }

    @Override
    public List<Outbound> handle(Inbound inbound) {
        return handleWithOutcome(inbound).replies();
    }

    @Override
    public HandleInboundResult handleWithOutcome(Inbound inbound) {
        Sentry.configureScope(scope -> scope.clearBreadcrumbs());
        Breadcrumb received = new Breadcrumb();
        received.setCategory("update");
        received.setType("user");
        received.setLevel(SentryLevel.INFO);
        received.setMessage("handling " + describe(inbound.input()));
        inbound.delivery().ifPresent(delivery -> received.setData("update", delivery));
        received.setData("chat", inbound.chat().value());
        received.setData("input", inbound.input().getClass().getSimpleName());
        Sentry.addBreadcrumb(received);
        return handler.handleWithOutcome(inbound);
    }

    private static String describe(Input input) {
        return switch (input) {
            case Input.Command command -> "the command /" + command.name();
            case Input.Choice choice -> "the button " + choice.data();
            case Input.Text text -> "a text of " + text.text().length() + " characters";
            case Input.Contact contact -> "a shared contact";
            case Input.SharedChat chat -> "a shared chat";
            case Input.Unsupported unsupported -> "an unsupported input";
            case Input.Photo photo -> "a photo";
        };
    }
}
