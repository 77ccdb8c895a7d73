/**
 * The repair request and its rules, in plain Java with no dependency at all.
 *
 * <p>Sub-packages: {@code shared} (text hygiene and the validation error), {@code privacy} (masking of
 * personal data), {@code money} (exact amounts and the profit split), {@code contact} (client values),
 * {@code staff} (users, roles, technicians), {@code client} (a client's account with the bot) and {@code request} (the request and its status machine).
 */
package com.repairbot.domain;
