package com.repairbot.application.port.out;

import java.util.Optional;

/** A message could not be sent. */
public final class DeliveryException extends RuntimeException {

    private final boolean permanent;
    private final transient UnreachableMark.Reason unreachable;

    /**
     * @param message   what went wrong (never the bot token or personal data)
     * @param permanent whether retrying cannot help (e.g. the user blocked the bot)
     */
    public DeliveryException(String message, boolean permanent) {
        this(message, permanent, Optional.empty());
    }

    /**
     * @param message     what went wrong (never the bot token or personal data)
     * @param permanent   whether retrying cannot help
     * @param unreachable why the chat itself cannot be written to any more (blocked, removed, gone); empty when
     *                    only this message was refused (e.g. not acceptable as it is) or the failure may pass
     */
    public DeliveryException(String message, boolean permanent, Optional<UnreachableMark.Reason> unreachable) {
        super(message);
        this.permanent = permanent || unreachable.isPresent();
        this.unreachable = unreachable.orElse(null);
    }

    /** @return whether retrying cannot help */
    public boolean permanent() {
        return permanent;
    }

    /** @return why the chat cannot be written to any more, when that is why the message was refused */
    public Optional<UnreachableMark.Reason> unreachable() {
        return Optional.ofNullable(unreachable);
    }
}
