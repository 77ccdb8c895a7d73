package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.UnreachableChats;
import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.application.port.out.UnreachableMark.Reason;
import com.repairbot.domain.staff.ChatId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What every {@link UnreachableChats} must do. An adapter's test says how to make an empty one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class UnreachableChatsContract {

    private static final ChatId PERSON = new ChatId(300);
    private static final ChatId GROUP = new ChatId(-1_001_234_567_890L);
    private static final Instant T1 = Instant.parse("2026-03-10T09:00:00.123456Z");
    private static final Instant T2 = Instant.parse("2026-03-11T10:30:00Z");

    private UnreachableChats chats;

    /** @return an empty store, new for each test */
    protected abstract UnreachableChats newStore();

    @BeforeEach
    void startEmpty() {
        chats = newStore();
    }

    @Test
    void a_chat_never_marked_is_reachable() {
        assertThat(chats.find(PERSON)).isEmpty();
        assertThat(chats.all()).isEmpty();
        assertThat(chats.clear(PERSON)).isFalse();
    }

    @Test
    void a_mark_is_kept_with_its_reason_and_time_to_the_microsecond() {
        UnreachableMark blocked = new UnreachableMark(PERSON, Reason.BLOCKED, T1);

        chats.mark(blocked);

        assertThat(chats.find(PERSON)).contains(blocked);
        assertThat(chats.find(GROUP)).isEmpty();
    }

    @Test
    void marking_again_keeps_the_first_time_and_takes_the_new_reason() {
        chats.mark(new UnreachableMark(GROUP, Reason.REMOVED, T1));

        chats.mark(new UnreachableMark(GROUP, Reason.GONE, T2));

        assertThat(chats.find(GROUP)).contains(new UnreachableMark(GROUP, Reason.GONE, T1));
        assertThat(chats.all()).hasSize(1);
    }

    @Test
    void clearing_removes_the_mark_once() {
        chats.mark(new UnreachableMark(PERSON, Reason.BLOCKED, T1));

        assertThat(chats.clear(PERSON)).isTrue();
        assertThat(chats.clear(PERSON)).isFalse();
        assertThat(chats.find(PERSON)).isEmpty();
    }

    @Test
    void all_marks_come_in_ascending_chat_id_order() {
        chats.mark(new UnreachableMark(PERSON, Reason.BLOCKED, T1));
        chats.mark(new UnreachableMark(GROUP, Reason.REMOVED, T2));
        chats.mark(new UnreachableMark(new ChatId(5), Reason.GONE, T2));

        assertThat(chats.all()).extracting(mark -> mark.chat().value()).containsExactly(GROUP.value(), 5L, 300L);
    }
}
