package com.repairbot.application.dialog;

import com.repairbot.application.ClientSettings;
import com.repairbot.application.port.in.ClientRequestsUseCase;
import com.repairbot.application.port.in.PhoneSharedByClientUseCase;
import com.repairbot.application.port.in.RecordClientUseCase;
import com.repairbot.application.port.in.SubmitClientRequestUseCase;
import java.util.Objects;

/**
 * What the client's dialogs drive, and whether clients are served.
 *
 * @param record   remembering a client (language, where they came from)
 * @param submit   sending a request
 * @param requests the client's own requests
 * @param phones   whether a phone the office enters belongs to a client
 * @param settings whether clients are served, and their limit of open requests
 */
public record ClientUseCases(RecordClientUseCase record, SubmitClientRequestUseCase submit,
                             ClientRequestsUseCase requests, PhoneSharedByClientUseCase phones,
                             ClientSettings settings) {

    public ClientUseCases {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(submit, "submit");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(settings, "settings");
    }

    /** @return the use cases of one service implementing all of them */
    public static <C extends RecordClientUseCase & SubmitClientRequestUseCase & ClientRequestsUseCase
            & PhoneSharedByClientUseCase> ClientUseCases of(C service, ClientSettings settings) {
        return new ClientUseCases(service, service, service, service, settings);
    }
}
