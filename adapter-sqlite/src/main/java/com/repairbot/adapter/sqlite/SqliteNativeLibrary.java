package com.repairbot.adapter.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library in a folder of ours, extracted once, and tells sqlite-jdbc to load it from
 * there ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}: its own settings). Left to itself, sqlite-jdbc
 * writes the 1 MB library into the temp folder under a new name at every start and compares it byte by byte with
 * the copy in the jar: about a quarter of the main thread's start-up (measured with JFR), and a file left behind
 * in the temp folder by every start that ends in {@code kill -9}. The kept copy is checked against the jar entry's
 * CRC (read from the jar's directory, nothing inflated) and written again when it differs or is missing; its name
 * carries sqlite-jdbc's version and the platform, so an upgrade brings its own. Whatever goes wrong here leaves
 * sqlite-jdbc to its own way: a slower start, never a failed one.
 */
final class SqliteNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    /** Once per JVM: the library is loaded once, and later databases need nothing from here. */
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private SqliteNativeLibrary() {
    }

    /**
     * Makes sure sqlite-jdbc will load its library from {@code folder}, unless it was loaded already in this JVM
     * or somebody chose a path of their own.
     */
    static void keepIn(Path folder) {
        if (!DONE.compareAndSet(false, true) || System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            Path kept = extracted(folder);
            System.setProperty(PATH_PROPERTY, kept.getParent().toString());
            System.setProperty(NAME_PROPERTY, kept.getFileName().toString());
            if (!SQLiteJDBCLoader.initialize()) {
                throw new IllegalStateException("sqlite-jdbc did not load " + kept);
            }
        } catch (Exception | LinkageError failed) {
            // sqlite-jdbc falls back to its own extraction into the temp folder
            System.clearProperty(PATH_PROPERTY);
            System.clearProperty(NAME_PROPERTY);
            LOG.info("SQLite's native library is extracted by sqlite-jdbc at each start ({}: {})",
                    folder, failed.getMessage());
        }
    }

    /** @return the library in {@code folder}, written there when missing or not equal to the jar's */
    static Path extracted(Path folder) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        URL url = SQLiteJDBCLoader.class.getResource(resource);
        if (url == null) {
            throw new IOException("no native library for this platform in sqlite-jdbc (" + resource + ")");
        }
        String platform = LibraryLoaderUtil.getNativeLibResourcePath().replaceFirst("^/org/sqlite/native/", "")
                .replace('/', '-');
        Path kept = folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + platform + "-"
                + LibraryLoaderUtil.getNativeLibName());
        long expected = crcOf(url);
        if (Files.isRegularFile(kept) && crcOf(kept) == expected) {
            return kept;
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "sqlite-", ".partial");
        try {
            try (InputStream in = url.openStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (crcOf(partial) != expected) {
                throw new IOException("the library extracted from the jar does not match its checksum");
            }
            Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return kept;
    }

    /** The jar entry's CRC from the jar's directory; the resource read through when it is not in a jar. */
    private static long crcOf(URL resource) throws IOException {
        URLConnection connection = resource.openConnection();
        if (connection instanceof JarURLConnection jar) {
            long crc = jar.getJarEntry().getCrc();
            if (crc >= 0) {
                return crc;
            }
        }
        try (InputStream in = resource.openStream()) {
            return crcOf(in);
        }
    }

    private static long crcOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return crcOf(in);
        }
    }

    private static long crcOf(InputStream in) {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return crc.getValue();
    }
}
