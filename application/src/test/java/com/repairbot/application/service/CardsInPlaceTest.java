package com.repairbot.application.service;

import static com.repairbot.application.service.World.CLIENT_PHONE;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.OTHER_TECHNICIAN;
import static com.repairbot.application.service.World.OTHER_TECHNICIAN_GROUP;
import static com.repairbot.application.service.World.TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.memory.InMemoryCardPlacements;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.in.RescheduleVisitCommand;
import com.repairbot.application.port.out.CardPlacement;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.PostedMessage;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The request card in a technician's work group: posted once, then edited where it was posted. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CardsInPlaceTest {

    /** A channel that numbers its messages, edits them, and can be told that a message is gone. */
    static final class EditingMessenger implements Messenger {
        record Shown(String how, PostedMessage where, Outbound message) {
        }

        final List<Shown> shown = new ArrayList<>();
        final Set<Long> gone = new HashSet<>();
        private long nextId = 100;

        @Override
        public void send(ChatId chat, Outbound message) {
            post(chat, message);
        }

        @Override
        public Optional<PostedMessage> post(ChatId chat, Outbound message) {
            PostedMessage where = new PostedMessage(chat, nextId++);
            shown.add(new Shown("post", where, message));
            return Optional.of(where);
        }

        @Override
        public Optional<PostedMessage> replace(PostedMessage earlier, Outbound message) {
            if (gone.contains(earlier.messageId())) {
                return post(earlier.chat(), message);
            }
            shown.add(new Shown("edit", earlier, message));
            return Optional.of(earlier);
        }

        List<Shown> in(ChatId chat) {
            return shown.stream().filter(s -> s.where().chat().equals(chat)).toList();
        }
    }

    private final World world = new World();
    private final EditingMessenger messenger = new EditingMessenger();
    private final InMemoryCardPlacements placements = new InMemoryCardPlacements();
    private final NotificationRelay relay = new NotificationRelay(world.settings, world.outbox, world.requests,
            world.staff, placements, messenger, world.clock,
            world.reachability(messenger));

    private static List<List<String>> buttons(Outbound message) {
        return message.options().stream().map(row -> row.stream().map(Option::data).toList()).toList();
    }

    @Test
    void the_card_posted_on_assignment_is_edited_in_place_on_every_change_with_the_buttons_of_the_status() {
        RequestNumber number = world.requestIn(Status.ASSIGNED);
        relay.deliverDue(100);
        List<EditingMessenger.Shown> group = messenger.in(TECHNICIAN_GROUP);
        assertThat(group).singleElement().satisfies(card -> {
            assertThat(card.how()).isEqualTo("post");
            assertThat(card.message().text()).doesNotContain(CLIENT_PHONE);
            assertThat(buttons(card.message())).containsExactly(List.of("r:1:accept", "r:1:decline"),
                    List.of("r:1:card"));
        });
        PostedMessage posted = group.getFirst().where();
        assertThat(placements.of(number)).containsExactly(new CardPlacement(number, posted));

        world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));
        relay.deliverDue(100);
        world.lifecycle.markOnSite(new MarkOnSiteCommand(TECHNICIAN, number));
        relay.deliverDue(100);

        group = messenger.in(TECHNICIAN_GROUP);
        assertThat(group).hasSize(3).allSatisfy(shown -> assertThat(shown.where()).isEqualTo(posted));
        assertThat(group.get(1).how()).isEqualTo("edit");
        assertThat(group.get(1).message().text()).startsWith("🔄 Обновлено: Принята\n\nЗаявка #1 · Принята")
                .doesNotContain(CLIENT_PHONE);
        assertThat(buttons(group.get(1).message())).containsExactly(List.of("r:1:onsite", "r:1:long_repair"),
                List.of("r:1:card"));
        assertThat(group.get(2).message().text()).startsWith("🔄 Обновлено: Мастер на месте").contains(CLIENT_PHONE);
        assertThat(buttons(group.get(2).message())).containsExactly(List.of("r:1:complete", "r:1:long_repair"),
                List.of("r:1:card"));
    }

    @Test
    void a_card_that_cannot_be_edited_any_more_is_posted_anew_and_the_new_place_remembered() {
        RequestNumber number = world.requestIn(Status.ASSIGNED);
        relay.deliverDue(100);
        PostedMessage first = messenger.in(TECHNICIAN_GROUP).getFirst().where();
        messenger.gone.add(first.messageId()); // deleted in the group

        world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));
        relay.deliverDue(100);
        PostedMessage second = messenger.in(TECHNICIAN_GROUP).getLast().where();
        assertThat(second.messageId()).isNotEqualTo(first.messageId());
        assertThat(placements.find(number, TECHNICIAN_GROUP)).map(CardPlacement::message).contains(second);

        world.lifecycle.reschedule(new RescheduleVisitCommand(TECHNICIAN, number,
                new ScheduledVisit("завтра 12:00", Optional.empty()), "клиент попросил"));
        relay.deliverDue(100);
        assertThat(messenger.in(TECHNICIAN_GROUP).getLast()).satisfies(card -> {
            assertThat(card.how()).isEqualTo("edit");
            assertThat(card.where()).isEqualTo(second);
            assertThat(card.message().text()).contains("завтра 12:00");
        });
    }

    @Test
    void on_reassignment_the_old_group_card_says_it_is_taken_without_phone_or_buttons_and_the_new_group_gets_one() {
        RequestNumber number = world.requestIn(Status.ASSIGNED);
        relay.deliverDue(100);

        world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number, OTHER_TECHNICIAN));
        relay.deliverDue(100);

        assertThat(messenger.in(TECHNICIAN_GROUP).getLast()).satisfies(card -> {
            assertThat(card.how()).isEqualTo("edit");
            assertThat(card.message().text()).startsWith("↩ Заявка #1 больше не у этого мастера")
                    .doesNotContain(CLIENT_PHONE);
            assertThat(card.message().options()).isEmpty();
        });
        assertThat(messenger.in(OTHER_TECHNICIAN_GROUP)).singleElement().satisfies(card -> {
            assertThat(card.how()).isEqualTo("post");
            assertThat(buttons(card.message())).containsExactly(List.of("r:1:accept", "r:1:decline"),
                    List.of("r:1:card"));
        });
        assertThat(placements.of(number)).hasSize(2);
    }
}
