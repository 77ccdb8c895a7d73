package com.repairbot.application.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoreTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final Stores stores = Stores.inMemory(clock, Duration.ofHours(48));
    private final List<ChatId> sentTo = new ArrayList<>();
    private final Core core = Core.builder(ApplicationSettings.defaults(Set.of(new UserId(1)), Set.of(new UserId(2))),
            stores).messenger((chat, message) -> sentTo.add(chat)).clock(clock).ids(() -> "key").assemble();

    @Test
    void the_assembled_engine_answers_a_member_of_staff() {
        List<Outbound> replies = core.engine().handle(new Inbound(new ChatId(1), new UserId(1), Locale.ROOT,
                new Input.Command("start", "")));

        assertThat(replies).singleElement().satisfies(reply -> assertThat(reply.text()).startsWith("Главное меню"));
    }

    @Test
    void the_assembled_use_cases_share_the_stores_and_the_relay_delivers_their_notifications() {
        core.useCases().create().create(new CreateRequestCommand(new UserId(2), Requests.draft(), "k-1"));

        assertThat(stores.requests().count(Set.of())).isEqualTo(1);
        assertThat(core.relay().deliverDue(10)).isEqualTo(1);
        assertThat(sentTo).containsExactly(new ChatId(1));
        assertThat(stores.outbox().size()).isZero();
    }
}
