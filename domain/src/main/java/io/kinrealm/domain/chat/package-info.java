/** Chat: channel names and who they belong to, message text rules, and stored messages with their sequence. */
package io.kinrealm.domain.chat;
