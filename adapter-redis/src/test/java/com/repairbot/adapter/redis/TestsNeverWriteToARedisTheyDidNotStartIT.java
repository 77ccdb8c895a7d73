package com.repairbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The defect: the tests flushed databases 9–15 of whatever Redis answered on 127.0.0.1:6379, a developer's real
 * one included. Now, unless {@code TEST_REDIS_URL} says otherwise, the Redis the tests talk to is a process this
 * very JVM started.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TestsNeverWriteToARedisTheyDidNotStartIT {

    @Test
    void the_tests_redis_is_a_server_this_jvm_started_not_the_one_on_the_default_port() {
        assumeTrue(System.getenv(RedisForTests.VARIABLE) == null, "pointed at a Redis explicitly");

        String url = RedisForTests.url(1);
        assertThat(URI.create(url).getPort()).isNotEqualTo(6379);
        try (TestRedis redis = TestRedis.at(url)) {
            long pid = Arrays.stream(redis.commands().info("server").split("\r\n"))
                    .filter(line -> line.startsWith("process_id:"))
                    .mapToLong(line -> Long.parseLong(line.substring("process_id:".length()).trim()))
                    .findFirst().orElseThrow();
            assertThat(ProcessHandle.current().descendants().map(ProcessHandle::pid)).contains(pid);
        }
    }

    @Test
    void the_product_variable_redis_url_is_not_what_tests_use() {
        assumeTrue(System.getenv(RedisForTests.VARIABLE) == null, "pointed at a Redis explicitly");
        String productRedis = System.getenv("REDIS_URL");
        assumeTrue(productRedis != null && !productRedis.isBlank(), "REDIS_URL is not set here");

        assertThat(RedisForTests.baseUrl()).isNotEqualTo(productRedis);
    }
}
