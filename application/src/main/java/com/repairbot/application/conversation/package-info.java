/**
 * The channel-neutral conversation: what a person sends ({@link com.repairbot.application.conversation.Inbound})
 * and what the product answers ({@link com.repairbot.application.conversation.Outbound}). A channel (Telegram,
 * the terminal, another messenger) maps its own types to these in one place and nowhere else.
 */
package com.repairbot.application.conversation;
