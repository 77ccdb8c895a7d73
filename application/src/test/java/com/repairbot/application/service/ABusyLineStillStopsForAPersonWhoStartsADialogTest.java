package com.repairbot.application.service;

import static com.repairbot.application.service.World.await;
import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.privateChat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Defect found with the load rig: a person's notifications were held only if they were answering a dialog when their
 * line started. A line kept busy by a burst (each new request adds to it while it is still sending) never asked again,
 * so a dispatcher who started a dialog meanwhile got every announcement of the burst between their steps. Now a busy
 * line asks again before each send (at first at most once a second; see
 * {@link WhatIsLetOutAfterADialogIsHeldAgainWhenTheNextOneStartsTest}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ABusyLineStillStopsForAPersonWhoStartsADialogTest extends HeldAnnouncementsFixture {

    ABusyLineStillStopsForAPersonWhoStartsADialogTest() {
        super(privateChat(ADMIN));
    }

    @Test
    void a_line_kept_busy_by_a_burst_holds_the_rest_once_the_person_starts_answering_a_dialog() throws Exception {
        world.newRequest();
        relay.deliverDue(10, perChat);
        assertThat(messenger.onTheWire.await(10, TimeUnit.SECONDS)).isTrue(); // the admin's line is sending #1

        // meanwhile the admin starts a dialog, and the burst goes on: #2 joins the admin's busy line
        adminAnswersAStep();
        world.newRequest();
        relay.deliverDue(10, perChat);
        messenger.letGo.countDown();

        await(() -> relay.held() == 1);
        assertThat(messenger.to(privateChat(ADMIN))).as("only what was on the wire before the dialog").isEqualTo(1);

        adminsDialogEnds();
        relay.deliverDue(10, perChat);
        await(() -> messenger.to(privateChat(ADMIN)) == 2 && relay.held() == 0);
    }

}
