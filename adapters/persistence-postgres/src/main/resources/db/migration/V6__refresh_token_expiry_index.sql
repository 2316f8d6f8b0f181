-- Expired refresh tokens are deleted in slices by their expiry (JdbiRefreshTokens.deleteExpired).
CREATE INDEX refresh_tokens_by_expiry ON refresh_tokens (expires_at);
