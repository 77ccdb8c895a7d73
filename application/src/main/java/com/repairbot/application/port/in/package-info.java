/**
 * What the application offers: one {@code XxxUseCase} per intent, each taking an {@code XxxCommand} or
 * {@code XxxQuery} record that names the acting user. Authorisation happens behind these interfaces, on
 * every call, from the user id alone.
 */
package com.repairbot.application.port.in;
