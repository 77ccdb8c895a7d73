package com.repairbot.adapter.telegram;

import com.repairbot.application.assembly.Core;
import com.repairbot.application.port.in.AddTechnicianCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.BindWorkGroupCommand;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.UserId;
import java.util.UUID;

/** The people of the tests, and shortcuts that set up requests through the use cases (not through Telegram). */
final class Staff {

    static final long ADMIN = 1000;
    static final long DISPATCHER = 1001;
    static final long TECHNICIAN = 2001;
    static final long OTHER_TECHNICIAN = 2002;
    static final long GROUP = -100555;
    static final long OTHER_GROUP = -100666;
    static final long STRANGER = 4242;
    /** The client of the end-to-end request: none of this may appear in a log line. */
    static final String CLIENT_PHONE = "+79991234567";
    static final String CLIENT_NAME = "Иванов Иван";
    static final String CLIENT_ADDRESS = "ул. Ленина, д. 5, кв. 12";

    private Staff() {
    }

    static void technician(Core core, long id, long group) {
        core.useCases().addTechnician().addTechnician(new AddTechnicianCommand(new UserId(ADMIN), new UserId(id),
                PhoneNumber.parse("+7999000" + (1000 + id % 1000)), new Specialization("Стиральные машины")));
        core.useCases().bindGroup().bind(new BindWorkGroupCommand(new UserId(ADMIN), new UserId(id),
                new ChatId(group)));
    }

    static RequestNumber request(Core core) {
        return core.useCases().create().create(new CreateRequestCommand(new UserId(DISPATCHER),
                Requests.draft("+79990000001"), UUID.randomUUID().toString())).request().number();
    }

    static RequestNumber assigned(Core core, long technician) {
        RequestNumber number = request(core);
        core.useCases().assign().assign(new AssignTechnicianCommand(new UserId(DISPATCHER), number,
                new UserId(technician)));
        return number;
    }
}
