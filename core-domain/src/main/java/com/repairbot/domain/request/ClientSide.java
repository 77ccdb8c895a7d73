package com.repairbot.domain.request;

import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a request knows of the client's own account with the bot: whose request it is (the client who sent it, or
 * the client whose shared phone a dispatcher entered), whether the client sent it, the photos of the defect, the
 * client's rating once closed, and whether the client cancelled it.
 *
 * @param account    the client's user id, when a client is linked; only they act on it as its client
 * @param fromClient whether the client entered it themselves (the card says "from a client")
 * @param photos     up to {@link Photo#MAX_PER_REQUEST} photos, in the order sent
 * @param rating     the client's rating, given once on a closed request
 * @param cancelled  whether the client cancelled it (it is REFUSED by the client's own move)
 */
public record ClientSide(Optional<UserId> account, boolean fromClient, List<Photo> photos, Optional<Rating> rating,
                         boolean cancelled) {

    /** A request with no client account: entered by the office for a client unknown to the bot. */
    public static final ClientSide NONE = new ClientSide(Optional.empty(), false, List.of(), Optional.empty(), false);

    public ClientSide {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(rating, "rating");
        photos = List.copyOf(photos);
        if (photos.size() > Photo.MAX_PER_REQUEST) {
            throw new com.repairbot.domain.shared.InvalidValueException("photo.count", 0, Photo.MAX_PER_REQUEST);
        }
        if (fromClient && account.isEmpty()) {
            throw new IllegalArgumentException("a request from a client names the client's account");
        }
    }

    /** @return a request sent by that client with those photos */
    public static ClientSide fromClient(UserId account, List<Photo> photos) {
        return new ClientSide(Optional.of(account), true, photos, Optional.empty(), false);
    }

    /** @return a request entered by the office and linked to the client who shared that phone */
    public static ClientSide linkedTo(UserId account) {
        return new ClientSide(Optional.of(account), false, List.of(), Optional.empty(), false);
    }

    /** @return whether that user is this request's client */
    public boolean isClient(UserId user) {
        return account.filter(user::equals).isPresent();
    }

    ClientSide rated(Rating given) {
        return new ClientSide(account, fromClient, photos, Optional.of(given), cancelled);
    }

    ClientSide cancelled(boolean now) {
        return now == cancelled ? this : new ClientSide(account, fromClient, photos, rating, now);
    }
}
