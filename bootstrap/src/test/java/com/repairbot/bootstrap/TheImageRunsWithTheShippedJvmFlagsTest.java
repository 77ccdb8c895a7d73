package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Defect: the README says the Docker image runs with the JVM flags of {@code bin/jvm-flags.sh} (AppCDS left out), but
 * the Dockerfile's own copy had drifted: it lacked {@code -XX:TieredStopAtLevel=1}, so the image ran both JIT
 * compilers and used some 50 MB more than the measured configuration. The two lists are kept equal here.
 */
class TheImageRunsWithTheShippedJvmFlagsTest {

    /** What the image leaves out on purpose: the class-data archive and its logging (see the Dockerfile). */
    private static final Set<String> NOT_IN_THE_IMAGE = Set.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    @Test
    void the_dockerfile_passes_the_flags_of_bin_jvm_flags_sh() throws IOException {
        assertThat(imageFlags()).containsExactlyElementsOf(shippedFlags());
    }

    /** The flags in the {@code REPAIR_BOT_JVM_FLAGS=( … )} array, in order, without those the image leaves out. */
    static List<String> shippedFlags() throws IOException {
        String script = Files.readString(Path.of("../bin/jvm-flags.sh"));
        Matcher array = Pattern.compile("REPAIR_BOT_JVM_FLAGS=\\((.*?)\\n\\)", Pattern.DOTALL).matcher(script);
        assertThat(array.find()).as("the flags array in bin/jvm-flags.sh").isTrue();
        Set<String> flags = new LinkedHashSet<>();
        for (String line : array.group(1).split("\n")) {
            for (String flag : line.strip().split("\\s+")) {
                if (!flag.isEmpty() && !NOT_IN_THE_IMAGE.contains(flag)) {
                    flags.add(flag);
                }
            }
        }
        return new ArrayList<>(flags);
    }

    /** The JVM flags of the Dockerfile's exec-form {@code ENTRYPOINT}: what stands between "java" and "-jar". */
    static List<String> imageFlags() throws IOException {
        String dockerfile = Files.readString(Path.of("../Dockerfile"));
        Matcher entrypoint = Pattern.compile("ENTRYPOINT \\[(.*?)\\]", Pattern.DOTALL).matcher(dockerfile);
        assertThat(entrypoint.find()).as("an exec-form ENTRYPOINT in the Dockerfile").isTrue();
        List<String> words = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(entrypoint.group(1));
        while (quoted.find()) {
            words.add(quoted.group(1));
        }
        assertThat(words).startsWith("java").contains("-jar");
        return words.subList(1, words.indexOf("-jar"));
    }
}
