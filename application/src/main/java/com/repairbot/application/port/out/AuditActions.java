package com.repairbot.application.port.out;

/**
 * The stable names of audit actions that the services write and the audit screen reads back into words: one
 * place, so that the two never drift apart. Moves are {@link #REQUEST} followed by the transition's intent
 * ({@code request.accept}), edits {@link #REQUEST_EDIT} followed by the field's code ({@code request.edit.address});
 * staff changes are {@code role.grant}, {@code technician.add} and the like.
 */
public final class AuditActions {

    /** The prefix of every action on a request. */
    public static final String REQUEST = "request.";
    /** A request was entered; the details hold the appliance's code. */
    public static final String REQUEST_CREATE = REQUEST + "create";
    /** The office reminded the technician that the client is waiting. */
    public static final String REQUEST_PING = REQUEST + "ping";
    /** The prefix of an edit of a field. */
    public static final String REQUEST_EDIT = REQUEST + "edit.";

    private AuditActions() {
    }
}
