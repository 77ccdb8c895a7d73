package com.repairbot.bootstrap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names the shipped Grafana dashboard and Prometheus alert rules query, read from their PromQL, and
 * the names a {@code /metrics} scrape exposes.
 */
final class MonitoringQueries {

    static final Path DASHBOARD = Path.of("..", "ops", "grafana", "repair-bot.json");
    static final Path ALERTS = Path.of("..", "ops", "prometheus", "alerts.yml");
    /** Series Prometheus makes itself for every target; no bot exposes them. */
    static final Set<String> MADE_BY_PROMETHEUS = Set.of("up");

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,");
    private static final Pattern RULE_EXPRESSION = Pattern.compile("(?m)^\\s*expr:\\s*(.+)$");

    private MonitoringQueries() {
    }

    /** @return every PromQL expression of a Grafana dashboard: panels' targets (rows' too) and variables' queries */
    static List<String> dashboardExpressions(String json) {
        List<String> expressions = new ArrayList<>();
        JsonObject dashboard = JsonParser.parseString(json).getAsJsonObject();
        collectTargets(dashboard.getAsJsonArray("panels"), expressions);
        if (dashboard.has("templating")) {
            for (JsonElement variable : dashboard.getAsJsonObject("templating").getAsJsonArray("list")) {
                JsonElement query = variable.getAsJsonObject().get("query");
                if (query != null && query.isJsonPrimitive()) {
                    expressions.add(query.getAsString());
                }
            }
        }
        return expressions;
    }

    private static void collectTargets(Iterable<JsonElement> panels, List<String> expressions) {
        for (JsonElement element : panels) {
            JsonObject panel = element.getAsJsonObject();
            if (panel.has("targets")) {
                for (JsonElement target : panel.getAsJsonArray("targets")) {
                    expressions.add(target.getAsJsonObject().get("expr").getAsString());
                }
            }
            if (panel.has("panels")) {
                collectTargets(panel.getAsJsonArray("panels"), expressions);
            }
        }
    }

    /** @return every rule's {@code expr:} (alerts.yml keeps each on one line) */
    static List<String> ruleExpressions(String yaml) {
        List<String> expressions = new ArrayList<>();
        Matcher rule = RULE_EXPRESSION.matcher(yaml);
        while (rule.find()) {
            expressions.add(rule.group(1).strip());
        }
        return expressions;
    }

    /** @return the metric names one PromQL expression (or a Grafana {@code label_values(…)} query) reads */
    static Set<String> metricNames(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher variable = LABEL_VALUES.matcher(expression);
        if (variable.find()) {
            names.add(variable.group(1));
            return names;
        }
        String bare = expression.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"") // strings
                .replaceAll("\\{[^}]*}", " ") // label matchers
                .replaceAll("\\[[^]]*]", " ") // ranges
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ") // label lists
                .replaceAll("(?<![\\w:])\\d+(\\.\\d+)?([eE][-+]?\\d+)?(ms|s|m|h|d|w|y)?(?![\\w:])", " "); // numbers, durations
        Matcher name = NAME.matcher(bare);
        while (name.find()) {
            boolean function = bare.substring(name.end()).matches("(?s)\\s*\\(.*");
            if (!function && !KEYWORDS.contains(name.group().toLowerCase())) {
                names.add(name.group());
            }
        }
        return names;
    }

    /** @return the names of the samples in a Prometheus text-format scrape */
    static Set<String> exposed(String scrape) {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    /** @return the names the expressions read that the scrape does not expose (Prometheus's own series aside) */
    static Set<String> missing(List<String> expressions, Set<String> exposed) {
        Set<String> missing = new TreeSet<>();
        for (String expression : expressions) {
            for (String name : metricNames(expression)) {
                if (!exposed.contains(name) && !MADE_BY_PROMETHEUS.contains(name)) {
                    missing.add(name);
                }
            }
        }
        return missing;
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
