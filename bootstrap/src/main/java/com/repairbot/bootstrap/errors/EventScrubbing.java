package com.repairbot.bootstrap.errors;

import com.repairbot.bootstrap.logging.LogMasking;
import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.SentryException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What runs on every event and breadcrumb before it leaves the process: the logs' own masking
 * ({@link LogMasking}: no token, phones, e-mails, personal JSON fields and statement arguments masked) on every
 * text an event carries — the message, each exception's text down the causes, the breadcrumbs, extras and tags —
 * and no request or user data at all.
 */
final class EventScrubbing implements SentryOptions.BeforeSendCallback, SentryOptions.BeforeBreadcrumbCallback {

    @Override
    public SentryEvent execute(SentryEvent event, Hint hint) {
        event.setRequest(null);
        event.setUser(null);
        Message message = event.getMessage();
        if (message != null) {
            message.setFormatted(LogMasking.mask(message.getFormatted()));
            message.setMessage(LogMasking.mask(message.getMessage()));
            message.setParams(null); // the raw arguments: the formatted text, masked, says it all
        }
        List<SentryException> exceptions = event.getExceptions();
        if (exceptions != null) {
            exceptions.forEach(exception -> exception.setValue(LogMasking.mask(exception.getValue())));
        }
        List<Breadcrumb> breadcrumbs = event.getBreadcrumbs();
        if (breadcrumbs != null) {
            breadcrumbs.forEach(EventScrubbing::scrub);
        }
        if (event.getExtras() != null) {
            event.setExtras(masked(event.getExtras()));
        }
        if (event.getTags() != null) {
            Map<String, String> tags = new LinkedHashMap<>();
            event.getTags().forEach((key, value) -> tags.put(key, LogMasking.mask(value)));
            event.setTags(tags);
        }
        event.setTransaction(LogMasking.mask(event.getTransaction()));
        return event;
    }

    @Override
    public Breadcrumb execute(Breadcrumb breadcrumb, Hint hint) {
        return scrub(breadcrumb);
    }

    private static Breadcrumb scrub(Breadcrumb breadcrumb) {
        breadcrumb.setMessage(LogMasking.mask(breadcrumb.getMessage()));
        Map<String, Object> data = masked(breadcrumb.getData());
        data.keySet().forEach(key -> breadcrumb.setData(key, data.get(key)));
        return breadcrumb;
    }

    private static Map<String, Object> masked(Map<String, Object> values) {
        Map<String, Object> masked = new LinkedHashMap<>();
        values.forEach((key, value) -> masked.put(key, value == null ? null : LogMasking.mask(String.valueOf(value))));
        return masked;
    }
}
