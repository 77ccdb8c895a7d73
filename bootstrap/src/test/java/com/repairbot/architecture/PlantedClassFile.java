package com.repairbot.architecture;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a tiny class file by hand: {@code public class <className> { private <fieldType> dependency; }}.
 *
 * <p>This lets a test plant a use of a library that is not on the test classpath (pengrad, lettuce, jdbi,
 * flyway, the sqlite driver may all be absent from bootstrap's tests): javac cannot compile such a
 * reference, but ArchUnit reads dependencies from bytecode by name and does not need the target class.
 */
final class PlantedClassFile {

    private static final int JAVA_21 = 65;
    private static final int CONSTANT_UTF8 = 1;
    private static final int CONSTANT_CLASS = 7;
    private static final int ACC_PUBLIC_SUPER = 0x0021;
    private static final int ACC_PRIVATE = 0x0002;

    private PlantedClassFile() {}

    /** Writes {@code className} below {@code classesRoot}, in the folder of its package. */
    static void write(Path classesRoot, String className, String fieldType) {
        Path file = classesRoot.resolve(className.replace('.', '/') + ".class");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytesOf(className, fieldType));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytesOf(String className, String fieldType) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0); // minor version
            out.writeShort(JAVA_21);

            out.writeShort(7); // constant pool count: entries 1..6
            utf8(out, internalName(className)); // #1
            classEntry(out, 1); // #2 this class
            utf8(out, "java/lang/Object"); // #3
            classEntry(out, 3); // #4 super class
            utf8(out, "dependency"); // #5 field name
            utf8(out, "L" + internalName(fieldType) + ";"); // #6 field descriptor

            out.writeShort(ACC_PUBLIC_SUPER);
            out.writeShort(2); // this class
            out.writeShort(4); // super class
            out.writeShort(0); // no interfaces

            out.writeShort(1); // one field
            out.writeShort(ACC_PRIVATE);
            out.writeShort(5);
            out.writeShort(6);
            out.writeShort(0); // no field attributes

            out.writeShort(0); // no methods: enough to be read, never meant to be loaded
            out.writeShort(0); // no class attributes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void utf8(DataOutputStream out, String value) throws IOException {
        out.writeByte(CONSTANT_UTF8);
        out.writeUTF(value);
    }

    private static void classEntry(DataOutputStream out, int nameIndex) throws IOException {
        out.writeByte(CONSTANT_CLASS);
        out.writeShort(nameIndex);
    }

    private static String internalName(String className) {
        return className.replace('.', '/');
    }
}
