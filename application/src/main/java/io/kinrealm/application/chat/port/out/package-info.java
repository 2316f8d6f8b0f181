/** What chat needs: the chat log, and the policy deciding who may join which channel. */
package io.kinrealm.application.chat.port.out;
