/** Request throttling per client and route group, with limits shared by every node. */
package io.kinrealm.application.ratelimit;
