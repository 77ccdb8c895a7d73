package com.repairbot.application.assembly;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.PostedMessage;
import com.repairbot.domain.staff.ChatId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The channel's messenger for a core that is assembled before the channel (the channel needs the core's engine,
 * the core needs the channel's messenger). Every method of {@link Messenger} is forwarded, {@code post} and
 * {@code replace} included: a lambda over {@code send} alone would make every card edit a new message.
 * Give it to {@link Core.Builder#messenger}, build the channel, then {@link #bind} the channel's messenger.
 */
public final class LateBoundMessenger implements Messenger {

    private final AtomicReference<Messenger> target = new AtomicReference<>();

    /** @param messenger the channel's messenger, once the channel exists */
    public void bind(Messenger messenger) {
        if (!target.compareAndSet(null, Objects.requireNonNull(messenger, "messenger"))) {
            throw new IllegalStateException("the messenger is bound already");
        }
    }

    private Messenger target() {
        Messenger messenger = target.get();
        if (messenger == null) {
            throw new IllegalStateException("nothing can be sent before the channel is built");
        }
        return messenger;
    }

    @Override
    public void send(ChatId chat, Outbound message) {
        target().send(chat, message);
    }

    @Override
    public Optional<PostedMessage> post(ChatId chat, Outbound message) {
        return target().post(chat, message);
    }

    @Override
    public Optional<PostedMessage> replace(PostedMessage earlier, Outbound message) {
        return target().replace(earlier, message);
    }
}
