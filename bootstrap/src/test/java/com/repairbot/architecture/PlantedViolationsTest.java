package com.repairbot.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.repairbot.architecture.fixtures.adapteronadapter.adapter.sqlite.SqliteTickets;
import com.repairbot.architecture.fixtures.adapteronadapter.adapter.telegram.TelegramMessenger;
import com.repairbot.architecture.fixtures.adapteronbootstrap.adapter.console.ConsoleShell;
import com.repairbot.architecture.fixtures.adapterwithouttechprefix.adapter.console.TerminalMessenger;
import com.repairbot.architecture.fixtures.adapterwithouttechprefix.adapter.redis.CachedTickets;
import com.repairbot.architecture.fixtures.adapterwithouttechprefix.adapter.postgres.PooledTickets;
import com.repairbot.architecture.fixtures.adapterwithouttechprefix.adapter.sqlite.JdbcTickets;
import com.repairbot.architecture.fixtures.adapterwithouttechprefix.adapter.telegram.BotMessenger;
import com.repairbot.architecture.fixtures.applicationonadapter.application.service.OpenTicketService;
import com.repairbot.architecture.fixtures.inportrecordsuffix.application.port.in.OpenTicketRequest;
import com.repairbot.architecture.fixtures.inportwithoutusecase.application.port.in.OpenTicket;
import com.repairbot.architecture.fixtures.outportnamedport.application.port.out.TicketsPort;
import com.repairbot.architecture.fixtures.packagecycle.domain.staff.Technician;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every rule bites: each fixture under {@code fixtures.<case>} is a tiny code base laid out like
 * the real one (its own {@code domain}, {@code application.port.out}, {@code adapter.sqlite}, ...) with one
 * planted violation, and the rules are built for that fixture's root with {@link ArchitectureRules#forRoot}.
 * The {@code clean} fixture breaks nothing, so a rule that always fails is caught as well.
 *
 * <p>Some rules overlap by design: a domain class that uses bootstrap breaks both the layers and
 * "domain depends only on java". Each test asserts the rule it is about, and that the failure names the
 * planted class, so a rule cannot pass the test by failing for another reason (an empty layer, say).
 */
class PlantedViolationsTest {

    private static final String FIXTURES = "com.repairbot.architecture.fixtures";
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRuleForTheCleanFixture")
    void a_clean_hexagon_passes(ArchRule rule) {
        assertThatCode(() -> rule.check(fixture("clean"))).doesNotThrowAnyException();
    }

    static Stream<Named<ArchRule>> everyRuleForTheCleanFixture() {
        return rulesFor("clean").rules().stream().map(rule -> Named.of(rule.getDescription(), rule));
    }

    @Test
    void a_rule_that_matches_no_class_fails_instead_of_passing() {
        ArchRule typoInRoot = ArchitectureRules.forRoot(FIXTURES + ".nosuchroot").domainDependsOnlyOnJava();

        assertThatThrownBy(() -> typoInRoot.check(fixture("clean")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    // ---- dependencies ----

    @Test
    void domain_depending_on_an_application_class_is_caught() {
        assertCaught(rulesFor("domainonapplication").domainDependsOnlyOnJava(), fixture("domainonapplication"),
                FIXTURES + ".domainonapplication.domain.ticket.Ticket");
    }

    @Test
    void domain_carrying_a_library_annotation_is_caught() {
        ArchRule rule = rulesFor("domainonlibrary").domainDependsOnlyOnJava();

        assertThatThrownBy(() -> rule.check(fixture("domainonlibrary")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURES + ".domainonlibrary.domain.ticket.Ticket")
                .hasMessageContaining("org.junit.jupiter.api.Tag");
    }

    @Test
    void application_depending_on_an_adapter_is_caught() {
        assertCaught(rulesFor("applicationonadapter").applicationDependsOnlyOnDomainAndJava(),
                fixture("applicationonadapter"), OpenTicketService.class.getName());
    }

    @Test
    void adapter_depending_on_another_adapter_is_caught() {
        assertThatThrownBy(() -> rulesFor("adapteronadapter").adaptersDoNotDependOnEachOther()
                        .check(fixture("adapteronadapter")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(TelegramMessenger.class.getName())
                .hasMessageContaining(SqliteTickets.class.getName());
    }

    /** The layers allow adapters the whole application; this rule narrows it to the ports. */
    @Test
    void an_adapter_holding_a_service_instead_of_its_use_case_is_caught() {
        assertThatThrownBy(() -> rulesFor("adapteronservice").adaptersUseTheApplicationOnlyThroughItsPorts()
                        .check(fixture("adapteronservice")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURES + ".adapteronservice.adapter.console.ConsoleShell")
                .message().doesNotContain(FIXTURES + ".adapteronservice.adapter.console.ConsoleMenu");
    }

    @Test
    void an_in_port_naming_the_service_behind_it_is_caught() {
        assertThatThrownBy(() -> rulesFor("portonservice").portsDependOnlyOnPortsTheConversationModelAndTheDomain()
                        .check(fixture("portonservice")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURES + ".portonservice.application.port.in.FindTicketQuery")
                .message().doesNotContain(FIXTURES + ".portonservice.application.port.in.FindTicketUseCase");
    }

    @Test
    void the_domain_reading_the_system_clock_is_caught() {
        assertThatThrownBy(() -> rulesFor("domainreadsclock").theDomainNeverReadsTheSystemClock()
                        .check(fixture("domainreadsclock")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURES + ".domainreadsclock.domain.ticket.Ticket")
                .hasMessageContaining("Instant.now()")
                .message().doesNotContain(FIXTURES + ".domainreadsclock.domain.ticket.Visit");
    }

    @Test
    void domain_depending_on_bootstrap_breaks_the_layers() {
        assertCaught(rulesFor("domainonbootstrap").dependenciesPointInward(), fixture("domainonbootstrap"),
                FIXTURES + ".domainonbootstrap.domain.ticket.Ticket");
    }

    /** The layers are the only rule that sees an adapter reaching back into bootstrap. */
    @Test
    void adapter_depending_on_bootstrap_breaks_the_layers() {
        assertCaught(rulesFor("adapteronbootstrap").dependenciesPointInward(), fixture("adapteronbootstrap"),
                ConsoleShell.class.getName());
    }

    @Test
    void a_class_outside_every_layer_is_caught() {
        assertCaught(rulesFor("outsidelayers").dependenciesPointInward(), fixture("outsidelayers"),
                FIXTURES + ".outsidelayers.adapters.sqlite.SqliteTickets");
    }

    @Test
    void a_cycle_between_top_level_packages_is_caught() {
        assertCaught(rulesFor("packagecycle").topLevelPackagesOfEachModuleAreFreeOfCycles(), fixture("packagecycle"),
                Technician.class.getName());
    }

    @Test
    void a_package_may_talk_both_ways_with_its_own_sub_package() {
        ArchRule rule = rulesFor("subpackagecycle").topLevelPackagesOfEachModuleAreFreeOfCycles();

        assertThatCode(() -> rule.check(fixture("subpackagecycle"))).doesNotThrowAnyException();
    }

    // ---- libraries ----

    @Test
    void java_sql_outside_the_sqlite_adapter_is_caught() {
        assertThatThrownBy(() -> rulesFor("javasqloutsidesqlite").jdbcIsUsedOnlyInDatabaseAdapters()
                        .check(fixture("javasqloutsidesqlite")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURES + ".javasqloutsidesqlite.bootstrap.Main")
                .message().doesNotContain(FIXTURES + ".javasqloutsidesqlite.adapter.sqlite.SqliteTickets");
    }

    /**
     * Every confined library, including those that are not on this classpath: the planted classes are written
     * as bytecode by {@link PlantedClassFile}, one inside the library's adapter (allowed) and one in bootstrap
     * (caught).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("confinedLibraries")
    void a_library_used_outside_its_adapter_is_caught(
            Function<ArchitectureRules, ArchRule> confinement,
            String adapter,
            String libraryType,
            @TempDir Path classes) {
        String root = FIXTURES + ".library";
        String allowed = root + ".adapter." + adapter + ".PlantedAdapterClass";
        String planted = root + ".bootstrap.PlantedWiring";
        ArchRule rule = confinement.apply(ArchitectureRules.forRoot(root));

        PlantedClassFile.write(classes, allowed, libraryType);
        // Something outside the adapter that behaves, or the rule would rightly fail for checking nothing.
        PlantedClassFile.write(classes, root + ".bootstrap.Settings", "java.lang.String");
        JavaClasses clean = new ClassFileImporter().importPath(classes);
        assertThatCode(() -> rule.check(clean)).doesNotThrowAnyException();

        PlantedClassFile.write(classes, planted, libraryType);
        JavaClasses withPlanted = new ClassFileImporter().importPath(classes);
        assertThatThrownBy(() -> rule.check(withPlanted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(planted)
                .hasMessageContaining(libraryType)
                .message().doesNotContain(allowed);
    }

    static Stream<Arguments> confinedLibraries() {
        return Stream.of(
                library("com.pengrad", ArchitectureRules::telegramBotApiIsUsedOnlyInTelegramAdapter, "telegram",
                        "com.pengrad.telegrambot.TelegramBot"),
                library("io.lettuce", ArchitectureRules::lettuceIsUsedOnlyInRedisAdapter, "redis",
                        "io.lettuce.core.RedisClient"),
                library("org.jdbi", ArchitectureRules::jdbiIsUsedOnlyInDatabaseAdapters, "sqlite",
                        "org.jdbi.v3.core.Jdbi"),
                library("java.sql", ArchitectureRules::jdbcIsUsedOnlyInDatabaseAdapters, "sqlite",
                        "java.sql.Connection"),
                library("javax.sql", ArchitectureRules::jdbcIsUsedOnlyInDatabaseAdapters, "sqlite",
                        "javax.sql.DataSource"),
                library("org.sqlite", ArchitectureRules::sqliteDriverIsUsedOnlyInSqliteAdapter, "sqlite",
                        "org.sqlite.SQLiteDataSource"),
                library("org.flywaydb", ArchitectureRules::flywayIsUsedOnlyInDatabaseAdapters, "sqlite",
                        "org.flywaydb.core.Flyway"),
                library("org.jdbi in adapter.postgres", ArchitectureRules::jdbiIsUsedOnlyInDatabaseAdapters,
                        "postgres", "org.jdbi.v3.core.Jdbi"),
                library("org.postgresql", ArchitectureRules::postgresqlDriverAndPoolAreUsedOnlyInPostgresAdapter,
                        "postgres", "org.postgresql.PGConnection"),
                library("com.zaxxer", ArchitectureRules::postgresqlDriverAndPoolAreUsedOnlyInPostgresAdapter,
                        "postgres", "com.zaxxer.hikari.HikariDataSource"),
                library("org.dhatim.fastexcel", ArchitectureRules::fastexcelIsUsedOnlyInSpreadsheetAdapter,
                        "spreadsheet", "org.dhatim.fastexcel.Workbook"));
    }

    @Test
    void micrometer_used_outside_bootstrap_is_caught(@TempDir Path classes) {
        String root = FIXTURES + ".metrics";
        assertOnlyBootstrapMayUse(classes, ArchitectureRules.forRoot(root).micrometerIsUsedOnlyInBootstrap(),
                root + ".bootstrap.PlantedMetrics", root + ".adapter.telegram", "PlantedMeteredChannel",
                "io.micrometer.core.instrument.MeterRegistry");
    }

    @Test
    void sentry_used_outside_bootstrap_is_caught(@TempDir Path classes) {
        String root = FIXTURES + ".errors";
        assertOnlyBootstrapMayUse(classes, ArchitectureRules.forRoot(root).sentryIsUsedOnlyInBootstrap(),
                root + ".bootstrap.PlantedErrorReporting", root + ".application.service", "PlantedCapturingService",
                "io.sentry.Sentry");
    }

    /** Bootstrap's use of the library passes; the same use planted in another package is caught, and only it. */
    private static void assertOnlyBootstrapMayUse(Path classes, ArchRule rule, String allowed, String elsewhere,
                                                  String plantedName, String libraryType) {
        String planted = elsewhere + "." + plantedName;
        PlantedClassFile.write(classes, allowed, libraryType);
        PlantedClassFile.write(classes, elsewhere + ".Settings", "java.lang.String");
        JavaClasses clean = new ClassFileImporter().importPath(classes);
        assertThatCode(() -> rule.check(clean)).doesNotThrowAnyException();

        PlantedClassFile.write(classes, planted, libraryType);
        JavaClasses withPlanted = new ClassFileImporter().importPath(classes);
        assertThatThrownBy(() -> rule.check(withPlanted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(planted)
                .message().doesNotContain(allowed);
    }

    private static Arguments library(
            String library, Function<ArchitectureRules, ArchRule> confinement, String adapter, String libraryType) {
        return arguments(Named.of(library + " only in adapter." + adapter, confinement), adapter, libraryType);
    }

    // ---- names ----

    @Test
    void an_out_port_named_port_is_caught() {
        assertCaught(rulesFor("outportnamedport").outPortsAreNotSuffixedWithPort(), fixture("outportnamedport"),
                TicketsPort.class.getName());
    }

    @Test
    void an_in_port_interface_that_is_not_a_use_case_is_caught() {
        assertCaught(rulesFor("inportwithoutusecase").inPortInterfacesAreUseCases(), fixture("inportwithoutusecase"),
                OpenTicket.class.getName());
    }

    @Test
    void an_in_port_record_with_an_unknown_suffix_is_caught() {
        assertCaught(rulesFor("inportrecordsuffix").inPortRecordsAreNamedAsUseCaseInputsOrOutputs(),
                fixture("inportrecordsuffix"), OpenTicketRequest.class.getName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outPortAdapterNamings")
    void an_out_port_adapter_not_named_after_its_technology_is_caught(
            Function<ArchitectureRules, ArchRule> naming, Class<?> planted) {
        assertCaught(naming.apply(rulesFor("adapterwithouttechprefix")), fixture("adapterwithouttechprefix"),
                planted.getName());
    }

    static Stream<Arguments> outPortAdapterNamings() {
        return Stream.of(
                naming("sqlite", ArchitectureRules::sqliteOutPortAdaptersStartWithSqlite, JdbcTickets.class),
                naming("postgres", ArchitectureRules::postgresOutPortAdaptersStartWithPostgres, PooledTickets.class),
                naming("redis", ArchitectureRules::redisOutPortAdaptersStartWithRedis, CachedTickets.class),
                naming("telegram", ArchitectureRules::telegramOutPortAdaptersStartWithTelegram, BotMessenger.class),
                naming("console", ArchitectureRules::consoleOutPortAdaptersStartWithConsole, TerminalMessenger.class));
    }

    private static Arguments naming(String adapter, Function<ArchitectureRules, ArchRule> naming, Class<?> planted) {
        return arguments(Named.of(adapter, naming), planted);
    }

    // ---- helpers ----

    private static ArchitectureRules rulesFor(String fixture) {
        return ArchitectureRules.forRoot(FIXTURES + "." + fixture);
    }

    /** Imports each fixture once: scanning the classpath is the slow part, and the clean one is used often. */
    private static JavaClasses fixture(String fixture) {
        return IMPORTED.computeIfAbsent(fixture, name -> new ClassFileImporter().importPackages(FIXTURES + "." + name));
    }

    private static void assertCaught(ArchRule rule, JavaClasses classes, String plantedClass) {
        assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(plantedClass);
    }
}
