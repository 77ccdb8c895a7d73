package com.repairbot.application.memory;

import com.repairbot.application.port.out.UnreachableChats;
import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.domain.staff.ChatId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Unreachable chats in memory, for the terminal and tests. */
public final class InMemoryUnreachableChats implements UnreachableChats {

    private final ConcurrentSkipListMap<Long, UnreachableMark> marks = new ConcurrentSkipListMap<>();

    @Override
    public void mark(UnreachableMark mark) {
        marks.merge(mark.chat().value(), mark,
                (earlier, now) -> new UnreachableMark(earlier.chat(), now.reason(), earlier.since()));
    }

    @Override
    public boolean clear(ChatId chat) {
        return marks.remove(chat.value()) != null;
    }

    @Override
    public Optional<UnreachableMark> find(ChatId chat) {
        return Optional.ofNullable(marks.get(chat.value()));
    }

    @Override
    public List<UnreachableMark> all() {
        return List.copyOf(marks.values());
    }
}
