package com.repairbot.adapter.telegram;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The fake Bot API ({@link FakeBotApi}) as Telegram behaves towards several bot instances behind a load
 * balancer in webhook mode: each update is posted to a random instance until one answers 200 (an instance that
 * is down, refuses the connection or answers 503 is left for another, as Telegram retries and as nginx's
 * {@code proxy_next_upstream} does), and a share of the updates is posted twice — to the same instance or, at
 * the same moment, to a second one. Every Bot API call the instances make (replies, notifications) is recorded
 * as {@link FakeBotApi} records it, whichever instance made it.
 */
public final class WebhookTelegram implements AutoCloseable {

    /** The token the fake accepts. */
    public static final String TOKEN = FakeBotApi.TOKEN;

    /** A message the bot showed: sent, or an earlier one edited. */
    public record Shown(String method, long chat, int messageId, String text, List<String> buttons) {

        /** @return whether it is a new message ({@code sendMessage}) rather than an edit */
        public boolean sent() {
            return method.equals("sendMessage");
        }

        /** @return the callback data of the first button whose label contains the text */
        public String button(String label) {
            return buttons.stream().filter(b -> b.substring(0, b.lastIndexOf('=')).contains(label)).findFirst()
                    .map(b -> b.substring(b.lastIndexOf('=') + 1))
                    .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + buttons));
        }

        /** @return whether a button carries exactly this callback data */
        public boolean hasData(String data) {
            return buttons.stream().anyMatch(b -> b.endsWith("=" + data));
        }
    }

    private final FakeBotApi api;
    private final String secret;
    private final double duplicates;
    private final Duration patience;
    private final AtomicReferenceArray<URI> instances;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicLong posts = new AtomicLong();
    private final AtomicLong duplicated = new AtomicLong();
    private final AtomicLong toTwoInstances = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final long born = System.nanoTime();
    /** Updates a post of which broke off after it reached an instance (a reset, no answer): maybe half handled. */
    private final java.util.Set<Long> interrupted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Every post: when (ms since start), which update, to which instance, with what answer. */
    private final java.util.Queue<String> log = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * @param instances  how many instances the updates are spread over (their endpoints set by {@link #instance})
     * @param secret     the {@code X-Telegram-Bot-Api-Secret-Token} the instances expect
     * @param duplicates the share of updates posted twice (0.05: 5 %)
     * @param patience   how long one update is offered before the test fails
     */
    public WebhookTelegram(int instances, String secret, double duplicates, Duration patience) throws IOException {
        this.api = new FakeBotApi();
        this.secret = secret;
        this.duplicates = duplicates;
        this.patience = patience;
        this.instances = new AtomicReferenceArray<>(instances);
    }

    /** @return the base URL to give the bots as {@code TELEGRAM_API_URL} */
    public URI url() {
        return api.url();
    }

    /** Where instance {@code index} takes webhook posts (e.g. {@code http://127.0.0.1:8443/telegram}). */
    public void instance(int index, URI endpoint) {
        instances.set(index, endpoint);
    }

    /** A person types a text; returns once an instance accepted it (not waiting for the reply). @return the id */
    public long say(long chat, long user, String text) {
        return deliver(api.newUpdate(FakeBotApi.text(chat, user, text)));
    }

    /** A person presses a button with this data on that message; returns once an instance accepted it. */
    public long press(long chat, long user, int messageId, String data) {
        return deliver(api.newUpdate(api.callback(chat, user, messageId, data)));
    }

    /** @return the messages shown in the chat (sent, or edited), in the order the calls arrived */
    public List<Shown> shown(long chat) {
        List<Shown> out = new ArrayList<>();
        for (Call call : api.shown(chat)) {
            List<String> buttons = call.inlineButtons().stream().flatMap(List::stream).toList();
            out.add(new Shown(call.method(), chat, api.messageIdOf(call), call.param("text"), buttons));
        }
        return out;
    }

    /** @return how many successful calls of the method came in, from every instance */
    public int calls(String method) {
        return (int) api.calls(method).stream().filter(Call::ok).count();
    }

    /** Waits until the condition holds, or fails after {@code timeout}. */
    public static void await(Duration timeout, BooleanSupplier condition, String what) {
        FakeBotApi.await(timeout, condition, what);
    }

    /** @return the first message in the chat from index {@code from} on that matches, once it is there */
    public Shown awaitShown(long chat, int from, Predicate<Shown> matching, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Shown> shown = shown(chat);
            for (int i = from; i < shown.size(); i++) {
                if (matching.test(shown.get(i))) {
                    return shown.get(i);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + " in chat " + chat + "; it shows "
                        + shown.stream().skip(Math.max(0, shown.size() - 8)).map(Shown::text).toList());
            }
            try {
                api.awaitAnyCall(Duration.ofMillis(100)); // woken by every call: no busy polling by 50 people
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** @return updates posted (each counted once), updates posted twice, of those to two instances, refusals */
    public String statistics() {
        return posts.get() + " updates, " + duplicated.get() + " posted twice (" + toTwoInstances.get()
                + " of them to two instances at once), " + refused.get() + " posts refused or failed and offered again";
    }

    /** @return how many updates were posted twice */
    public long duplicated() {
        return duplicated.get();
    }

    /** @return how many posts an instance refused (503, a closed connection) and were offered again */
    public long refused() {
        return refused.get();
    }

    private long deliver(String json) {
        posts.incrementAndGet();
        long id = Long.parseLong(json.substring("{\"update_id\":".length(), json.indexOf(',')));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int first = random.nextInt(instances.length());
        Thread second = null;
        if (random.nextDouble() < duplicates) {
            duplicated.incrementAndGet();
            int other = random.nextInt(instances.length());
            if (other != first) {
                // to a second instance at the same moment: both may start handling it
                toTwoInstances.incrementAndGet();
                second = Thread.ofVirtual().start(() -> offer(json, other));
            } else {
                offer(json, first); // the same instance twice in a row, as after a lost answer
            }
        }
        offer(json, first);
        if (second != null) {
            try {
                second.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return id;
    }

    /** Posts until an instance answers 200, starting with {@code first}, then any other. */
    private void offer(String json, int first) {
        long deadline = System.nanoTime() + patience.toNanos();
        int target = first;
        while (true) {
            if (post(json, target)) {
                return;
            }
            refused.incrementAndGet();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no instance accepted an update within " + patience + ": " + json);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            target = ThreadLocalRandom.current().nextInt(instances.length());
        }
    }

    private boolean post(String json, int index) {
        URI endpoint = instances.get(index);
        if (endpoint == null) {
            return false;
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header(WebhookServer.SECRET_HEADER, secret).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long id = Long.parseLong(json.substring("{\"update_id\":".length(), json.indexOf(',')));
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            note(id, index, status + " " + what(json));
            return status == 200;
        } catch (IOException down) {
            note(id, index, down.getClass().getSimpleName() + " " + what(json));
            if (!(down instanceof java.net.ConnectException)) {
                interrupted.add(id); // it reached the instance: handled in part, or wholly, or not at all
            }
            return false; // refused, reset or timed out: Telegram offers it again later
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** @return the chat and the text or button data of an update, for the post log */
    private static String what(String json) {
        java.util.regex.Matcher chat = java.util.regex.Pattern.compile("\"chat\":\\{\"id\":(-?\\d+)").matcher(json);
        java.util.regex.Matcher said = java.util.regex.Pattern.compile("\"(text|data)\":(\"[^\"]*\")").matcher(json);
        return (chat.find() ? "chat " + chat.group(1) : "") + (said.find() ? " " + said.group(2) : "");
    }

    private void note(long id, int index, String answer) {
        log.add((System.nanoTime() - born) / 1_000_000 + " ms: update " + id + " to instance " + index + ": " + answer);
    }

    /**
     * @return whether a post of the update broke off after reaching an instance (the instance died while handling
     *         it, or did not answer in time), so that it may have been handled in part before it came again
     */
    public boolean interrupted(long updateId) {
        return interrupted.contains(updateId);
    }

    /**
     * @return the text of the last answer to a button press with a text (a toast such as "out of date"), once one
     *         came; empty for a press answered silently or not yet, and for a text message
     */
    public java.util.Optional<String> toast(long updateId) {
        String json = api.updateJson(updateId);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"callback_query\":\\{\"id\":\"([^\"]+)\"")
                .matcher(json == null ? "" : json);
        if (!id.find()) {
            return java.util.Optional.empty();
        }
        return api.calls("answerCallbackQuery").stream().filter(Call::ok)
                .filter(c -> id.group(1).equals(c.param("callback_query_id")))
                .map(c -> c.param("text")).filter(t -> t != null && !t.isBlank()).reduce((a, b) -> b);
    }

    /** @return every post so far, one line each (when, which update, to which instance, the answer) */
    public List<String> posts() {
        return List.copyOf(log);
    }

    @Override
    public void close() {
        api.close();
        http.close();
    }
}
