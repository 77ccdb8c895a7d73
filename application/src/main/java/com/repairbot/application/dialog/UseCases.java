package com.repairbot.application.dialog;

import com.repairbot.application.port.in.AcceptRequestUseCase;
import com.repairbot.application.port.in.AddNotesUseCase;
import com.repairbot.application.port.in.AddTechnicianUseCase;
import com.repairbot.application.port.in.AssignTechnicianUseCase;
import com.repairbot.application.port.in.BindWorkGroupUseCase;
import com.repairbot.application.port.in.ChooseLanguageUseCase;
import com.repairbot.application.port.in.CompleteRequestUseCase;
import com.repairbot.application.port.in.CountRequestsUseCase;
import com.repairbot.application.port.in.CreateRequestUseCase;
import com.repairbot.application.port.in.DeclineRequestUseCase;
import com.repairbot.application.port.in.EditRequestFieldUseCase;
import com.repairbot.application.port.in.ExportReportUseCase;
import com.repairbot.application.port.in.FindPersonUseCase;
import com.repairbot.application.port.in.ExportRequestUseCase;
import com.repairbot.application.port.in.FindReturningClientUseCase;
import com.repairbot.application.port.in.GrantRoleUseCase;
import com.repairbot.application.port.in.ListMyRequestsUseCase;
import com.repairbot.application.port.in.ListRequestsUseCase;
import com.repairbot.application.port.in.ListTechniciansUseCase;
import com.repairbot.application.port.in.MarkOnSiteUseCase;
import com.repairbot.application.port.in.MoveRequestUseCase;
import com.repairbot.application.port.in.PingTechnicianUseCase;
import com.repairbot.application.port.in.RecognisePersonUseCase;
import com.repairbot.application.port.in.RefuseRequestUseCase;
import com.repairbot.application.port.in.ReopenRequestUseCase;
import com.repairbot.application.port.in.RescheduleVisitUseCase;
import com.repairbot.application.port.in.RevokeRoleUseCase;
import com.repairbot.application.port.in.SearchRequestsUseCase;
import com.repairbot.application.port.in.SetTechnicianActiveUseCase;
import com.repairbot.application.port.in.StartLongRepairUseCase;
import com.repairbot.application.port.in.UnassignTechnicianUseCase;
import com.repairbot.application.port.in.ViewAuditLogUseCase;
import com.repairbot.application.port.in.ViewReportUseCase;
import com.repairbot.application.port.in.ViewRequestCardUseCase;
import java.util.Objects;

/**
 * Every use case the dialogs drive, in one place for wiring ({@link #of} builds it from the services).
 *
 * @param create      create a request
 * @param assign      assign / reassign
 * @param unassign    unassign
 * @param accept      accept
 * @param decline     decline
 * @param onSite      on site
 * @param longRepair  long repair
 * @param complete    complete
 * @param reschedule  reschedule
 * @param refuse      refuse
 * @param reopen      reopen
 * @param addNotes    add notes
 * @param edit        edit a field
 * @param ping        client is waiting
 * @param addTechnician add a technician
 * @param setActive   activate / deactivate a technician
 * @param bindGroup   bind a work group
 * @param grant       grant a role
 * @param revoke      revoke a role
 * @param list        list requests
 * @param listMine    a technician's requests
 * @param card        the request card
 * @param audit       the audit log
 * @param technicians list technicians
 * @param report      the figures of a period
 * @param export      a period's requests as a file
 * @param returningClient a returning client's data, by phone
 * @param move        any status move, by its intent (the dialogs use only this one for moves; the intent-named
 *                    components above are kept for embedders and tests)
 * @param recognise   remembers who wrote by name and language
 * @param language    a person chooses their language
 * @param people      who someone is by name
 * @param counts      the main menu's counters
 * @param search      find requests by number, phone, name or address
 * @param requestFile one request's card and history as a file
 */
public record UseCases(CreateRequestUseCase create, AssignTechnicianUseCase assign, UnassignTechnicianUseCase unassign,
                       AcceptRequestUseCase accept, DeclineRequestUseCase decline, MarkOnSiteUseCase onSite,
                       StartLongRepairUseCase longRepair, CompleteRequestUseCase complete,
                       RescheduleVisitUseCase reschedule, RefuseRequestUseCase refuse, ReopenRequestUseCase reopen,
                       AddNotesUseCase addNotes, EditRequestFieldUseCase edit, PingTechnicianUseCase ping,
                       AddTechnicianUseCase addTechnician, SetTechnicianActiveUseCase setActive,
                       BindWorkGroupUseCase bindGroup, GrantRoleUseCase grant, RevokeRoleUseCase revoke,
                       ListRequestsUseCase list, ListMyRequestsUseCase listMine, ViewRequestCardUseCase card,
                       ViewAuditLogUseCase audit, ListTechniciansUseCase technicians, ViewReportUseCase report,
                       ExportReportUseCase export, FindReturningClientUseCase returningClient,
                       MoveRequestUseCase move, RecognisePersonUseCase recognise, ChooseLanguageUseCase language,
                       FindPersonUseCase people, CountRequestsUseCase counts, SearchRequestsUseCase search,
                       ExportRequestUseCase requestFile) {

    public UseCases {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(assign, "assign");
        Objects.requireNonNull(unassign, "unassign");
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(decline, "decline");
        Objects.requireNonNull(onSite, "onSite");
        Objects.requireNonNull(longRepair, "longRepair");
        Objects.requireNonNull(complete, "complete");
        Objects.requireNonNull(reschedule, "reschedule");
        Objects.requireNonNull(refuse, "refuse");
        Objects.requireNonNull(reopen, "reopen");
        Objects.requireNonNull(addNotes, "addNotes");
        Objects.requireNonNull(edit, "edit");
        Objects.requireNonNull(ping, "ping");
        Objects.requireNonNull(addTechnician, "addTechnician");
        Objects.requireNonNull(setActive, "setActive");
        Objects.requireNonNull(bindGroup, "bindGroup");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(revoke, "revoke");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(listMine, "listMine");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(technicians, "technicians");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(returningClient, "returningClient");
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(recognise, "recognise");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(requestFile, "requestFile");
    }

    /**
     * The use cases by the part of the core that implements them, so that nobody lists 26 of them by position.
     *
     * @param requests the changes of requests (one service implements all of them)
     * @param staff    technicians and roles
     * @param queries  lists, cards and the audit log
     * @param reports  figures and exports
     * @param people   people by name and language
     * @param counts   the menu's counters
     * @param requestFile one request as a file
     * @param <R>      a type implementing every request change
     * @param <S>      a type implementing every staff use case
     * @param <Q>      a type implementing every query
     * @param <P>      a type implementing both report use cases
     * @param <N>      a type implementing the people use cases
     * @return the bundle the dialogs drive
     */
    public static <R extends CreateRequestUseCase & AssignTechnicianUseCase & UnassignTechnicianUseCase
                    & AcceptRequestUseCase & DeclineRequestUseCase & MarkOnSiteUseCase & StartLongRepairUseCase
                    & CompleteRequestUseCase & RescheduleVisitUseCase & RefuseRequestUseCase & ReopenRequestUseCase
                    & AddNotesUseCase & EditRequestFieldUseCase & PingTechnicianUseCase & MoveRequestUseCase,
            S extends AddTechnicianUseCase & SetTechnicianActiveUseCase & BindWorkGroupUseCase & GrantRoleUseCase
                    & RevokeRoleUseCase & ListTechniciansUseCase,
            Q extends ListRequestsUseCase & ListMyRequestsUseCase & ViewRequestCardUseCase & ViewAuditLogUseCase
                    & FindReturningClientUseCase & SearchRequestsUseCase,
            P extends ViewReportUseCase & ExportReportUseCase,
            N extends RecognisePersonUseCase & ChooseLanguageUseCase & FindPersonUseCase> UseCases of(
                    R requests, S staff, Q queries, P reports, N people, CountRequestsUseCase counts,
                    ExportRequestUseCase requestFile) {
        return new UseCases(requests, requests, requests, requests, requests, requests, requests, requests,
                requests, requests, requests, requests, requests, requests, staff, staff, staff, staff, staff,
                queries, queries, queries, queries, staff, reports, reports, queries, requests, people, people, people,
                counts, queries, requestFile);
    }
}
