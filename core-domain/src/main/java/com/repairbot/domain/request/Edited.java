package com.repairbot.domain.request;

/**
 * The result of {@link RepairRequest#edit}.
 *
 * @param request the request after the change
 * @param event   what happened
 */
public record Edited(RepairRequest request, RequestEdited event) {
}
