package com.repairbot.domain.money;

import static com.repairbot.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProfitSplitPolicyTest {

    private final ProfitSplitPolicy defaults = ProfitSplitPolicy.defaults();

    @Test
    void the_defaults_are_those_of_the_spec() {
        assertThat(defaults).isEqualTo(new ProfitSplitPolicy(Money.rubles(7000), 50, 40, 10, 10));
    }

    @Test
    void a_net_of_ten_thousand_is_shared_half_and_half() {
        ProfitSplit split = defaults.split(Money.rubles(12_000), Money.rubles(2_000), false, false);

        assertThat(split.net()).isEqualTo(Money.rubles(10_000));
        assertThat(split.technicianPercent()).isEqualTo(50);
        assertThat(split.technicianShare()).isEqualTo(Money.rubles(5_000));
        assertThat(split.companyShare()).isEqualTo(Money.rubles(5_000));
    }

    @Test
    void a_net_just_below_the_threshold_gives_the_technician_forty_percent() {
        ProfitSplit split = defaults.split(Money.parse("6999.99"), Money.ZERO, false, false);

        assertThat(split.technicianPercent()).isEqualTo(40);
        assertThat(split.technicianShare()).isEqualTo(Money.parse("2800.00")); // 2799.996 rounded half-up
        assertThat(split.companyShare()).isEqualTo(Money.parse("4199.99"));
    }

    @Test
    void a_net_of_exactly_the_threshold_is_shared_half_and_half() {
        ProfitSplit split = defaults.split(Money.rubles(7_000), Money.ZERO, false, false);

        assertThat(split.technicianPercent()).isEqualTo(50);
        assertThat(split.technicianShare()).isEqualTo(Money.rubles(3_500));
        assertThat(split.companyShare()).isEqualTo(Money.rubles(3_500));
    }

    @ParameterizedTest(name = "net {0}, review {1}, out of city {2}: technician {3} % = {4}, company {5}")
    @CsvSource({
            "10000, false, false, 50, 5000, 5000",
            "10000, true,  false, 60, 6000, 4000",
            "10000, false, true,  60, 6000, 4000",
            "10000, true,  true,  70, 7000, 3000",
            "5000,  false, false, 40, 2000, 3000",
            "5000,  true,  false, 50, 2500, 2500",
            "5000,  false, true,  50, 2500, 2500",
            "5000,  true,  true,  60, 3000, 2000"})
    void a_review_and_an_out_of_city_trip_each_add_ten_percent_of_net_taken_from_the_company(
            long net, boolean review, boolean outOfCity, int percent, long technician, long company) {
        ProfitSplit split = defaults.split(Money.rubles(net), Money.ZERO, review, outOfCity);

        assertThat(split.technicianPercent()).isEqualTo(percent);
        assertThat(split.technicianShare()).isEqualTo(Money.rubles(technician));
        assertThat(split.companyShare()).isEqualTo(Money.rubles(company));
    }

    @Test
    void the_threshold_is_about_net_not_about_the_total() {
        ProfitSplit split = defaults.split(Money.rubles(9_000), Money.rubles(3_000), false, false);

        assertThat(split.net()).isEqualTo(Money.rubles(6_000));
        assertThat(split.technicianPercent()).isEqualTo(40);
    }

    @Test
    void materials_may_cost_the_whole_total_but_not_more() {
        ProfitSplit nothingLeft = defaults.split(Money.rubles(3_000), Money.rubles(3_000), true, true);

        assertThat(nothingLeft.net()).isEqualTo(Money.ZERO);
        assertThat(nothingLeft.technicianShare()).isEqualTo(Money.ZERO);
        assertRefused(() -> defaults.split(Money.rubles(3_000), Money.parse("3000.01"), false, false),
                "materials.exceed_total");
    }

    @Test
    void the_shares_always_add_up_to_net_to_the_kopeck() {
        int checked = 0;
        for (long kopecks = 1; kopecks < 2_000_000; kopecks = kopecks * 3 + 7) {
            for (long odd : new long[] {kopecks, kopecks + 1, kopecks + 33, kopecks + 99, 699_999 + kopecks % 7}) {
                for (int flags = 0; flags < 4; flags++) {
                    Money net = new Money(odd);
                    ProfitSplit split = defaults.split(net.plus(Money.parse("123.45")), Money.parse("123.45"),
                            (flags & 1) != 0, (flags & 2) != 0);

                    assertThat(split.technicianShare().plus(split.companyShare())).isEqualTo(net);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void a_split_whose_shares_do_not_add_up_is_refused() {
        assertThatThrownBy(() -> new ProfitSplit(Money.rubles(100), 50, Money.rubles(50), Money.rubles(51)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_company_may_configure_its_own_policy() {
        ProfitSplitPolicy custom = new ProfitSplitPolicy(Money.rubles(5_000), 60, 45, 5, 15);

        assertThat(custom.split(Money.rubles(4_999), Money.ZERO, false, false).technicianPercent()).isEqualTo(45);
        assertThat(custom.split(Money.rubles(5_000), Money.ZERO, false, false).technicianPercent()).isEqualTo(60);
        ProfitSplit both = custom.split(Money.rubles(10_000), Money.ZERO, true, true);
        assertThat(both.technicianPercent()).isEqualTo(80);
        assertThat(both.technicianShare()).isEqualTo(Money.rubles(8_000));
        assertThat(both.companyShare()).isEqualTo(Money.rubles(2_000));
    }

    @Test
    void refuses_a_percentage_outside_zero_to_a_hundred() {
        assertRefused(() -> new ProfitSplitPolicy(Money.rubles(7000), -1, 40, 10, 10), "split.percent.range", 0, 100);
        assertRefused(() -> new ProfitSplitPolicy(Money.rubles(7000), 50, 101, 0, 0), "split.percent.range", 0, 100);
        assertRefused(() -> new ProfitSplitPolicy(Money.rubles(7000), 50, 40, -10, 10), "split.percent.range", 0,
                100);
        assertRefused(() -> new ProfitSplitPolicy(Money.rubles(7000), 50, 40, 10, 101), "split.percent.range", 0,
                100);
    }

    @Test
    void refuses_bonuses_that_could_give_the_technician_more_than_the_whole_net() {
        assertRefused(() -> new ProfitSplitPolicy(Money.rubles(7000), 50, 40, 30, 21), "split.percent.sum", 100);
        assertThat(new ProfitSplitPolicy(Money.rubles(7000), 50, 40, 30, 20).highPercent()).isEqualTo(50);
    }

    @Test
    void refuses_a_missing_threshold() {
        assertRefused(() -> new ProfitSplitPolicy(null, 50, 40, 10, 10), "split.threshold.missing");
    }
}
