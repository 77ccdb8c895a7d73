/**
 * The Telegram channel over pengrad's java-telegram-bot-api: updates in by long polling or webhook
 * ({@link com.repairbot.adapter.telegram.TelegramChannel}), mapped to the application's neutral inbound events;
 * replies and notifications out through a send scheduler that keeps Telegram's rate limits, with retries
 * ({@link com.repairbot.adapter.telegram.Retries}), as JSON bodies on one HTTP client. Nothing here logs the bot
 * token or unmasked personal data.
 */
package com.repairbot.adapter.telegram;
