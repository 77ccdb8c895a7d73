package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.CardPlacement;
import com.repairbot.application.port.out.CardPlacements;
import com.repairbot.application.port.out.PostedMessage;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What every {@link CardPlacements} must do. An adapter's test says how to make an empty one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class CardPlacementsContract {

    private static final RequestNumber N7 = new RequestNumber(7);
    private static final ChatId GROUP = new ChatId(-1_001_234_567_890L);
    private static final ChatId OTHER_GROUP = new ChatId(-1_009_999_999_999L);

    private CardPlacements cards;

    /** @return an empty store, new for each test */
    protected abstract CardPlacements newStore();

    @BeforeEach
    void startEmpty() {
        cards = newStore();
    }

    @Test
    void a_card_never_posted_is_not_found() {
        assertThat(cards.find(N7, GROUP)).isEmpty();
        assertThat(cards.of(N7)).isEmpty();
    }

    @Test
    void a_remembered_card_is_found_by_its_request_and_chat() {
        CardPlacement card = new CardPlacement(N7, new PostedMessage(GROUP, 4_242));

        cards.remember(card);

        assertThat(cards.find(N7, GROUP)).contains(card);
        assertThat(cards.find(new RequestNumber(8), GROUP)).isEmpty();
    }

    @Test
    void a_card_posted_again_in_the_same_chat_replaces_the_old_one() {
        cards.remember(new CardPlacement(N7, new PostedMessage(GROUP, 1)));
        cards.remember(new CardPlacement(N7, new PostedMessage(GROUP, 2)));

        assertThat(cards.of(N7)).containsExactly(new CardPlacement(N7, new PostedMessage(GROUP, 2)));
    }

    @Test
    void a_request_has_one_card_per_chat() {
        cards.remember(new CardPlacement(N7, new PostedMessage(GROUP, 1)));
        cards.remember(new CardPlacement(N7, new PostedMessage(OTHER_GROUP, 9)));

        assertThat(cards.of(N7)).extracting(c -> c.message().messageId()).containsExactlyInAnyOrder(1L, 9L);
    }

    @Test
    void forgetting_a_chat_forgets_every_card_posted_there_and_keeps_the_others() {
        CardPlacement elsewhere = new CardPlacement(N7, new PostedMessage(OTHER_GROUP, 9));
        cards.remember(new CardPlacement(N7, new PostedMessage(GROUP, 1)));
        cards.remember(new CardPlacement(new RequestNumber(8), new PostedMessage(GROUP, 2)));
        cards.remember(elsewhere);

        int forgotten = cards.forgetChat(GROUP);

        assertThat(forgotten).isEqualTo(2);
        assertThat(cards.find(N7, GROUP)).isEmpty();
        assertThat(cards.of(new RequestNumber(8))).isEmpty();
        assertThat(cards.of(N7)).containsExactly(elsewhere);
    }

    @Test
    void forgetting_a_chat_without_cards_forgets_nothing() {
        cards.remember(new CardPlacement(N7, new PostedMessage(OTHER_GROUP, 9)));

        assertThat(cards.forgetChat(GROUP)).isZero();
        assertThat(cards.of(N7)).hasSize(1);
    }
}
