/**
 * The terminal channel: the same dialogs as in Telegram, with numbered options instead of buttons. One
 * person at the keyboard may act as any user ({@code /as 2}); notifications for other chats are printed
 * as they are delivered. It proves that the core needs no Telegram to work.
 */
package com.repairbot.adapter.console;
