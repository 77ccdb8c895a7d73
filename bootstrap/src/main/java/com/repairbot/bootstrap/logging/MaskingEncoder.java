package com.repairbot.bootstrap.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

/**
 * Wraps any encoder (the text pattern or logback's {@code JsonEncoder}) so that it only ever sees
 * {@link MaskedEvent}s: the same masking in every format, for the message and the exception text alike.
 * Set up by {@link LoggingSetup} (in a logback.xml of one's own:
 * {@code <encoder class="...MaskingEncoder"><encoder class="...JsonEncoder"/></encoder>}).
 */
public final class MaskingEncoder extends EncoderBase<ILoggingEvent> {

    private Encoder<ILoggingEvent> encoder;

    /** @param encoder the encoder that writes the masked events */
    public void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    @Override
    public void start() {
        if (encoder == null) {
            addError("MaskingEncoder needs a nested <encoder>");
            return;
        }
        if (encoder.getContext() == null) {
            encoder.setContext(getContext());
        }
        if (!encoder.isStarted()) {
            encoder.start();
        }
        super.start();
    }

    @Override
    public void stop() {
        if (encoder != null) {
            encoder.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return encoder.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return encoder.encode(new MaskedEvent(event));
    }

    @Override
    public byte[] footerBytes() {
        return encoder.footerBytes();
    }
}
