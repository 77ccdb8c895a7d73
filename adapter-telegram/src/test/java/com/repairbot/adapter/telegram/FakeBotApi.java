package com.repairbot.adapter.telegram;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * An in-process Bot API over real HTTP on loopback: it speaks the methods the channel uses (JSON, form-encoded
 * POSTs to {@code /bot<token>/<method>}), records every call with the time it arrived, serves scripted updates
 * to {@code getUpdates} (honouring the offset and the long-poll timeout), answers {@code sendMessage} with
 * increasing message ids, and injects faults: 429 with {@code retry_after}, 5xx, slow answers, HTML pages,
 * malformed JSON, empty bodies, any Bot API error. A group upgraded to a supergroup ({@link #upgrade}) refuses
 * every message sent to its old id as Telegram does: 400 with {@code parameters.migrate_to_chat_id}.
 */
final class FakeBotApi implements AutoCloseable {

    static final String TOKEN = "1234567:AAHfakeTokenForTests_abcdefghijklmnopq";

    /** A call as it arrived. */
    record Call(String method, Map<String, String> params, long nanos, int status) {

        String param(String name) {
            return params.get(name);
        }

        long chat() {
            return Long.parseLong(params.get("chat_id"));
        }

        Optional<JsonObject> markup() {
            String markup = params.get("reply_markup");
            return markup == null ? Optional.empty() : Optional.of(JsonParser.parseString(markup).getAsJsonObject());
        }

        /** @return the labels and callback data of an inline keyboard, row by row ("label=data") */
        List<List<String>> inlineButtons() {
            List<List<String>> rows = new ArrayList<>();
            markup().filter(m -> m.has("inline_keyboard")).ifPresent(m -> {
                for (JsonElement row : m.getAsJsonArray("inline_keyboard")) {
                    List<String> buttons = new ArrayList<>();
                    for (JsonElement button : row.getAsJsonArray()) {
                        JsonObject b = button.getAsJsonObject();
                        buttons.add(b.get("text").getAsString() + "=" + b.get("callback_data").getAsString());
                    }
                    rows.add(buttons);
                }
            });
            return rows;
        }

        /** @return the callback data of the inline button whose label contains the text */
        String button(String labelStart) {
            return inlineButtons().stream().flatMap(List::stream)
                    .filter(b -> b.substring(0, b.lastIndexOf('=')).contains(labelStart)).findFirst()
                    .map(b -> b.substring(b.lastIndexOf('=') + 1))
                    .orElseThrow(() -> new AssertionError("no button '" + labelStart + "' in " + inlineButtons()));
        }

        boolean ok() {
            return status == 200;
        }
    }

    /** Something going wrong on Telegram's side. */
    sealed interface Fault {
        record TooManyRequests(int retryAfter) implements Fault {
        }

        record Error(int httpStatus, int errorCode, String description) implements Fault {
        }

        record Html(int httpStatus) implements Fault {
        }

        record Malformed() implements Fault {
        }

        record Empty() implements Fault {
        }

        /** Answers normally after a pause (longer than the client's timeout: a timeout). */
        record Slow(Duration pause) implements Fault {
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    private final List<Call> calls = new ArrayList<>();
    /** The successful sendMessage and editMessageText calls by chat, in order (what {@link #shown} answers). */
    private final Map<Long, List<Call>> shownByChat = new HashMap<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final TreeMap<Long, String> pending = new TreeMap<>();
    private final Map<Long, String> delivered = new HashMap<>();
    /** Updates served again once whatever the offset says (see {@link #redeliver}). */
    private final Set<Long> again = new HashSet<>();
    private final AtomicInteger callbacks = new AtomicInteger();
    private long nextUpdateId = 5000;
    private int nextMessageId = 100;
    private String token = TOKEN;
    private boolean closed;
    /** Groups upgraded to supergroups: old chat id to new. */
    private final Map<Long, Long> upgraded = new HashMap<>();
    /** Chats every send to which is refused, with the refusal (403 blocked, 400 chat not found). */
    private final Map<Long, Fault.Error> refusing = new HashMap<>();

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::exchange);
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** From now on only this token is accepted (401 for the others). */
    synchronized void acceptOnly(String newToken) {
        token = newToken;
    }

    /** The next calls of the method fail like this, one fault per call. */
    synchronized void fail(String method, Fault... next) {
        faults.computeIfAbsent(method, m -> new ArrayDeque<>()).addAll(List.of(next));
    }

    /** Every later message to that chat is refused so (403 blocked or kicked, 400 chat not found). */
    synchronized void refuse(long chat, Fault.Error refusal) {
        refusing.put(chat, refusal);
    }

    /** The group becomes a supergroup: from now on every message to its old id is refused with the new id. */
    synchronized void upgrade(long group, long supergroup) {
        upgraded.put(group, supergroup);
    }

    // ---- updates ---------------------------------------------------------------------------------------

    synchronized long enqueue(String updateBody) {
        long id = nextUpdateId++;
        String json = "{\"update_id\":" + id + "," + updateBody + "}";
        pending.put(id, json);
        notifyAll();
        return id;
    }

    /**
     * A new update with the next id, kept for nobody's {@code getUpdates}: for a webhook, whose poster delivers it.
     *
     * @return the whole update's JSON
     */
    synchronized String newUpdate(String updateBody) {
        long id = nextUpdateId++;
        String json = "{\"update_id\":" + id + "," + updateBody + "}";
        delivered.put(id, json);
        return json;
    }

    /** Serves an update again, as Telegram does after a crash before the offset was confirmed. */
    synchronized void redeliver(long updateId) {
        String json = delivered.getOrDefault(updateId, pending.get(updateId));
        pending.put(updateId, json);
        // a process that died before confirming asks without that offset: served even if this one passed it
        again.add(updateId);
        notifyAll();
    }

    /** @return the JSON of a whole update with this id (for the webhook) */
    synchronized String updateJson(long updateId) {
        return delivered.getOrDefault(updateId, pending.get(updateId));
    }

    /** @return whether an update with an id at or above the offset waits to be delivered or handled */
    synchronized boolean hasUnconfirmedBeyond(long offset) {
        return !pending.tailMap(offset).isEmpty();
    }

    /** @return whether Telegram would still deliver updates (some are not confirmed by an offset) */
    synchronized boolean hasUnconfirmed() {
        return !pending.isEmpty();
    }

    static String text(long chat, long user, String text) {
        return text(chat, user, text, "ru");
    }

    static String text(long chat, long user, String text, String language) {
        return "\"message\":{\"message_id\":" + (chat > 0 ? 1 : 2) + ",\"date\":1700000000," + from(user, language)
                + "," + chat(chat) + ",\"text\":" + json(text) + "}";
    }

    synchronized List<String> enqueuedCallbackIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= callbacks.get(); i++) {
            ids.add("cb-" + i);
        }
        return ids;
    }

    /** A button press with a fresh callback id ({@code cb-1}, {@code cb-2}...). */
    String callback(long chat, long user, int messageId, String data) {
        return callback("cb-" + callbacks.incrementAndGet(), chat, user, messageId, data);
    }

    static String callback(String id, long chat, long user, int messageId, String data) {
        return "\"callback_query\":{\"id\":\"" + id + "\"," + from(user, "ru") + ",\"chat_instance\":\"1\",\"data\":"
                + json(data) + ",\"message\":{\"message_id\":" + messageId + ",\"date\":1700000000," + chat(chat)
                + ",\"text\":\"...\"}}";
    }

    static String contact(long chat, long user, String phone, Long owner) {
        return "\"message\":{\"message_id\":3,\"date\":1700000000," + from(user, "ru") + "," + chat(chat)
                + ",\"contact\":{\"phone_number\":" + json(phone) + ",\"first_name\":\"Client\""
                + (owner == null ? "" : ",\"user_id\":" + owner) + "}}";
    }

    /** The service message Telegram posts in the old group when it became a supergroup. */
    static String migratedTo(long group, long user, long supergroup) {
        return "\"message\":{\"message_id\":6,\"date\":1700000000," + from(user, "ru") + ",\"chat\":{\"id\":" + group
                + ",\"type\":\"group\"},\"migrate_to_chat_id\":" + supergroup + "}";
    }

    /** The service message Telegram posts in the new supergroup (sent by the group's anonymous admin bot). */
    static String migratedFrom(long supergroup, long group) {
        return "\"message\":{\"message_id\":1,\"date\":1700000000,\"from\":{\"id\":1087968824,\"is_bot\":true,"
                + "\"first_name\":\"Group\",\"username\":\"GroupAnonymousBot\"}," + chat(supergroup)
                + ",\"migrate_from_chat_id\":" + group + "}";
    }

    /**
     * Telegram's {@code my_chat_member}: the bot's own status in a chat changed (a person blocked it: "kicked" in
     * their private chat; a group removed it: "left" or "kicked"; added back: "member").
     */
    static String myChatMember(long chat, long by, String oldStatus, String newStatus) {
        String bot = "\"user\":{\"id\":123456789,\"is_bot\":true,\"first_name\":\"Repair\"}";
        return "\"my_chat_member\":{" + chat(chat) + "," + from(by, "ru") + ",\"date\":1700000000,"
                + "\"old_chat_member\":{" + bot + ",\"status\":\"" + oldStatus + "\"},"
                + "\"new_chat_member\":{" + bot + ",\"status\":\"" + newStatus + "\""
                + (newStatus.equals("kicked") ? ",\"until_date\":0" : "") + "}}";
    }

    static String chatShared(long chat, long user, long shared) {
        return "\"message\":{\"message_id\":4,\"date\":1700000000," + from(user, "ru") + "," + chat(chat)
                + ",\"chat_shared\":{\"request_id\":1,\"chat_id\":" + shared + "}}";
    }

    /** A photo with that file_id (the largest of two sizes), as a client sends one. */
    static String photo(long chat, long user, String fileId) {
        return "\"message\":{\"message_id\":5,\"date\":1700000000," + from(user, "ru") + "," + chat(chat)
                + ",\"photo\":[{\"file_id\":\"small_" + fileId + "\",\"file_unique_id\":\"s\",\"width\":90,\"height\":90},"
                + "{\"file_id\":" + json(fileId) + ",\"file_unique_id\":\"y\",\"width\":1280,\"height\":960}]}";
    }

    static String photo(long chat, long user) {
        return "\"message\":{\"message_id\":5,\"date\":1700000000," + from(user, "ru") + "," + chat(chat)
                + ",\"photo\":[{\"file_id\":\"x\",\"file_unique_id\":\"y\",\"width\":1,\"height\":1}]}";
    }

    private static String from(long user, String language) {
        return "\"from\":{\"id\":" + user + ",\"is_bot\":false,\"first_name\":\"Staff\",\"language_code\":\"" + language
                + "\"}";
    }

    private static String chat(long chat) {
        return "\"chat\":{\"id\":" + chat + ",\"type\":\"" + (chat > 0 ? "private" : "supergroup") + "\"}";
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    // ---- what was called -------------------------------------------------------------------------------

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** @return the messages shown in a chat, sent or edited, in order (successful calls only) */
    synchronized List<Call> shown(long chat) {
        return List.copyOf(shownByChat.getOrDefault(chat, List.of()));
    }

    /** Waits until some call arrives (or a while passes): for waiters that look again after every call. */
    void awaitAnyCall(Duration atMost) throws InterruptedException {
        synchronized (this) {
            TimeUnit.NANOSECONDS.timedWait(this, atMost.toNanos());
        }
    }

    synchronized Call lastShown(long chat) {
        List<Call> shown = shown(chat);
        if (shown.isEmpty()) {
            throw new AssertionError("nothing shown in chat " + chat);
        }
        return shown.get(shown.size() - 1);
    }

    /** @return the message id a sent message got (or the edited message's id) */
    int messageIdOf(Call call) {
        return call.method().equals("editMessageText") ? Integer.parseInt(call.param("message_id"))
                : Integer.parseInt(call.param("_message_id"));
    }

    Call awaitCall(String method, Predicate<Call> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                Optional<Call> found = calls.stream().filter(c -> c.method().equals(method)).filter(matching)
                        .findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + method + " call came within " + timeout);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    static void await(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    // ---- HTTP ------------------------------------------------------------------------------------------

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            long arrived = System.nanoTime();
            String path = exchange.getRequestURI().getPath();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Map<String, String> params = contentType != null && contentType.startsWith("multipart/form-data")
                    ? multipart(raw, contentType)
                    : contentType != null && contentType.startsWith("application/json")
                    ? jsonBody(new String(raw, StandardCharsets.UTF_8)) : form(new String(raw, StandardCharsets.UTF_8));
            String prefix = "/bot";
            int slash = path.indexOf('/', prefix.length());
            if (!path.startsWith(prefix) || slash < 0) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            String givenToken = path.substring(prefix.length(), slash);
            String method = path.substring(slash + 1);
            Fault fault;
            synchronized (this) {
                if (!givenToken.equals(token)) {
                    calls.add(new Call(method, params, arrived, 401));
                    notifyAll();
                    respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                    return;
                }
                Deque<Fault> queued = faults.get(method);
                fault = queued == null ? null : queued.poll();
                String target = params.get("chat_id");
                if (fault == null && (method.startsWith("send") || method.startsWith("edit")) && target != null
                        && target.matches("-?\\d+")) {
                    fault = refusing.get(Long.parseLong(target));
                }
                Long movedTo = movedTo(method, params);
                if (fault == null && movedTo != null) {
                    calls.add(new Call(method, params, arrived, 400));
                    notifyAll();
                    respond(exchange, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group"
                            + " chat was upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":"
                            + movedTo + "}}");
                    return;
                }
            }
            if (fault instanceof Fault.Slow slow) {
                sleep(slow.pause());
                fault = null;
            }
            if (fault != null) {
                record(method, params, arrived, statusOf(fault));
                answerFault(exchange, fault);
                return;
            }
            String result = answer(method, params, exchange);
            if (result == null) {
                return; // answered already
            }
            record(method, params, arrived, 200);
            respond(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    /** @return the supergroup an upgraded group's message is refused for; null when the chat was not upgraded */
    private Long movedTo(String method, Map<String, String> params) {
        boolean toChat = method.startsWith("send") || method.startsWith("edit");
        String chat = params.get("chat_id");
        return toChat && chat != null && chat.matches("-?\\d+") ? upgraded.get(Long.parseLong(chat)) : null;
    }

    private synchronized void record(String method, Map<String, String> params, long arrived, int status) {
        Call call = new Call(method, params, arrived, status);
        calls.add(call);
        if (call.ok() && (method.equals("sendMessage") || method.equals("editMessageText"))
                && params.containsKey("chat_id")) {
            shownByChat.computeIfAbsent(call.chat(), c -> new ArrayList<>()).add(call);
        }
        notifyAll();
    }

    private static int statusOf(Fault fault) {
        return switch (fault) {
            case Fault.TooManyRequests t -> 429;
            case Fault.Error e -> e.httpStatus();
            case Fault.Html h -> h.httpStatus();
            case Fault.Malformed m -> 200;
            case Fault.Empty e -> 200;
            case Fault.Slow s -> 200;
        };
    }

    private void answerFault(HttpExchange exchange, Fault fault) throws IOException {
        switch (fault) {
            case Fault.TooManyRequests t -> respond(exchange, 429, "{\"ok\":false,\"error_code\":429,"
                    + "\"description\":\"Too Many Requests: retry after " + t.retryAfter() + "\","
                    + "\"parameters\":{\"retry_after\":" + t.retryAfter() + "}}");
            case Fault.Error e -> respond(exchange, e.httpStatus(), "{\"ok\":false,\"error_code\":" + e.errorCode()
                    + ",\"description\":" + json(e.description()) + "}");
            case Fault.Html h -> respond(exchange, h.httpStatus(),
                    "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>");
            case Fault.Malformed m -> respond(exchange, 200, "{\"ok\":true,\"result\":{\"message_id\":");
            case Fault.Empty e -> respond(exchange, 200, "");
            case Fault.Slow s -> throw new IllegalStateException();
        }
    }

    private String answer(String method, Map<String, String> params, HttpExchange exchange) throws IOException {
        return switch (method) {
            case "getMe" ->
                    "{\"id\":123456789,\"is_bot\":true,\"first_name\":\"Repair\",\"username\":\"repair_test_bot\"}";
            case "getUpdates" -> updates(params);
            case "sendMessage" -> {
                int id;
                synchronized (this) {
                    id = nextMessageId++;
                }
                params.put("_message_id", Integer.toString(id));
                long chat = Long.parseLong(params.get("chat_id"));
                yield "{\"message_id\":" + id + ",\"date\":1700000000," + chat(chat) + ",\"text\":"
                        + json(params.getOrDefault("text", "")) + "}";
            }
            case "sendDocument" -> {
                int id;
                synchronized (this) {
                    id = nextMessageId++;
                }
                params.put("_message_id", Integer.toString(id));
                long chat = Long.parseLong(params.get("chat_id"));
                yield "{\"message_id\":" + id + ",\"date\":1700000000," + chat(chat) + ",\"document\":{\"file_id\":"
                        + "\"f" + id + "\",\"file_unique_id\":\"u" + id + "\",\"file_name\":"
                        + json(params.getOrDefault("_file_name", "")) + "},\"caption\":"
                        + json(params.getOrDefault("caption", "")) + "}";
            }
            case "editMessageText" -> {
                long chat = Long.parseLong(params.get("chat_id"));
                yield "{\"message_id\":" + params.get("message_id") + ",\"date\":1700000000," + chat(chat)
                        + ",\"text\":" + json(params.getOrDefault("text", "")) + "}";
            }
            case "sendMediaGroup" -> {
                int id;
                synchronized (this) {
                    id = nextMessageId;
                    nextMessageId += 10; // an album is several messages
                }
                params.put("_message_id", Integer.toString(id));
                long chat = Long.parseLong(params.get("chat_id"));
                yield "[{\"message_id\":" + id + ",\"date\":1700000000," + chat(chat) + ",\"media_group_id\":\"g"
                        + id + "\",\"photo\":[{\"file_id\":\"x\",\"file_unique_id\":\"y\",\"width\":1,\"height\":1}]}]";
            }
            case "answerCallbackQuery", "setMyCommands", "setWebhook", "deleteWebhook" -> "true";
            case "getChat" -> {
                long chat = Long.parseLong(params.get("chat_id"));
                Long movedTo;
                synchronized (this) {
                    movedTo = upgraded.get(chat);
                }
                if (movedTo != null) { // as Telegram answers for a group that became a supergroup
                    record(method, params, System.nanoTime(), 400);
                    respond(exchange, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group"
                            + " chat was upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":"
                            + movedTo + "}}");
                    yield null;
                }
                yield "{\"id\":" + chat + ",\"type\":\"" + (chat > 0 ? "private" : "supergroup") + "\"}";
            }
            default -> {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                yield null;
            }
        };
    }

    private String updates(Map<String, String> params) {
        long offset = params.containsKey("offset") ? Long.parseLong(params.get("offset")) : 0;
        int limit = params.containsKey("limit") ? Integer.parseInt(params.get("limit")) : 100;
        long timeout = params.containsKey("timeout") ? Long.parseLong(params.get("timeout")) : 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        synchronized (this) {
            // an offset confirms every update before it: Telegram forgets them
            pending.headMap(offset).entrySet().removeIf(update -> {
                if (again.contains(update.getKey())) {
                    return false;
                }
                delivered.put(update.getKey(), update.getValue());
                return true;
            });
            while (pending.isEmpty() && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            List<String> out = new ArrayList<>();
            for (Map.Entry<Long, String> update : pending.entrySet()) {
                if (out.size() >= limit) {
                    break;
                }
                out.add(update.getValue());
                again.remove(update.getKey());
            }
            return "[" + String.join(",", out) + "]";
        }
    }

    /** A file that came with a multipart call (sendDocument). */
    record Upload(String method, long chat, String fileName, String contentType, byte[] bytes) {
    }

    private final List<Upload> uploads = new ArrayList<>();

    /** @return the files sent so far, in order */
    synchronized List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /**
     * Reads {@code multipart/form-data} as pengrad sends it: plain fields become parameters; a file part is kept
     * whole as an {@link Upload}, and its field becomes {@code _file_name} / {@code _content_type} parameters.
     */
    private Map<String, String> multipart(byte[] body, String contentType) {
        MultipartForm form = MultipartForm.parse(body, contentType);
        Map<String, String> params = new LinkedHashMap<>(form.fields());
        form.file().ifPresent(file -> {
            params.put("_file_name", file.fileName());
            params.put("_content_type", file.contentType());
            params.put("_file_field", file.field());
            synchronized (this) {
                uploads.add(new Upload("", Long.parseLong(params.getOrDefault("chat_id", "0")), file.fileName(),
                        file.contentType(), file.bytes()));
            }
        });
        return params;
    }

    /**
     * A JSON body as the Bot API reads it: each top-level field a parameter, a string or number as its text, an
     * object (a {@code reply_markup}) as its JSON, as a form body would carry it.
     */
    private static Map<String, String> jsonBody(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> field : JsonParser.parseString(body).getAsJsonObject().entrySet()) {
            JsonElement value = field.getValue();
            params.put(field.getKey(), value.isJsonPrimitive() ? value.getAsString() : value.toString());
        }
        return params;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
