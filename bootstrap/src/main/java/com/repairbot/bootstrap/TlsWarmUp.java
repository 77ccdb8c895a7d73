package com.repairbot.bootstrap;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Reads the JVM's trusted certificates on a thread of its own while the bot opens its stores. Every HTTPS client
 * reads them before its first call (OkHttp as it is built, the hot calls' connections at their first handshake):
 * a fifth of the start-up's main thread in JFR. The JDK keeps what it read for the next reader as long as somebody
 * holds it, so the trust managers read here are held until {@link #close()}.
 */
final class TlsWarmUp implements AutoCloseable {

    private final CompletableFuture<TrustManager[]> read;

    private TlsWarmUp() {
        this.read = CompletableFuture.supplyAsync(TlsWarmUp::trustManagers,
                work -> Thread.ofPlatform().name("tls-warm-up").daemon(true).start(work));
    }

    /** Starts reading the trusted certificates. */
    static TlsWarmUp start() {
        return new TlsWarmUp();
    }

    private static TrustManager[] trustManagers() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            return factory.getTrustManagers();
        } catch (NoSuchAlgorithmException | KeyStoreException | RuntimeException unusual) {
            return new TrustManager[0]; // whoever needs them reads them, and says what is wrong
        }
    }

    /** Lets go of what was read (the clients hold their own by now); waits for the reading first. */
    @Override
    public void close() {
        read.join();
    }
}
