/** Chat: joining channels under the access policy, sending stored and sequenced messages, history and catch-up. */
package io.kinrealm.application.chat;
