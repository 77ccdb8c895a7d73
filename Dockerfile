# syntax=docker/dockerfile:1
# repair-bot: build the runnable jar with Maven, run it on a JRE as a non-root user.
#   docker build -t repair-bot .
#   docker compose up -d            (compose.yaml: the bot, Redis, the token as a secret, a data volume)

# ---- build ------------------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
# the Maven cache survives between builds (BuildKit); tests run in CI (.ci/run), not in the image build
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -q -DskipTests -pl bootstrap -am package \
 && cp bootstrap/target/repair-bot.jar /repair-bot.jar

# ---- run --------------------------------------------------------------------------------------------------
FROM eclipse-temurin:21-jre
# curl only for HEALTHCHECK
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 repairbot \
 && useradd --system --uid 10001 --gid repairbot --home-dir /data --shell /usr/sbin/nologin repairbot \
 && mkdir -p /data /app \
 && chown repairbot:repairbot /data
COPY --from=build /repair-bot.jar /app/repair-bot.jar

# the SQLite file and its backups live in the volume; health and metrics on 8080
ENV DATABASE_PATH=/data/repair-bot.db \
    BACKUP_DIR=/data/backups \
    HTTP_PORT=8080 \
    LOG_FORMAT=json
VOLUME ["/data"]
EXPOSE 8080
USER repairbot:repairbot
WORKDIR /data

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/health/live || exit 1

# exec form: java is PID 1 and gets SIGTERM itself (the bot stops within 20 s; compose gives it 30 s).
# The flags are bin/jvm-flags.sh's (README "Performance and JVM flags"), without AppCDS and its logging, in the same
# order (TheImageRunsWithTheShippedJvmFlagsTest keeps them equal); extra or overriding flags go in JAVA_TOOL_OPTIONS.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-Xms32m", "-Xmx96m", \
            "-XX:MaxMetaspaceSize=96m", "-XX:ReservedCodeCacheSize=48m", "-Xss512k", \
            "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=2", \
            "-XX:+ExitOnOutOfMemoryError", "-Dio.netty.leakDetection.level=disabled", \
            "-jar", "/app/repair-bot.jar"]
CMD ["run"]
