package com.repairbot.bootstrap.errors;

import com.repairbot.application.port.in.HandleInboundUseCase;
import java.util.Map;
import java.util.Optional;

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

    /**
     * @param env the environment
     * @return Sentry reporting started when a DSN is set, else {@link #NONE} (and no class of the SDK loaded)
     * @throws com.repairbot.bootstrap.ConfigurationException naming a bad {@code SENTRY_*} variable
     */
    static ErrorReporting from(Map<String, String> env) {
        // no method reference: linking one would load SentryReporting, and with it the SDK, even without a DSN
        Optional<ErrorReportingSettings> settings = ErrorReportingSettings.from(env);
        return settings.isPresent() ? SentryReporting.start(settings.get()) : NONE;
    }

    /** @return the handler, leaving breadcrumbs of each update it handles where errors are reported */
    HandleInboundUseCase traced(HandleInboundUseCase handler);

    @Override
    void close();
}
