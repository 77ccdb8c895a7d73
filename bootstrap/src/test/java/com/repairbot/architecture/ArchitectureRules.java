package com.repairbot.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.conditions.ArchConditions.have;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * Every architecture rule of the repair bot, as named policies.
 *
 * <p>The {@code public static final} fields are the rules for the real code under {@value #ROOT};
 * {@code ArchitectureTest} applies all of them ({@link #all()}) to the production classes.
 * {@link #forRoot(String)} builds the very same rules for another base package: the planted-violation
 * tests use it to prove on small fixtures that each rule fails when it is broken.
 *
 * <p><b>Applying the rules to your own code.</b> This class ships in the {@code tests} test-jar of
 * {@code bootstrap}. Add that jar and {@code com.tngtech.archunit:archunit} to your test classpath, import
 * your classes and check the rules you care about:
 *
 * <pre>{@code
 * JavaClasses myClasses = ArchitectureRules.importProductionClasses();
 * ArchitectureRules.domain_depends_only_on_java.check(myClasses);
 * ArchitectureRules.all().forEach(rule -> rule.check(myClasses));
 * }</pre>
 *
 * If you import the classes yourself, leave out test classes and test-jars: the test-jar holds this class's
 * fixtures under {@code com.repairbot.architecture.fixtures}, and they break the rules on purpose.
 * If your code lives under another base package but follows the same layout ({@code domain},
 * {@code application.port.in}, {@code application.port.out}, {@code adapter.<tech>}, {@code bootstrap}), use
 * {@code ArchitectureRules.forRoot("org.example.bot").domainDependsOnlyOnJava().check(myClasses)}.
 *
 * <p>Every rule keeps ArchUnit's {@code failOnEmptyShould}: a rule that matches no class fails, so a typo in a
 * package name cannot make it pass silently. No rule allows an empty match, and no layer is optional.
 */
public final class ArchitectureRules {

    /** The base package of the repair bot's own code. */
    public static final String ROOT = "com.repairbot";

    /**
     * The endings a record in {@code application.port.in} may have: the inputs ({@code Command},
     * {@code Query}) and outputs ({@code View}, {@code Result}, {@code Page}) of use cases. Extend it here.
     */
    public static final List<String> USE_CASE_RECORD_SUFFIXES = List.of("Command", "Query", "View", "Result", "Page");

    /** The adapters that keep data in an SQL database. */
    private static final List<String> DATABASE_ADAPTERS = List.of("sqlite", "postgres");

    // Declared before the rule fields below: static fields are initialised in textual order.
    private static final ArchitectureRules PRODUCTION = forRoot(ROOT);

    public static final ArchRule dependencies_point_inward = PRODUCTION.dependenciesPointInward();
    public static final ArchRule domain_depends_only_on_java = PRODUCTION.domainDependsOnlyOnJava();
    public static final ArchRule application_depends_only_on_domain_and_java =
            PRODUCTION.applicationDependsOnlyOnDomainAndJava();
    public static final ArchRule adapters_do_not_depend_on_each_other = PRODUCTION.adaptersDoNotDependOnEachOther();
    public static final ArchRule adapters_use_the_application_only_through_its_ports =
            PRODUCTION.adaptersUseTheApplicationOnlyThroughItsPorts();
    public static final ArchRule the_domain_never_reads_the_system_clock = PRODUCTION.theDomainNeverReadsTheSystemClock();
    public static final ArchRule ports_depend_only_on_ports_the_conversation_model_and_the_domain =
            PRODUCTION.portsDependOnlyOnPortsTheConversationModelAndTheDomain();
    public static final ArchRule top_level_packages_of_each_module_are_free_of_cycles =
            PRODUCTION.topLevelPackagesOfEachModuleAreFreeOfCycles();

    public static final ArchRule telegram_bot_api_is_used_only_in_telegram_adapter =
            PRODUCTION.telegramBotApiIsUsedOnlyInTelegramAdapter();
    public static final ArchRule lettuce_is_used_only_in_redis_adapter = PRODUCTION.lettuceIsUsedOnlyInRedisAdapter();
    public static final ArchRule jdbi_is_used_only_in_database_adapters = PRODUCTION.jdbiIsUsedOnlyInDatabaseAdapters();
    public static final ArchRule jdbc_is_used_only_in_database_adapters = PRODUCTION.jdbcIsUsedOnlyInDatabaseAdapters();
    public static final ArchRule sqlite_driver_is_used_only_in_sqlite_adapter =
            PRODUCTION.sqliteDriverIsUsedOnlyInSqliteAdapter();
    public static final ArchRule flyway_is_used_only_in_database_adapters =
            PRODUCTION.flywayIsUsedOnlyInDatabaseAdapters();
    public static final ArchRule postgresql_driver_and_pool_are_used_only_in_postgres_adapter =
            PRODUCTION.postgresqlDriverAndPoolAreUsedOnlyInPostgresAdapter();
    public static final ArchRule micrometer_is_used_only_in_bootstrap = PRODUCTION.micrometerIsUsedOnlyInBootstrap();
    public static final ArchRule sentry_is_used_only_in_bootstrap = PRODUCTION.sentryIsUsedOnlyInBootstrap();
    public static final ArchRule fastexcel_is_used_only_in_spreadsheet_adapter =
            PRODUCTION.fastexcelIsUsedOnlyInSpreadsheetAdapter();

    public static final ArchRule out_ports_are_not_suffixed_with_port = PRODUCTION.outPortsAreNotSuffixedWithPort();
    public static final ArchRule in_port_interfaces_are_use_cases = PRODUCTION.inPortInterfacesAreUseCases();
    public static final ArchRule in_port_records_are_named_as_use_case_inputs_or_outputs =
            PRODUCTION.inPortRecordsAreNamedAsUseCaseInputsOrOutputs();
    public static final ArchRule sqlite_out_port_adapters_start_with_sqlite =
            PRODUCTION.sqliteOutPortAdaptersStartWithSqlite();
    public static final ArchRule postgres_out_port_adapters_start_with_postgres =
            PRODUCTION.postgresOutPortAdaptersStartWithPostgres();
    public static final ArchRule redis_out_port_adapters_start_with_redis =
            PRODUCTION.redisOutPortAdaptersStartWithRedis();
    public static final ArchRule telegram_out_port_adapters_start_with_telegram =
            PRODUCTION.telegramOutPortAdaptersStartWithTelegram();
    public static final ArchRule console_out_port_adapters_start_with_console =
            PRODUCTION.consoleOutPortAdaptersStartWithConsole();

    private final String root;

    private ArchitectureRules(String root) {
        this.root = root;
    }

    /** The same rules as the static fields, for code whose base package is {@code rootPackage}. */
    public static ArchitectureRules forRoot(String rootPackage) {
        return new ArchitectureRules(rootPackage);
    }

    /** Every rule for {@value #ROOT}, in the order of the fields. */
    public static List<ArchRule> all() {
        return List.of(
                dependencies_point_inward,
                domain_depends_only_on_java,
                application_depends_only_on_domain_and_java,
                adapters_do_not_depend_on_each_other,
                adapters_use_the_application_only_through_its_ports,
                the_domain_never_reads_the_system_clock,
                ports_depend_only_on_ports_the_conversation_model_and_the_domain,
                top_level_packages_of_each_module_are_free_of_cycles,
                telegram_bot_api_is_used_only_in_telegram_adapter,
                lettuce_is_used_only_in_redis_adapter,
                jdbi_is_used_only_in_database_adapters,
                jdbc_is_used_only_in_database_adapters,
                sqlite_driver_is_used_only_in_sqlite_adapter,
                flyway_is_used_only_in_database_adapters,
                postgresql_driver_and_pool_are_used_only_in_postgres_adapter,
                micrometer_is_used_only_in_bootstrap,
                sentry_is_used_only_in_bootstrap,
                fastexcel_is_used_only_in_spreadsheet_adapter,
                out_ports_are_not_suffixed_with_port,
                in_port_interfaces_are_use_cases,
                in_port_records_are_named_as_use_case_inputs_or_outputs,
                sqlite_out_port_adapters_start_with_sqlite,
                postgres_out_port_adapters_start_with_postgres,
                redis_out_port_adapters_start_with_redis,
                telegram_out_port_adapters_start_with_telegram,
                console_out_port_adapters_start_with_console);
    }

    /** Every rule for this root, in the same order as {@link #all()}. */
    public List<ArchRule> rules() {
        return List.of(
                dependenciesPointInward(),
                domainDependsOnlyOnJava(),
                applicationDependsOnlyOnDomainAndJava(),
                adaptersDoNotDependOnEachOther(),
                adaptersUseTheApplicationOnlyThroughItsPorts(),
                theDomainNeverReadsTheSystemClock(),
                portsDependOnlyOnPortsTheConversationModelAndTheDomain(),
                topLevelPackagesOfEachModuleAreFreeOfCycles(),
                telegramBotApiIsUsedOnlyInTelegramAdapter(),
                lettuceIsUsedOnlyInRedisAdapter(),
                jdbiIsUsedOnlyInDatabaseAdapters(),
                jdbcIsUsedOnlyInDatabaseAdapters(),
                sqliteDriverIsUsedOnlyInSqliteAdapter(),
                flywayIsUsedOnlyInDatabaseAdapters(),
                postgresqlDriverAndPoolAreUsedOnlyInPostgresAdapter(),
                micrometerIsUsedOnlyInBootstrap(),
                sentryIsUsedOnlyInBootstrap(),
                fastexcelIsUsedOnlyInSpreadsheetAdapter(),
                outPortsAreNotSuffixedWithPort(),
                inPortInterfacesAreUseCases(),
                inPortRecordsAreNamedAsUseCaseInputsOrOutputs(),
                sqliteOutPortAdaptersStartWithSqlite(),
                postgresOutPortAdaptersStartWithPostgres(),
                redisOutPortAdaptersStartWithRedis(),
                telegramOutPortAdaptersStartWithTelegram(),
                consoleOutPortAdaptersStartWithConsole());
    }

    /**
     * The production classes under {@value #ROOT} of every module on the classpath: no test classes, and no
     * test-jars either (another module's test fixtures, or this jar's planted violations, are not production
     * code).
     */
    public static JavaClasses importProductionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
    }

    // ---- layers ----

    /**
     * Domain ← application ← adapters ← bootstrap. Every production class must sit in one of the four layers,
     * and none of the layers may be empty (an empty layer is a typo in its package, not a shape);
     * {@code ensureAllClassesAreContainedInArchitecture} catches a class that lands outside the layers (say
     * {@code adapters.sqlite} instead of {@code adapter.sqlite}).
     */
    public ArchRule dependenciesPointInward() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("Domain").definedBy(packageOf("domain"))
                .layer("Application").definedBy(packageOf("application"))
                .layer("Adapters").definedBy(packageOf("adapter"))
                .layer("Bootstrap").definedBy(packageOf("bootstrap"))
                .whereLayer("Domain").mayNotAccessAnyLayer()
                .whereLayer("Application").mayOnlyAccessLayers("Domain")
                .whereLayer("Adapters").mayOnlyAccessLayers("Application", "Domain")
                .because("dependencies point inward: the core must not know how it is driven, stored or wired");
    }

    public ArchRule domainDependsOnlyOnJava() {
        return classes().that().resideInAPackage(packageOf("domain"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(packageOf("domain"), "java..")
                .because("the domain is plain Java with no dependency at all, not even an annotation library,"
                        + " so it outlives every framework and adapter");
    }

    public ArchRule applicationDependsOnlyOnDomainAndJava() {
        return classes().that().resideInAPackage(packageOf("application"))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(packageOf("application"), packageOf("domain"), "java..")
                .because("use cases reach the outside world only through their own ports");
    }

    public ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(root + ".adapter.(*)..")
                .should().notDependOnEachOther()
                .because("each adapter can be dropped or replaced alone; they meet only in bootstrap");
    }

    /**
     * An adapter drives the core through its in-ports and is driven through its out-ports; it never reaches
     * for a service, the dialogs, the in-memory stores or the assembly behind them. What it may use from the
     * application: {@code port..} (the ports and their inputs and outputs), {@code conversation..} (the
     * channel-neutral message model a channel maps to and from) and {@code assembly.Stores}, the record that
     * bundles the out-port implementations a storage adapter offers.
     */
    public ArchRule adaptersUseTheApplicationOnlyThroughItsPorts() {
        DescribedPredicate<JavaClass> beyondThePorts = resideInAPackage(packageOf("application"))
                .and(not(resideInAnyPackage(packageOf("application.port"), packageOf("application.conversation"))))
                .and(not(name(root + ".application.assembly.Stores")))
                .as("are application classes other than its ports, its conversation model and Stores");
        return noClasses().that().resideInAPackage(packageOf("adapter"))
                .should().dependOnClassesThat(beyondThePorts)
                .because("an adapter that calls a service directly skips the use case's authorisation and"
                        + " transaction, and ties itself to how the core is built");
    }

    /**
     * The time is injected ({@code Clock}): a domain that asked the system clock could not be tested at a
     * chosen instant, and two readings in one move could disagree.
     */
    public ArchRule theDomainNeverReadsTheSystemClock() {
        return noClasses().that().resideInAPackage(packageOf("domain"))
                .should().callMethodWhere(readsTheSystemClock())
                .because("time is injected: the caller passes the instant (from its Clock) into the domain");
    }

    /**
     * A port is a contract: it may name the domain, the channel-neutral message model and other ports, never the
     * services that implement the in-ports or call the out-ports (buckpal's "ports do not depend on the rest").
     */
    public ArchRule portsDependOnlyOnPortsTheConversationModelAndTheDomain() {
        return classes().that().resideInAPackage(packageOf("application.port"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(packageOf("application.port"),
                        packageOf("application.conversation"), packageOf("domain"), "java..")
                .because("a port that names a service ties every adapter that uses the port to that service");
    }

    /**
     * Slices are the top-level packages of each module ({@code domain.request}, {@code application.port},
     * {@code adapter.sqlite.migration}, ...): finer than a module, so a tangle inside the domain is caught,
     * but coarser than every package, so a package may still talk both ways with its own sub-packages.
     */
    public ArchRule topLevelPackagesOfEachModuleAreFreeOfCycles() {
        return slices().assignedFrom(topLevelPackageOfEachModule())
                .should().beFreeOfCycles()
                .because("a cycle between packages makes them one unit that can only be understood and changed"
                        + " together");
    }

    // ---- libraries stay in their adapter ----

    public ArchRule telegramBotApiIsUsedOnlyInTelegramAdapter() {
        return confinedToAdapter("telegram", "com.pengrad..");
    }

    public ArchRule lettuceIsUsedOnlyInRedisAdapter() {
        return confinedToAdapter("redis", "io.lettuce..");
    }

    /** The two database adapters, SQLite (one machine) and PostgreSQL (several instances), share the SQL tooling. */
    public ArchRule jdbiIsUsedOnlyInDatabaseAdapters() {
        return confinedToAdapters(DATABASE_ADAPTERS, "org.jdbi..");
    }

    /** Both halves of JDBC: {@code java.sql} and {@code javax.sql} (a {@code DataSource} is JDBC too). */
    public ArchRule jdbcIsUsedOnlyInDatabaseAdapters() {
        return confinedToAdapters(DATABASE_ADAPTERS, "java.sql..", "javax.sql..");
    }

    public ArchRule sqliteDriverIsUsedOnlyInSqliteAdapter() {
        return confinedToAdapter("sqlite", "org.sqlite..");
    }

    public ArchRule flywayIsUsedOnlyInDatabaseAdapters() {
        return confinedToAdapters(DATABASE_ADAPTERS, "org.flywaydb..");
    }

    /** The PostgreSQL JDBC driver and the HikariCP pool. */
    public ArchRule postgresqlDriverAndPoolAreUsedOnlyInPostgresAdapter() {
        return confinedToAdapter("postgres", "org.postgresql..", "com.zaxxer..");
    }

    /**
     * Metrics are an operations concern wired in bootstrap: adapters report through their own listener
     * interfaces (the Telegram channel's {@code ChannelEvents}) and bootstrap turns that into meters.
     */
    public ArchRule micrometerIsUsedOnlyInBootstrap() {
        return noClasses().that().resideOutsideOfPackage(packageOf("bootstrap"))
                .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..", "io.prometheus..")
                .because("adapters and the core report through listener interfaces; only bootstrap knows the"
                        + " metrics library");
    }

    /**
     * Error reporting is an operations concern wired in bootstrap (ADR 0025): the adapters and the core log, and
     * bootstrap sends the log's warnings and errors to Sentry.
     */
    public ArchRule sentryIsUsedOnlyInBootstrap() {
        return noClasses().that().resideOutsideOfPackage(packageOf("bootstrap"))
                .should().dependOnClassesThat().resideInAnyPackage("io.sentry..")
                .because("adapters and the core only log; only bootstrap knows the error tracker");
    }

    /** The xlsx writer (and its reader, which tests use): exports reach it only through {@code Spreadsheets}. */
    public ArchRule fastexcelIsUsedOnlyInSpreadsheetAdapter() {
        return confinedToAdapter("spreadsheet", "org.dhatim.fastexcel..");
    }

    // ---- names say the role ----

    public ArchRule outPortsAreNotSuffixedWithPort() {
        return classes().that().resideInAPackage(packageOf("application.port.out"))
                .and(areInterfacesButNotPackageInfo())
                .should().haveSimpleNameNotEndingWith("Port")
                .because("an out port is named after its role (RepairRequests, Outbox), the package already says"
                        + " it is a port");
    }

    public ArchRule inPortInterfacesAreUseCases() {
        return classes().that().resideInAPackage(packageOf("application.port.in")).and().areTopLevelClasses()
                .and(areInterfacesButNotPackageInfo())
                .should().haveSimpleNameEndingWith("UseCase")
                .because("every driving port is a use case named VerbNounUseCase (a command may declare its own"
                        + " parts inside it, e.g. MoveRequestCommand.Data)");
    }

    public ArchRule inPortRecordsAreNamedAsUseCaseInputsOrOutputs() {
        return classes().that().resideInAPackage(packageOf("application.port.in")).and().areTopLevelClasses()
                .and().areRecords()
                .should(have(simpleNameEndingWithOneOf(USE_CASE_RECORD_SUFFIXES)))
                .because("records next to the use cases are their inputs and outputs, and their name says which (the"
                        + " parts a command declares inside it are named by it)");
    }

    public ArchRule sqliteOutPortAdaptersStartWithSqlite() {
        return outPortAdaptersStartWith("sqlite", "Sqlite");
    }

    public ArchRule postgresOutPortAdaptersStartWithPostgres() {
        return outPortAdaptersStartWith("postgres", "Postgres").allowEmptyShould(true);
    }

    public ArchRule redisOutPortAdaptersStartWithRedis() {
        return outPortAdaptersStartWith("redis", "Redis");
    }

    public ArchRule telegramOutPortAdaptersStartWithTelegram() {
        return outPortAdaptersStartWith("telegram", "Telegram");
    }

    public ArchRule consoleOutPortAdaptersStartWithConsole() {
        return outPortAdaptersStartWith("console", "Console");
    }

    // ---- building blocks ----

    private String packageOf(String relativePackage) {
        return root + "." + relativePackage + "..";
    }

    private ArchRule confinedToAdapters(List<String> adapters, String... libraryPackages) {
        return noClasses().that().resideOutsideOfPackages(adapters.stream().map(a -> packageOf("adapter." + a))
                        .toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(libraryPackages)
                .because("a library is an adapter's private detail: only adapter." + String.join(" and adapter.",
                        adapters) + " may use it, everything else talks to the port it implements");
    }

    private ArchRule confinedToAdapter(String adapter, String... libraryPackages) {
        return noClasses().that().resideOutsideOfPackage(packageOf("adapter." + adapter))
                .should().dependOnClassesThat().resideInAnyPackage(libraryPackages)
                .because("a library is an adapter's private detail: only adapter." + adapter
                        + " may use it, everything else talks to the port it implements");
    }

    private ArchRule outPortAdaptersStartWith(String adapter, String prefix) {
        return classes().that().resideInAPackage(packageOf("adapter." + adapter))
                .and().implement(resideInAPackage(packageOf("application.port.out")))
                // An anonymous class has no name to give; a named nested class must follow the rule.
                .and().areNotAnonymousClasses()
                .should().haveSimpleNameStartingWith(prefix)
                .because("an adapter is named <Tech><Port>, e.g. " + prefix + "RepairRequests, so the"
                        + " implementation of a port is found by its name");
    }

    /** {@code Instant.now()} and the other {@code now}s, the system {@code Clock}s, and {@code System}'s timers. */
    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return DescribedPredicate.describe("reads the system clock", call -> {
            String owner = call.getTargetOwner().getName();
            String method = call.getName();
            return owner.startsWith("java.time.") && (method.equals("now") || method.startsWith("system"))
                    || owner.equals("java.lang.System") && (method.equals("currentTimeMillis")
                    || method.equals("nanoTime"));
        });
    }

    /** javac compiles a package's Javadoc into a synthetic interface named package-info: not a port. */
    private static DescribedPredicate<JavaClass> areInterfacesButNotPackageInfo() {
        return DescribedPredicate.describe("are interfaces (other than package-info)",
                javaClass -> javaClass.isInterface() && !javaClass.getSimpleName().equals("package-info"));
    }

    private static DescribedPredicate<JavaClass> simpleNameEndingWithOneOf(List<String> suffixes) {
        return DescribedPredicate.describe("simple name ending with one of " + suffixes,
                javaClass -> suffixes.stream().anyMatch(javaClass.getSimpleName()::endsWith));
    }

    private SliceAssignment topLevelPackageOfEachModule() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String packageName = javaClass.getPackageName();
                if (!packageName.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                List<String> parts = List.of(packageName.substring(root.length() + 1).split("\\."));
                // A module is one package deep (domain, application, bootstrap) except adapters (adapter.sqlite).
                int moduleDepth = parts.get(0).equals("adapter") ? 2 : 1;
                return SliceIdentifier.of(String.join(".", parts.subList(0, Math.min(parts.size(), moduleDepth + 1))));
            }

            @Override
            public String getDescription() {
                return "top-level packages of each module under " + root;
            }
        };
    }
}
