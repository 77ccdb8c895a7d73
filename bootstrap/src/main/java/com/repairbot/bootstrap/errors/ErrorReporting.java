package com.repairbot.bootstrap.errors;

import com.repairbot.application.port.in.HandleInboundUseCase;

/**
 * Where errors go besides the log: to Sentry when {@code SENTRY_DSN} or {@code SENTRY_DSN_FILE} is set
 * ({@link SentryReporting}), nowhere otherwise ({@link #NONE}).
 */
public interface ErrorReporting extends AutoCloseable {

    /** Reports nothing; the log alone has the errors. */
    ErrorReporting NONE = new ErrorReporting() {
        @Override
        public HandleInboundUseCase traced(HandleInboundUseCase handler) {
            return handler;
        }

        @Override
        public void close() {
        }
    };

    /** @return the handler, leaving breadcrumbs of each update it handles where errors are reported */
    HandleInboundUseCase traced(HandleInboundUseCase handler);

    @Override
    void close();
}
