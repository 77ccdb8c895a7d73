package com.repairbot.application.conversation;

import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;
import java.util.Optional;

/** What a person sent, independent of the channel. */
public sealed interface Input {

    /**
     * Typed text.
     *
     * @param text the text as sent
     */
    record Text(String text) implements Input {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A command such as {@code /new} or {@code /card 12}.
     *
     * @param name     the command without slash, lower case
     * @param argument what followed it, trimmed (may be empty)
     */
    record Command(String name, String argument) implements Input {
        public Command {
            Objects.requireNonNull(name, "name");
            argument = argument == null ? "" : argument.strip();
        }
    }

    /**
     * A pressed option (an inline button): only a reference, re-checked before anything is done.
     *
     * @param data the option's data
     */
    record Choice(String data) implements Input {
        public Choice {
            Objects.requireNonNull(data, "data");
        }
    }

    /**
     * A shared contact card.
     *
     * @param phone the phone number on it
     * @param owner the user the contact belongs to, when the channel knows it
     * @param name  the name on the contact (for one's own contact: the profile name), when there is one
     */
    record Contact(String phone, Optional<UserId> owner, Optional<String> name) implements Input {
        public Contact {
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(name, "name");
        }

        /** A contact without a name. */
        public Contact(String phone, Optional<UserId> owner) {
            this(phone, owner, Optional.empty());
        }

        @Override
        public String toString() {
            return "Contact[" + com.repairbot.domain.privacy.Masking.phone(phone) + "]";
        }
    }

    /**
     * A chat chosen with the channel's "choose a chat" button (Telegram's {@code chat_shared}).
     *
     * @param chat the chosen chat
     */
    record SharedChat(ChatId chat) implements Input {
        public SharedChat {
            Objects.requireNonNull(chat, "chat");
        }
    }

    /**
     * A photo, kept by the channel's own reference (Telegram's {@code file_id}; the product never downloads it).
     *
     * @param fileId the channel's reference to the photo
     */
    record Photo(String fileId) implements Input {
        public Photo {
            Objects.requireNonNull(fileId, "fileId");
        }
    }

    /** Anything the product does not read (stickers, voice, files...). */
    record Unsupported() implements Input {
    }
}
