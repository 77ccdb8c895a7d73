/**
 * The channel-neutral dialog engine. Dialogs are declared once, as data ({@link com.repairbot.application.dialog.Flow}
 * of {@link com.repairbot.application.dialog.Step}s with stable ids such as {@code CreateRequest:description}); the
 * engine keeps their state in the {@link com.repairbot.application.port.out.ConversationStore}, validates every
 * answer with the domain's value objects, and offers Cancel, Skip and Back.
 */
package com.repairbot.application.dialog;
