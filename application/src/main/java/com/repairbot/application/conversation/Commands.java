package com.repairbot.application.conversation;

import com.repairbot.domain.staff.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The one catalogue of commands: what each is called (and its older names), who it is for, in which of the channel's
 * menus it is listed, and its description ({@code command.<name>} in the application's texts). The application routes
 * by it, {@code /help} lists what a person's roles allow from it, Telegram's command menus and the terminal's help
 * are made from it. Adding a command is a constant here, its case in the dialogs' {@code Actions}, and its texts.
 */
public enum Commands {

    START("start", List.of(), Set.of(), EnumSet.of(Listing.EVERYONE)),
    MENU("menu", List.of(), Set.of(), EnumSet.of(Listing.PRIVATE, Listing.GROUP, Listing.ADMIN)),
    NEW("new", List.of(), EnumSet.of(Role.DISPATCHER, Role.ADMIN), EnumSet.of(Listing.PRIVATE, Listing.ADMIN)),
    LIST("list", List.of(), EnumSet.of(Role.DISPATCHER, Role.ADMIN), EnumSet.of(Listing.PRIVATE, Listing.ADMIN)),
    MY("my", List.of("mine"), EnumSet.of(Role.TECHNICIAN),
            EnumSet.of(Listing.PRIVATE, Listing.GROUP, Listing.ADMIN)),
    CARD("card", List.of("r"), Set.of(), EnumSet.of(Listing.PRIVATE, Listing.GROUP, Listing.ADMIN)),
    // for someone outside the office, reports and exports are their own statistics: listed for everyone on staff
    REPORTS("reports", List.of(), Set.of(), EnumSet.of(Listing.PRIVATE, Listing.ADMIN)),
    REPORT("report", List.of(), Set.of(), EnumSet.of(Listing.PRIVATE, Listing.ADMIN)),
    MYSTATS("mystats", List.of(), EnumSet.of(Role.TECHNICIAN), EnumSet.of(Listing.PRIVATE, Listing.GROUP)),
    EXPORT("export", List.of(), Set.of(), EnumSet.of(Listing.PRIVATE, Listing.ADMIN)),
    STAFF("staff", List.of("technicians"), EnumSet.of(Role.DISPATCHER, Role.ADMIN), EnumSet.of(Listing.ADMIN)),
    ADDTECH("addtech", List.of(), EnumSet.of(Role.ADMIN), EnumSet.of(Listing.ADMIN)),
    GRANT("grant", List.of(), EnumSet.of(Role.ADMIN), EnumSet.of(Listing.ADMIN)),
    REVOKE("revoke", List.of(), EnumSet.of(Role.ADMIN), EnumSet.of(Listing.ADMIN)),
    AUDIT("audit", List.of(), EnumSet.of(Role.ADMIN), EnumSet.of(Listing.ADMIN)),
    // staff find requests (a technician their own): by number, phone, name or address
    FIND("find", List.of("search"), Set.of(), EnumSet.of(Listing.PRIVATE, Listing.ADMIN)),
    CANCEL("cancel", List.of("back", "skip"), Set.of(), EnumSet.of(Listing.PRIVATE, Listing.ADMIN)),
    LANG("lang", List.of(), Set.of(), EnumSet.of(Listing.PRIVATE, Listing.ADMIN)),
    /** The client's side (ADR 0030), for staff to test it; a client has it anyway. */
    CLIENT("client", List.of(), Set.of(), EnumSet.of(Listing.PRIVATE, Listing.ADMIN)),
    HELP("help", List.of(), Set.of(), EnumSet.of(Listing.EVERYONE, Listing.PRIVATE, Listing.ADMIN));

    /**
     * The lists a channel shows people to help them find commands (Telegram: one per scope). They only help: every
     * command is checked on the server anyway.
     */
    public enum Listing {
        /** Anyone, also people who are not staff. */
        EVERYONE,
        /** Every private chat: a channel may not tell a dispatcher's from a technician's, so it serves both. */
        PRIVATE,
        /** Work groups: a technician's requests and own statistics. */
        GROUP,
        /** An admin's own chat. */
        ADMIN
    }

    private static final String BUNDLE = "com.repairbot.application.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String word;
    private final List<String> aliases;
    private final Set<Role> roles;
    private final Set<Listing> listings;

    Commands(String word, List<String> aliases, Set<Role> roles, Set<Listing> listings) {
        this.word = word;
        this.aliases = aliases;
        this.roles = roles;
        this.listings = listings;
    }

    /** @return the command's name as typed without the slash, e.g. {@code new} */
    public String word() {
        return word;
    }

    /** @return the command a typed name means (its name or an older one), if any */
    public static Optional<Commands> named(String typed) {
        return Arrays.stream(values())
                .filter(command -> command.word.equals(typed) || command.aliases.contains(typed))
                .findFirst();
    }

    /** @return whether a person with these roles is meant to use it (empty roles: everyone on staff) */
    public boolean isFor(Set<Role> roles) {
        return this.roles.isEmpty() || this.roles.stream().anyMatch(roles::contains);
    }

    /** @return the commands of one list, in the catalogue's order */
    public static List<Commands> listedIn(Listing listing) {
        return Arrays.stream(values()).filter(command -> command.listings.contains(listing)).toList();
    }

    /** @return the commands for a person with these roles, in the catalogue's order */
    public static List<Commands> forRoles(Set<Role> roles) {
        return Arrays.stream(values()).filter(command -> command.isFor(roles)).toList();
    }

    /** @return the description in that language (Russian unless English), e.g. for a channel's command menu */
    public String description(Locale language) {
        Locale file = language != null && "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        try {
            return ResourceBundle.getBundle(BUNDLE, file, Commands.class.getClassLoader(), NO_FALLBACK)
                    .getString(key());
        } catch (MissingResourceException e) {
            return "[" + key() + "]";
        }
    }

    /** @return the key of its description in the application's texts */
    public String key() {
        return "command." + word;
    }
}
