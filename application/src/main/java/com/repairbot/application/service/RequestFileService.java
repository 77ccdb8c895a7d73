package com.repairbot.application.service;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Document;
import com.repairbot.application.port.in.ExportFailedException;
import com.repairbot.application.port.in.ExportRequestCommand;
import com.repairbot.application.port.in.ExportRequestUseCase;
import com.repairbot.application.port.in.ExportResult;
import com.repairbot.application.port.in.RequestCardView;
import com.repairbot.application.port.in.ViewRequestCardQuery;
import com.repairbot.application.port.in.ViewRequestCardUseCase;
import com.repairbot.application.port.out.SheetCell;
import com.repairbot.application.port.out.SheetWriter;
import com.repairbot.application.port.out.Spreadsheets;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.text.Cards;
import com.repairbot.application.text.Messages;
import com.repairbot.application.text.Names;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One request as a file (issue 15): the card with its full history, one line a row, exactly as the card use case
 * lets this person read it (who may see the request, whether the phone is shown), so that the file never holds
 * more than the screen.
 */
public final class RequestFileService implements ExportRequestUseCase {

    private final ApplicationSettings settings;
    private final ViewRequestCardUseCase cards;
    private final Spreadsheets spreadsheets;
    private final Path exportDirectory;
    private final Staff staff;

    /**
     * @param cards           the card, authorised as on screen
     * @param exportDirectory where files are written (created when missing)
     * @param staff           people by name, as the card on screen names them
     */
    public RequestFileService(ApplicationSettings settings, ViewRequestCardUseCase cards, Spreadsheets spreadsheets,
                              Path exportDirectory, Staff staff) {
        this.staff = staff;
        this.settings = settings;
        this.cards = cards;
        this.spreadsheets = spreadsheets;
        this.exportDirectory = exportDirectory;
    }

    @Override
    public ExportResult exportRequest(ExportRequestCommand command) {
        RequestCardView view = cards.view(new ViewRequestCardQuery(command.actor(), command.number()));
        if (!spreadsheets.formats().contains(command.format())) {
            throw new ExportFailedException("no writer for " + command.format(), null);
        }
        Messages messages = Messages.forLanguage(command.language());
        List<String> lines = new Cards(messages, settings.zone(), new Names(staff::person, messages)).card(view)
                .lines().toList();
        String extension = command.format().extension();
        Path file = null;
        try {
            Files.createDirectories(exportDirectory);
            file = Files.createTempFile(exportDirectory, "request-", "." + extension);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
                 SheetWriter sheet = spreadsheets.open(command.format(),
                         messages.get("request_file.sheet", command.number().value()), out)) {
                for (String line : lines) {
                    sheet.row(List.of(line.isEmpty() ? new SheetCell.Empty() : new SheetCell.Text(line)));
                }
            }
            return new ExportResult(new Document("request_" + command.number().value() + "." + extension,
                    command.format().mediaType(), file), lines.size());
        } catch (IOException | UncheckedIOException failure) {
            deleteQuietly(file);
            throw new ExportFailedException("the request file could not be written", failure);
        } catch (RuntimeException failure) {
            deleteQuietly(file);
            throw failure;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the folder holds exports only; a leftover is harmless
        }
    }
}
