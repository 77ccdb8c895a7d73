package com.repairbot.bootstrap.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/** An exception as the log shows it, with its message (and those of its causes) masked. */
final class MaskedThrowable implements IThrowableProxy {

    private final IThrowableProxy original;

    private MaskedThrowable(IThrowableProxy original) {
        this.original = original;
    }

    static IThrowableProxy of(IThrowableProxy original) {
        return original == null || original instanceof MaskedThrowable ? original : new MaskedThrowable(original);
    }

    @Override
    public String getMessage() {
        return LogMasking.mask(original.getMessage());
    }

    @Override
    public String getOverridingMessage() {
        return LogMasking.mask(original.getOverridingMessage());
    }

    @Override
    public String getClassName() {
        return original.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
        return original.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
        return original.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
        // a cyclic cause chain is cut by logback itself (isCyclic), so wrapping lazily never loops
        return of(original.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
        IThrowableProxy[] suppressed = original.getSuppressed();
        if (suppressed == null) {
            return null;
        }
        IThrowableProxy[] masked = new IThrowableProxy[suppressed.length];
        for (int i = 0; i < suppressed.length; i++) {
            masked[i] = of(suppressed[i]);
        }
        return masked;
    }

    @Override
    public boolean isCyclic() {
        return original.isCyclic();
    }
}
