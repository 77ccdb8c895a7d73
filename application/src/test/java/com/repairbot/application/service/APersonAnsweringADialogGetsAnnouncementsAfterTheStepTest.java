package com.repairbot.application.service;

import static com.repairbot.application.service.World.await;
import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.OTHER_DISPATCHER;
import static com.repairbot.application.service.World.privateChat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A dispatcher in the middle of a dialog got other people's announcements between two steps, so the question
 * they were answering, with its buttons, scrolled away (the load rig saw an announcement inside 105 of 497
 * dialogs). Now a person who answered a step within the last minute gets their notifications once
 * the dialog ends or goes quiet, in order, and never later than 90 s after they were first held.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class APersonAnsweringADialogGetsAnnouncementsAfterTheStepTest extends HeldAnnouncementsFixture {

    APersonAnsweringADialogGetsAnnouncementsAfterTheStepTest() {
        super(null);
    }

    @Test
    void the_announcements_wait_until_the_dialog_ends_and_then_come_in_order() throws Exception {
        adminAnswersAStep();
        world.newRequest();
        world.newRequest();

        assertThat(relay.deliverDue(10, perChat)).isEqualTo(4);
        await(() -> messenger.to(privateChat(OTHER_DISPATCHER)) == 2 && relay.held() == 2);
        assertThat(messenger.to(privateChat(ADMIN))).as("held while the admin answers").isZero();

        world.clock.advance(Duration.ofSeconds(20));
        adminAnswersAStep();
        relay.deliverDue(10, perChat);
        assertThat(relay.held()).as("the next step answered: still held").isEqualTo(2);

        conversations.delete(adminsDialog); // the dialog ended (confirmed, cancelled)
        relay.deliverDue(10, perChat);
        await(() -> messenger.to(privateChat(ADMIN)) == 2 && relay.idle());
        List<String> admins = messenger.sent.stream().filter(s -> s.startsWith(privateChat(ADMIN).value() + " "))
                .toList();
        assertThat(admins.get(0)).as("in the order they were made").contains("#1");
        assertThat(admins.get(1)).contains("#2");
        assertThat(world.outbox.size()).isZero();
    }

    @Test
    void a_dialog_left_quiet_for_a_minute_holds_nothing() throws Exception {
        adminAnswersAStep();
        world.clock.advance(Duration.ofSeconds(61));
        world.newRequest();

        relay.deliverDue(10, perChat);

        await(() -> messenger.to(privateChat(ADMIN)) == 1);
        assertThat(relay.held()).isZero();
    }

    @Test
    void nothing_is_held_longer_than_ninety_seconds_however_busy_the_dialog() throws Exception {
        adminAnswersAStep();
        world.newRequest();
        relay.deliverDue(10, perChat);
        await(() -> relay.held() == 1);

        for (int i = 0; i < 4; i++) {
            world.clock.advance(Duration.ofSeconds(20));
            adminAnswersAStep();
            relay.deliverDue(10, perChat);
        }
        assertThat(relay.held()).as("80 s: still held").isEqualTo(1);

        world.clock.advance(Duration.ofSeconds(11));
        adminAnswersAStep();
        relay.deliverDue(10, perChat);
        await(() -> messenger.to(privateChat(ADMIN)) == 1 && relay.held() == 0);
    }

}
