package com.repairbot.adapter.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Lua script run atomically by Redis: sent by its SHA-1 ({@code EVALSHA}, one short round trip), and in
 * full ({@code EVAL}) only when the server does not know it yet (first use, or after a restart).
 */
final class RedisScript {

    private final String source;
    private final String sha1;

    RedisScript(String source) {
        this.source = source;
        this.sha1 = sha1(source);
    }

    <T> T run(RedisCommands<String, String> redis, ScriptOutputType type, String[] keys, String... arguments) {
        try {
            return redis.evalsha(sha1, type, keys, arguments);
        } catch (RedisNoScriptException unknown) {
            return redis.eval(source, type, keys, arguments);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
