package com.repairbot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The smoke run CI does instead of the benchmarks: every benchmark runs once, briefly, in this JVM (no fork, no
 * warm-up, one 100 ms iteration), so that a benchmark whose set-up or body fails breaks the build. It measures
 * nothing worth reading; the figures come from runs by hand (docs/benchmarks.md).
 */
class BenchmarksSmokeTest {

    @Test
    void every_benchmark_sets_up_and_runs_an_iteration() throws RunnerException {
        Options options = new OptionsBuilder()
                .include("com\\.repairbot\\..*Benchmark\\..*")
                .forks(0)
                .threads(1)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .param("requests", "2000") // SearchBenchmark: the searches, not the filling, are smoke-tested
                .shouldFailOnError(true)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).extracting(r -> r.getParams().getBenchmark()).contains(
                "com.repairbot.benchmarks.DialogBenchmark.answerThenBack",
                "com.repairbot.adapter.telegram.UpdateParsingBenchmark.textMessage",
                "com.repairbot.adapter.telegram.UpdateParsingBenchmark.buttonPress",
                "com.repairbot.benchmarks.DomainBenchmark.maskText",
                "com.repairbot.benchmarks.SqliteWriterBenchmark.statusChange",
                "com.repairbot.benchmarks.SearchBenchmark.commonSurname",
                "com.repairbot.benchmarks.PostgresWriterBenchmark.statusChange");
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
