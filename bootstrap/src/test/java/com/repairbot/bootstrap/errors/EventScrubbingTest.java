package com.repairbot.bootstrap.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import io.sentry.protocol.User;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The before-send hook masks every text an event carries and drops request and user. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventScrubbingTest {

    private static final String TOKEN = "1234567890:AAfakeTokenForScrubbingTestsOnly_xx";
    private static final String LEAK = "client +79991234567 {\"name\":\"Иванов Иван\",\"notes\":\"Домофон 4521\"} /bot"
            + TOKEN + " arguments:{named:{client_address:ул. Ленина, д. 5}}";

    @Test
    void message_exceptions_breadcrumbs_extras_and_tags_are_masked_and_request_and_user_dropped() {
        SentryEvent event = new SentryEvent();
        Message message = new Message();
        message.setMessage("failed: {}");
        message.setFormatted("failed: " + LEAK);
        message.setParams(List.of(LEAK));
        event.setMessage(message);
        SentryException exception = new SentryException();
        exception.setValue(LEAK);
        event.setExceptions(List.of(exception));
        Breadcrumb breadcrumb = new Breadcrumb();
        breadcrumb.setMessage(LEAK);
        breadcrumb.setData("detail", LEAK);
        event.setBreadcrumbs(List.of(breadcrumb));
        event.setExtra("detail", LEAK);
        event.setTag("detail", LEAK);
        event.setRequest(new Request());
        User user = new User();
        user.setIpAddress("10.0.0.1");
        event.setUser(user);

        SentryEvent sent = new EventScrubbing().execute(event, new Hint());

        String everything = String.join(" | ", sent.getMessage().getFormatted(), sent.getMessage().getMessage(),
                sent.getExceptions().get(0).getValue(), sent.getBreadcrumbs().get(0).getMessage(),
                String.valueOf(sent.getBreadcrumbs().get(0).getData("detail")), String.valueOf(sent.getExtra("detail")),
                sent.getTag("detail"));
        assertThat(everything).doesNotContain("Иванов", "Домофон", "4521", "Ленина", "9991234567",
                TOKEN.substring(TOKEN.indexOf(':') + 1)).contains("+7******4567", "И***в И***", "arguments:{***}");
        assertThat(sent.getMessage().getParams()).isNull();
        assertThat(sent.getRequest()).isNull();
        assertThat(sent.getUser()).isNull();
    }

    @Test
    void a_breadcrumb_alone_is_masked_too() {
        Breadcrumb breadcrumb = new Breadcrumb();
        breadcrumb.setMessage("typed " + LEAK);

        assertThat(new EventScrubbing().execute(breadcrumb, new Hint()).getMessage()).doesNotContain("Иванов")
                .doesNotContain("9991234567");
    }
}
