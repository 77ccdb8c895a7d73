package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.EquipmentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The equipment list, the profit split and the dialog TTL are configuration: read from the environment with today's
 * values as defaults, and a bad value stops the start with one line naming the variable.
 */
class HardCodedBusinessRulesAreConfigurableTest {

    @Test
    void without_variables_the_defaults_are_todays_values() {
        BusinessConfiguration business = Configuration.from(Map.of()).business();

        assertThat(business.equipment()).isEqualTo(EquipmentType.DEFAULTS);
        assertThat(business.split()).isEqualTo(new ProfitSplitPolicy(Money.rubles(7000), 50, 40, 10, 10));
        assertThat(business.dialogTtl()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void every_business_variable_is_read() {
        BusinessConfiguration business = Configuration.from(Map.of("EQUIPMENT_TYPES", "tv, vacuum_cleaner",
                "SPLIT_THRESHOLD", "10000", "SPLIT_HIGH_PERCENT", "60", "SPLIT_LOW_PERCENT", "45",
                "SPLIT_REVIEW_BONUS", "5", "SPLIT_OUT_OF_CITY_BONUS", "15", "DIALOG_TTL", "2h")).business();

        assertThat(business.equipment()).containsExactly(new EquipmentType("tv"), new EquipmentType("vacuum_cleaner"));
        assertThat(business.split()).isEqualTo(new ProfitSplitPolicy(Money.rubles(10000), 60, 45, 5, 15));
        assertThat(business.dialogTtl()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void each_bad_value_names_its_variable() {
        Map<Map<String, String>, String> cases = Map.of(
                Map.of("EQUIPMENT_TYPES", "tv,Пылесос"), "EQUIPMENT_TYPES: \"Пылесос\" is not a code",
                Map.of("EQUIPMENT_TYPES", "tv,tv"), "EQUIPMENT_TYPES: \"tv\" is listed twice",
                Map.of("SPLIT_THRESHOLD", "lots"), "SPLIT_THRESHOLD: \"lots\" is not an amount",
                Map.of("SPLIT_HIGH_PERCENT", "150"), "SPLIT_HIGH_PERCENT: \"150\" is not a percentage",
                Map.of("SPLIT_REVIEW_BONUS", "-1"), "SPLIT_REVIEW_BONUS: \"-1\" is not a percentage",
                Map.of("SPLIT_HIGH_PERCENT", "90", "SPLIT_REVIEW_BONUS", "10", "SPLIT_OUT_OF_CITY_BONUS", "10"),
                "more than 100 %",
                Map.of("DIALOG_TTL", "forever"), "DIALOG_TTL: \"forever\" is not a duration",
                Map.of("DIALOG_TTL", "7d"), "DIALOG_TTL: \"7d\" is longer than 6d");
        cases.forEach((env, line) -> assertThatThrownBy(() -> Configuration.from(env))
                .as(env.toString()).isInstanceOf(ConfigurationException.class).hasMessageContaining(line));
    }

    @Test
    void the_terminal_offers_the_configured_equipment_and_a_bad_split_stops_it_with_one_line(@TempDir Path folder)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String db = folder.resolve("bot.db").toString();

        int exit = Main.run(new String[0], Map.of("DATABASE_PATH", db, "EQUIPMENT_TYPES", "tv,vacuum_cleaner"),
                new ByteArrayInputStream("/as 2\n/new\n/quit\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[1] Телевизор", "[2] vacuum_cleaner")
                .doesNotContain("Стиральная машина");

        int bad = Main.run(new String[0], Map.of("DATABASE_PATH", db, "SPLIT_LOW_PERCENT", "x"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(bad).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
                .isEqualTo(List.of("repair-bot: SPLIT_LOW_PERCENT: \"x\" is not a percentage (0-100)"));
    }
}
