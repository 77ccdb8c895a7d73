package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.Callback;
import com.pengrad.telegrambot.Cancellable;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.ResponseParameters;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import com.repairbot.domain.privacy.Redaction;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import com.pengrad.telegrambot.utility.BotUtils;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ConnectionPool;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The Bot API, made safe: every failure becomes a classified {@link TelegramCallException} whose message holds
 * no token, calls are retried by one rule ({@link Retries}), and OkHttp never retries on its own (a POST it
 * silently repeats could send a message twice). The sends, edits and button answers, one or more per update,
 * travel as JSON bodies rendered by the channel ({@link JsonBody}) on connections of their own
 * ({@link KeptConnections}; OkHttp when the JVM is set to use a proxy) and their answers are read only as far as
 * needed ({@link BotAnswer}); the rare calls (getMe, menus, webhook, documents)
 * and {@code getUpdates} go through pengrad's request objects on the same client (ADR 0032).
 */
final class TelegramApi implements AutoCloseable {

    private static final int IDLE_CONNECTIONS = 32;
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final Map<String, HttpUrl> urls = new ConcurrentHashMap<>();
    private final TelegramBot bot;
    private final String methodsUrl;
    private final Redaction redaction;
    private final Retries retries;
    private final AtomicBoolean healthy = new AtomicBoolean();
    private final ChannelEvents events;
    /** The hot calls' own HTTP/1.1 when the Bot API is reached directly; {@code null} behind a proxy (OkHttp). */
    private final KeptConnections kept;
    private final URI methods;
    private final Duration timeout;

    TelegramApi(TelegramConfig config, Tuning tuning) {
        this.redaction = Redaction.ofBotToken(config.token());
        this.events = config.events();
        this.retries = new Retries(tuning.retry(), events);
        Duration timeout = tuning.requestTimeout();
        this.http = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                // every sender, button answerer and the long poll keep their connection: OkHttp's default keeps 5
                // idle, so under load the rest were closed and opened again for nearly every call
                .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                // pengrad raises the read timeout itself for a long poll (its timeout + 1 s)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
        // never .debug(): its logging interceptor prints every URL, and the URL holds the token
        this.bot = new TelegramBot.Builder(config.token()).okHttpClient(http).apiUrl(config.baseUrl() + "/bot")
                .build();
        this.methodsUrl = config.baseUrl() + "/bot" + config.token() + "/";
        this.methods = URI.create(methodsUrl);
        this.timeout = timeout;
        this.kept = KeptConnections.direct(methods) ? new KeptConnections(methods, timeout) : null;
    }

    Redaction redaction() {
        return redaction;
    }

    ChannelEvents events() {
        return events;
    }

    /** @return whether the last call reached the Bot API and got a proper answer */
    boolean healthy() {
        return healthy.get();
    }

    /**
     * One HTTP call, no retry.
     *
     * @throws TelegramCallException when it failed, classified
     */
    <T extends BaseRequest<T, R>, R extends BaseResponse> R attempt(BaseRequest<T, R> request) {
        R response;
        try {
            response = bot.execute(request);
        } catch (RuntimeException failure) {
            throw thrown(request.getMethod(), failure);
        }
        return checked(request.getMethod(), response);
    }

    /**
     * One HTTP call of {@code method} with a JSON body, no retry.
     *
     * @return the id of the message the call showed ({@code result.message_id}); 0 when the result is not a
     *     message
     * @throws TelegramCallException when it failed, classified
     */
    long send(String method, String json) {
        String body;
        try {
            body = kept != null ? kept.post(method, json).body() : viaOkHttp(method, json);
        } catch (IOException failure) {
            throw network(method, failure);
        }
        BotAnswer answer;
        try {
            answer = BotAnswer.parse(body);
        } catch (IllegalArgumentException garbled) {
            throw malformed(method, garbled);
        }
        if (answer.ok()) {
            succeeded(method);
            return answer.messageId();
        }
        throw failed(method, answer.errorCode(), answer.description(), answer.retryAfter(), answer.migrateTo());
    }

    private String viaOkHttp(String method, String json) throws IOException {
        // the URL of a method parsed once (1.7 % of the samples went to parsing it per call)
        HttpUrl url = urls.computeIfAbsent(method, name -> HttpUrl.get(methodsUrl + name));
        Request request = new Request.Builder().url(url).post(RequestBody.create(json, JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }

    /** {@link #send(String, String)} with the retry rule limited to {@code maxRetries}, on the calling thread. */
    long send(String method, String json, int maxRetries) {
        return retries.run(() -> send(method, json), maxRetries);
    }

    /** A call with the retry rule, on the calling thread. */
    <T extends BaseRequest<T, R>, R extends BaseResponse> R call(BaseRequest<T, R> request) {
        return call(request, retries.settings().maxRetries());
    }

    /** A call with the retry rule limited to {@code maxRetries}, on the calling thread. */
    <T extends BaseRequest<T, R>, R extends BaseResponse> R call(BaseRequest<T, R> request, int maxRetries) {
        return retries.run(() -> attempt(request), maxRetries);
    }

    /**
     * One HTTP call without blocking, which can be cancelled (the long poll, so that shutdown need not wait for
     * it).
     */
    <T extends BaseRequest<T, R>, R extends BaseResponse> Pending<R> attemptAsync(T request) {
        CompletableFuture<R> future = new CompletableFuture<>();
        String method = request.getMethod();
        Cancellable cancellable = bot.execute(request, new Callback<T, R>() {
            @Override
            public void onResponse(T sent, R response) {
                try {
                    future.complete(checked(method, response));
                } catch (TelegramCallException failure) {
                    future.completeExceptionally(failure);
                }
            }

            @Override
            public void onFailure(T sent, IOException failure) {
                // pengrad wraps a body it cannot parse into an IOException too
                boolean garbled = failure.getCause() != null && !(failure.getCause() instanceof IOException)
                        || "Empty response".equals(failure.getMessage());
                future.completeExceptionally(garbled ? malformed(method, failure.getCause() == null ? failure
                        : failure.getCause()) : network(method, failure));
            }
        });
        return new Pending<>(future, cancellable);
    }

    /**
     * @return the {@code getUpdates} calls of one polling loop: on connections of their own, read on the loop's
     *     thread (ADR 0037); through OkHttp when a proxy is set
     */
    Polls polls() {
        return new Polls(kept == null ? null : new KeptConnections(methods, timeout));
    }

    /**
     * The {@code getUpdates} calls of one polling loop, each made and read on the loop's own thread: the JSON body
     * written here, the answer parsed straight into pengrad's {@link Update}s by pengrad's one Gson
     * ({@link UpdateJson#GSON}: pengrad's, one adapter faster), no OkHttp dispatcher thread in between. Its own
     * connection (one, kept alive from poll to poll), so that {@link #close()} can cut the poll on the wire without
     * touching the sends'. Behind a proxy the calls go through pengrad and OkHttp as before.
     */
    final class Polls implements AutoCloseable {

        private final KeptConnections connection;
        private volatile Pending<GetUpdatesResponse> pending;
        private volatile boolean closed;

        private Polls(KeptConnections connection) {
            this.connection = connection;
        }

        /**
         * One {@code getUpdates} call, no retry (but once at once on a new connection when a kept one turns out to
         * be closed: a poll can always be repeated).
         *
         * @throws TelegramCallException     when it failed, classified (a batch Gson cannot read is
         *                                   {@link Kind#MALFORMED}: read update by update then)
         * @throws CancellationException     when the polls were closed meanwhile
         * @throws InterruptedException      when interrupted while waiting through OkHttp
         */
        GetUpdatesResponse next(GetUpdates request) throws InterruptedException {
            if (closed) {
                throw new CancellationException("stopped");
            }
            if (connection == null) {
                return throughOkHttp(request);
            }
            String method = request.getMethod();
            String json = json(request);
            int readTimeout = (int) Math.min(Integer.MAX_VALUE,
                    request.getTimeoutSeconds() * 1000L + timeout.toMillis());
            String body;
            try {
                try {
                    body = connection.post(method, json, readTimeout).body();
                } catch (java.net.SocketTimeoutException slow) {
                    throw slow;
                } catch (IOException stale) {
                    if (closed) {
                        throw stale;
                    }
                    body = connection.post(method, json, readTimeout).body(); // on a new connection
                }
            } catch (IOException failure) {
                if (closed) {
                    throw new CancellationException("stopped");
                }
                throw network(method, failure);
            }
            GetUpdatesResponse response;
            try {
                response = UpdateJson.GSON.fromJson(body, GetUpdatesResponse.class);
            } catch (RuntimeException garbled) {
                throw malformed(method, garbled);
            }
            return checked(method, response);
        }

        private GetUpdatesResponse throughOkHttp(GetUpdates request) throws InterruptedException {
            Pending<GetUpdatesResponse> call = attemptAsync(request);
            pending = call;
            if (closed) {
                call.cancel();
                throw new CancellationException("stopped");
            }
            try {
                return call.future().get();
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw network(request.getMethod(), failed.getCause());
            }
        }

        /** Cuts the poll on the wire (it fails with a {@link CancellationException}) and closes the connection. */
        @Override
        public void close() {
            closed = true;
            if (connection != null) {
                connection.abort();
            }
            Pending<GetUpdatesResponse> call = pending;
            if (call != null) {
                call.cancel();
            }
        }
    }

    /** {@code getUpdates}' parameters as a JSON body: numbers, and the list of update kinds. */
    static String json(GetUpdates request) {
        StringBuilder out = new StringBuilder(128).append('{');
        request.getParameters().forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            JsonBody.string(out, name).append(':');
            if (value instanceof Number number) {
                out.append(number.longValue());
            } else if (value instanceof String[] list) {
                out.append('[');
                for (int i = 0; i < list.length; i++) {
                    JsonBody.string(i == 0 ? out : out.append(','), list[i]);
                }
                out.append(']');
            } else {
                out.append(BotUtils.toJson(value));
            }
        });
        return out.append('}').toString();
    }

    /** The updates of a batch that could be read, and the ids of those that could not. */
    record Batch(List<Update> updates, List<Long> unreadable) {
    }

    /**
     * {@code getUpdates} read update by update, for a batch pengrad could not read as a whole (one update with a
     * field of the wrong type fails them all): each update is read on its own, and those that cannot be read
     * are named by their id. One short call, no retry.
     *
     * @throws TelegramCallException when the call failed or its answer is not a list of updates at all
     */
    Batch updatesOneByOne(GetUpdates request) {
        FormBody.Builder form = new FormBody.Builder();
        request.getParameters().forEach((name, value) -> form.add(name, value instanceof String[] list
                ? BotUtils.toJson(list) : String.valueOf(value)));
        Request http = new Request.Builder().url(methodsUrl + request.getMethod()).post(form.build()).build();
        JsonArray result;
        try (Response response = this.http.newCall(http).execute()) {
            JsonObject body = JsonParser.parseString(response.body().string()).getAsJsonObject();
            if (body.has("ok") && !body.get("ok").getAsBoolean()) {
                // an error after all (a 429, a 5xx): read as such, so the loop waits as Telegram asks
                checked(request.getMethod(), BotUtils.GSON.fromJson(body, GetUpdatesResponse.class));
                throw new TelegramCallException(request.getMethod(), Kind.MALFORMED, 0, "not ok", null);
            }
            result = body.getAsJsonArray("result");
        } catch (IOException failure) {
            throw network(request.getMethod(), failure);
        } catch (RuntimeException garbled) {
            if (garbled instanceof TelegramCallException call) {
                throw call;
            }
            throw malformed(request.getMethod(), garbled);
        }
        List<Update> updates = new ArrayList<>();
        List<Long> unreadable = new ArrayList<>();
        for (JsonElement element : result) {
            try {
                updates.add(UpdateJson.GSON.fromJson(element, Update.class));
            } catch (RuntimeException wrong) {
                unreadable.add(idOf(element));
            }
        }
        return new Batch(updates, unreadable);
    }

    /** @return the update's id, as far as it can be read (0 when it cannot) */
    private static long idOf(JsonElement element) {
        try {
            return element.getAsJsonObject().get("update_id").getAsLong();
        } catch (RuntimeException unreadable) {
            return 0;
        }
    }

    /** A call on the wire. */
    record Pending<R>(CompletableFuture<R> future, Cancellable cancellable) {
        void cancel() {
            cancellable.cancel();
            future.cancel(false);
        }
    }

    /** The one retry rule of every Bot API call, for the send scheduler's own attempts. */
    SendScheduler.RetryRule retryRule() {
        return retries.rule(retries.settings().maxRetries());
    }

    private <R extends BaseResponse> R checked(String method, R response) {
        if (response == null) {
            healthy.set(false);
            events.apiCall(method, "malformed");
            throw new TelegramCallException(method, Kind.MALFORMED, 0, "empty response", null);
        }
        if (response.isOk()) {
            succeeded(method);
            return response;
        }
        ResponseParameters parameters = response.parameters();
        throw failed(method, response.errorCode(), response.description(),
                parameters == null ? null : parameters.retryAfter(),
                parameters == null ? null : parameters.migrateToChatId());
    }

    private void succeeded(String method) {
        healthy.set(true);
        events.apiCall(method, "ok");
    }

    /** A refusal by the Bot API, classified ({@link TelegramCallException.Kind#of}). */
    private TelegramCallException failed(String method, int code, String description, Integer retryAfterSeconds,
                                         Long migrateTo) {
        Kind kind = Kind.of(code);
        Duration retryAfter = kind != Kind.TOO_MANY_REQUESTS ? null
                : Duration.ofSeconds(retryAfterSeconds == null || retryAfterSeconds < 0 ? 1 : retryAfterSeconds);
        healthy.set(kind != Kind.SERVER && kind != Kind.UNAUTHORIZED && kind != Kind.MALFORMED);
        events.apiCall(method, kind.name().toLowerCase(Locale.ROOT));
        Long migratedTo = migrateTo == null || migrateTo == 0 ? null : migrateTo;
        return new TelegramCallException(method, kind, code, redaction.forLog(String.valueOf(description)),
                retryAfter, migratedTo);
    }

    private TelegramCallException thrown(String method, RuntimeException failure) {
        // pengrad: an IOException comes wrapped in a RuntimeException; anything else is Gson failing to parse
        if (failure.getCause() instanceof IOException io) {
            return network(method, io);
        }
        return malformed(method, failure);
    }

    private TelegramCallException network(String method, Throwable failure) {
        healthy.set(false);
        events.apiCall(method, "network");
        return new TelegramCallException(method, Kind.NETWORK, 0, describe(failure), null);
    }

    private TelegramCallException malformed(String method, Throwable failure) {
        healthy.set(false);
        events.apiCall(method, "malformed");
        return new TelegramCallException(method, Kind.MALFORMED, 0, describe(failure), null);
    }

    private String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + redaction.forLog(message));
    }

    @Override
    public void close() {
        if (kept != null) {
            kept.close();
        }
        bot.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
