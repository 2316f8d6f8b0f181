/**
 * Security adapters: bcrypt password hashing, HS256 JWT access tokens and random refresh-token secrets with their
 * SHA-256 fingerprints.
 */
package io.kinrealm.adapters.security;
