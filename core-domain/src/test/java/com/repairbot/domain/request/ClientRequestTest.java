package com.repairbot.domain.request;

import static com.repairbot.domain.request.Fixtures.AT;
import static com.repairbot.domain.request.Fixtures.CLIENT;
import static com.repairbot.domain.request.Fixtures.CLIENT_ID;
import static com.repairbot.domain.request.Fixtures.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.UserId;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The client's side of a request: sending one with photos, cancelling while NEW or ASSIGNED, rating once closed. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClientRequestTest {

    private static final Actor ANOTHER_CLIENT = Actor.of(new UserId(700));

    @Test
    void a_client_sends_a_request_of_their_own_with_photos() {
        RequestCreated.WithRequest created = RepairRequest.submit(NUMBER, Fixtures.draft(), CLIENT,
                List.of(new Photo("AgACAgIAAxkBAAIB"), new Photo("AgACAgIAAxkBAAIC")), AT);

        RepairRequest request = created.request();
        assertThat(request.status()).isEqualTo(Status.NEW);
        assertThat(request.dispatcher()).isEqualTo(CLIENT_ID);
        assertThat(request.clientSide().account()).contains(CLIENT_ID);
        assertThat(request.clientSide().fromClient()).isTrue();
        assertThat(request.clientSide().photos()).extracting(Photo::fileId)
                .containsExactly("AgACAgIAAxkBAAIB", "AgACAgIAAxkBAAIC");
        assertThat(created.event().by()).isEqualTo(CLIENT_ID);
    }

    @Test
    void the_office_links_a_phoned_in_request_to_the_client_who_shared_the_phone_and_only_the_office_may() {
        RepairRequest linked = RepairRequest.create(NUMBER, Fixtures.draft(), Fixtures.DISPATCHER,
                Optional.of(CLIENT_ID), AT).request();

        assertThat(linked.clientSide().isClient(CLIENT_ID)).isTrue();
        assertThat(linked.clientSide().fromClient()).isFalse();
        assertThatThrownBy(() -> RepairRequest.create(NUMBER, Fixtures.draft(), CLIENT, Optional.of(CLIENT_ID), AT))
                .isInstanceOf(ActionNotPermittedException.class);
    }

    @Test
    void at_most_five_photos_and_only_references_made_of_safe_characters() {
        List<Photo> six = Collections.nCopies(6, new Photo("abc"));

        assertThatThrownBy(() -> RepairRequest.submit(NUMBER, Fixtures.draft(), CLIENT, six, AT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("photo.count");
        assertThatThrownBy(() -> new Photo("../etc/passwd")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Photo("")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_client_cancels_a_new_request_without_a_reason_by_the_row_of_their_own() {
        Moved moved = Fixtures.inStatus(Status.NEW).move(CLIENT, Status.REFUSED, MoveDetails.NONE, AT);

        assertThat(moved.request().status()).isEqualTo(Status.REFUSED);
        assertThat(moved.request().clientSide().cancelled()).isTrue();
        assertThat(moved.request().refusal()).isEmpty();
        assertThat(moved.event().orElseThrow().action()).isEqualTo("cancel");
        assertThat(moved.event().orElseThrow().by()).isEqualTo(CLIENT_ID);
    }

    @Test
    void the_client_cancels_an_assigned_request_with_a_reason_and_the_technician_is_still_named() {
        Moved moved = Fixtures.inStatus(Status.ASSIGNED).move(CLIENT, Status.REFUSED,
                new RefusalReason("уже починили сами"), AT);

        assertThat(moved.request().refusal()).map(RefusalReason::value).contains("уже починили сами");
        assertThat(moved.event().orElseThrow().action()).isEqualTo("cancel");
        assertThat(moved.event().orElseThrow().previousTechnician()).contains(Fixtures.TECHNICIAN_ID);
    }

    @Test
    void a_refusal_by_the_office_is_not_a_cancel_by_the_client() {
        Moved moved = Fixtures.inStatus(Status.NEW).move(Fixtures.DISPATCHER, Status.REFUSED,
                Fixtures.refusalReason(), AT);

        assertThat(moved.event().orElseThrow().action()).isEqualTo("refuse");
        assertThat(moved.request().clientSide().cancelled()).isFalse();
        assertThatThrownBy(() -> Fixtures.inStatus(Status.NEW).move(Fixtures.DISPATCHER, Status.REFUSED,
                MoveDetails.NONE, AT)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void reopening_a_cancelled_request_clears_the_mark() {
        RepairRequest cancelled = Fixtures.inStatus(Status.NEW).move(CLIENT, Status.REFUSED, MoveDetails.NONE, AT)
                .request();

        RepairRequest reopened = cancelled.move(Fixtures.DISPATCHER, Status.NEW, MoveDetails.NONE, AT).request();

        assertThat(reopened.clientSide().cancelled()).isFalse();
        assertThat(reopened.clientSide().account()).contains(CLIENT_ID);
    }

    @Test
    void another_client_cannot_cancel_and_nobody_cancels_once_the_technician_accepted() {
        assertThatThrownBy(() -> Fixtures.inStatus(Status.NEW).move(ANOTHER_CLIENT, Status.REFUSED,
                MoveDetails.NONE, AT)).isInstanceOf(MoveNotPermittedException.class);
        assertThatThrownBy(() -> Fixtures.inStatus(Status.ACCEPTED).move(CLIENT, Status.REFUSED,
                MoveDetails.NONE, AT)).isInstanceOf(MoveNotPermittedException.class);
        assertThat(TransitionTable.standard().available(CLIENT, Fixtures.inStatus(Status.ASSIGNED)))
                .extracting(Transition::action).containsExactly("cancel");
        assertThat(TransitionTable.standard().available(ANOTHER_CLIENT, Fixtures.inStatus(Status.ASSIGNED))).isEmpty();
    }

    @Test
    void the_client_rates_a_closed_request_once() {
        RequestRated.WithRequest rated = Fixtures.inStatus(Status.CLOSED).rate(CLIENT,
                new Rating(5, Optional.of("  быстро и аккуратно ")), AT);

        assertThat(rated.request().clientSide().rating()).contains(new Rating(5, Optional.of("быстро и аккуратно")));
        assertThat(rated.request().version()).isEqualTo(Fixtures.VERSION + 1);
        assertThat(rated.event().historyEntry().comment()).isEqualTo("rating:5 быстро и аккуратно");
        assertThatThrownBy(() -> rated.request().rate(CLIENT, Rating.of(1), AT))
                .isInstanceOfSatisfying(ActionNotPermittedException.class,
                        e -> assertThat(e.action()).isEqualTo("rate.again"));
    }

    @Test
    void only_its_client_rates_and_only_once_closed() {
        assertThatThrownBy(() -> Fixtures.inStatus(Status.CLOSED).rate(ANOTHER_CLIENT, Rating.of(1), AT))
                .isInstanceOfSatisfying(ActionNotPermittedException.class,
                        e -> assertThat(e.action()).isEqualTo("rate"));
        assertThatThrownBy(() -> Fixtures.inStatus(Status.CLOSED).rate(Fixtures.ADMIN, Rating.of(1), AT))
                .isInstanceOf(ActionNotPermittedException.class);
        assertThatThrownBy(() -> Fixtures.inStatus(Status.ONSITE).rate(CLIENT, Rating.of(4), AT))
                .isInstanceOf(ActionNotPermittedException.class);
    }

    @Test
    void a_rating_is_one_to_five_with_an_optional_comment_printed_masked() {
        assertThatThrownBy(() -> Rating.of(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Rating.of(6)).isInstanceOf(InvalidValueException.class);
        assertThat(new Rating(3, Optional.of("   ")).comment()).isEmpty();
        assertThat(new Rating(2, Optional.of("звоните +79991234567")).toString()).doesNotContain("9991234567");
    }
}
