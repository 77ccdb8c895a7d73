package com.repairbot.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Applies every rule of {@link ArchitectureRules} to the production classes of all modules on bootstrap's
 * classpath (core-domain, application, the adapters, bootstrap itself), imported once.
 *
 * <p>The rules are found as the public static fields of {@link ArchitectureRules}, so a new rule is checked
 * the moment it is declared, under its field name.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION_CLASSES = ArchitectureRules.importProductionClasses();

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleFields")
    void production_code_follows(ArchRule rule) {
        rule.check(PRODUCTION_CLASSES);
    }

    static Stream<Named<ArchRule>> ruleFields() {
        return ruleFieldsOf().stream().map(field -> Named.of(field.getName(), valueOf(field)));
    }

    /** Embedders call {@code all()}: it must not forget a rule. */
    @Test
    void all_lists_every_rule_field() {
        List<ArchRule> fields = ruleFieldsOf().stream().map(ArchitectureTest::valueOf).toList();

        // Class.getFields() promises no order, so compare as sets.
        assertThat(ArchitectureRules.all()).containsExactlyInAnyOrderElementsOf(fields);
    }

    /** The planted-violation tests prove the rules built by forRoot: they must be the rules of the fields. */
    @Test
    void rules_for_a_root_are_the_rules_of_the_fields() {
        List<String> forRoot = ArchitectureRules.forRoot(ArchitectureRules.ROOT).rules().stream()
                .map(ArchRule::getDescription).toList();
        List<String> fields = ArchitectureRules.all().stream().map(ArchRule::getDescription).toList();

        assertThat(forRoot).containsExactlyElementsOf(fields);
    }

    private static List<Field> ruleFieldsOf() {
        return Arrays.stream(ArchitectureRules.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ArchRule.class)
                .toList();
    }

    private static ArchRule valueOf(Field field) {
        try {
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
