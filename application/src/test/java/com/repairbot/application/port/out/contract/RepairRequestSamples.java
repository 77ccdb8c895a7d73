package com.repairbot.application.port.out.contract;

import com.repairbot.application.testing.Requests;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.ClientSide;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.Photo;
import com.repairbot.domain.request.Rating;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestDraft;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Requests that are hard to store: texts a naive adapter breaks (quotes, SQL, emoji, the longest allowed)
 * and every optional part both present and absent. Each is valid, so a store must give it back equal.
 */
final class RepairRequestSamples {

    private RepairRequestSamples() {
    }

    static Stream<Arguments> trickyTexts() {
        return Stream.of(
                sample("quotes of every kind", Requests.request(1)
                        .description("He said \"it's broken\" — «сломалась», `really`")
                        .notes("O'Brien's \"spare\" key: C:\\keys\\n\\t not a newline")
                        .client(client("O'Connor \"Jr.\"", "ул. Д'Артаньяна, д. 7 \"Б\""))),
                sample("SQL in every text field", Requests.request(2)
                        .description("'; DROP TABLE requests; --")
                        .notes("\"; DELETE FROM staff WHERE 1=1; --\n' OR '1'='1")
                        .client(client("Robert'); DROP TABLE students;--", "1'; UPDATE requests SET status='CLOSED"))
                        .status(Status.REFUSED).refusal("x'); DROP TABLE history; --")),
                sample("LIKE wildcards and markup", Requests.request(3)
                        .description("100% _wild_ %% [a-z]* <b>bold</b> & *stars* ~strike~")
                        .notes("{\"json\": [1, 2, {\"k\": null}], \"esc\": \"\\u0041\"} </script>")),
                sample("emoji and other unicode", Requests.request(4)
                        .description("Не работает 🔥💧 стиралка 👨‍👩‍👧 ❤️ Ünïcödé ß 中文 العربية")
                        .notes("Ключ у соседки 🗝️\nвторая строка\n  с отступом")
                        .client(client("Ğüñtér Çelik 中文", "東京都 千代田区 1-1 🏠"))),
                sample("longest description and notes", Requests.request(5)
                        .description(ofLength(ProblemDescription.MAX, "Описание проблемы. "))
                        .notes(ofLength(1000, "строка заметок\n"))),
                sample("longest texts made of emoji", Requests.request(6)
                        .description(ofLength(ProblemDescription.MAX, "🔧"))
                        .notes(ofLength(1000, "💧🔥"))
                        .client(client(ofLength(PersonName.MAX, "Ж"), ofLength(Address.MAX, "д. 1 🏠 ")))));
    }

    static Stream<Arguments> optionalParts() {
        Instant created = Instant.parse("2025-03-01T09:00:00.123456789Z");
        return Stream.of(
                sample("nothing optional", Requests.request(1)),
                sample("a visit with its parsed date-time", Requests.request(2)
                        .visit(new ScheduledVisit("завтра 10:00", Optional.of(LocalDateTime.of(2025, 3, 2, 10, 0))))),
                sample("a visit kept as text only", Requests.request(3)
                        .visit(new ScheduledVisit("после обеда, позвонить", Optional.empty()))),
                sample("a technician while ASSIGNED", Requests.request(4).status(Status.ASSIGNED)
                        .technician(new UserId(987_654_321_012L))),
                sample("a long repair with prepayment", Requests.request(5).status(Status.LONG_REPAIR)
                        .longRepair(new LongRepairPlan(LocalDate.of(2025, 4, 30),
                                Optional.of(Money.parse("1 500,50")), "Ждём ТЭН, заказ №42"))),
                sample("a long repair without prepayment or parts note", Requests.request(6)
                        .status(Status.LONG_REPAIR)
                        .longRepair(new LongRepairPlan(LocalDate.of(2025, 4, 30), Optional.empty(), ""))),
                sample("a completion with bonuses and kopecks", Requests.request(7).status(Status.CLOSED)
                        .completion(Completion.of(Money.parse("12345.67"), Money.parse("345.01"), true, true,
                                ProfitSplitPolicy.defaults()))),
                sample("a completion without materials or bonuses after a long repair", Requests.request(8)
                        .status(Status.CLOSED)
                        .longRepair(new LongRepairPlan(LocalDate.of(2025, 4, 30), Optional.of(Money.ZERO), "мотор"))
                        .completion(Completion.of(Money.rubles(3000), Money.ZERO, false, false,
                                ProfitSplitPolicy.defaults()))),
                sample("a refusal reason", Requests.request(9).status(Status.REFUSED).refusal("Дорого")),
                sample("a foreign phone and other equipment", Requests.request(10)
                        .draft(new RequestDraft(new EquipmentType("coffee_machine"),
                                new ProblemDescription("Не греет воду вообще"),
                                new Client(new PersonName("Hans Müller"), new PhoneNumber("+4915112345678"),
                                        new Address("Berlin, Hauptstraße 5")),
                                Optional.empty(), Optional.empty()))),
                sample("a client's request with photos, cancelled by the client", Requests.request(12)
                        .status(Status.REFUSED).refusal("Починили сами")
                        .clientSide(new ClientSide(Optional.of(new UserId(7_000_000_001L)), true,
                                List.of(new Photo("AgACAgIAAxkBAAIBZ2_x-1"), new Photo("AgACAgIAAxkBAAIBaA")),
                                Optional.empty(), true))),
                sample("a phoned-in request linked to a client, rated with a comment", Requests.request(13)
                        .status(Status.CLOSED)
                        .clientSide(new ClientSide(Optional.of(new UserId(42)), false, List.of(),
                                Optional.of(new Rating(4, Optional.of("Быстро, но \"грязно\" 🙂"))), false))),
                sample("a client's request without photos, rated without a comment", Requests.request(14)
                        .status(Status.CLOSED).dispatcher(new UserId(43))
                        .clientSide(new ClientSide(Optional.of(new UserId(43)), true, List.of(),
                                Optional.of(Rating.of(1)), false))),
                sample("timestamps to the nanosecond, each different", Requests.request(11).status(Status.ACCEPTED)
                        .version(42).build(), created, created.plusNanos(1), created.plusSeconds(3600).plusNanos(7)));
    }

    /** @return text of exactly {@code length} characters (code points) made by repeating {@code pattern} */
    static String ofLength(int length, String pattern) {
        StringBuilder text = new StringBuilder();
        while (text.codePointCount(0, text.length()) < length - 1) {
            text.append(pattern);
        }
        String body = text.substring(0, text.offsetByCodePoints(0, length - 1));
        return body + "X"; // never ends in a blank, which cleaning would strip
    }

    private static Client client(String name, String address) {
        return new Client(new PersonName(name), Requests.PHONE, new Address(address));
    }

    private static Arguments sample(String label, Requests.Builder request) {
        return Arguments.of(label, request.build());
    }

    private static Arguments sample(String label, RepairRequest r, Instant created, Instant updated,
                                    Instant statusSince) {
        return Arguments.of(label, new RepairRequest(r.number(), r.equipment(), r.description(), r.client(),
                r.notes(), r.visit(), r.dispatcher(), r.technician(), r.status(), r.longRepair(), r.completion(),
                r.refusal(), created, updated, statusSince, r.version(), r.clientSide()));
    }
}
