package io.kinrealm.application.account.port.in;

/** A player ends a login: every refresh token of that login stops working. Logging out twice is harmless. */
public interface LogOutUseCase {

    void logOut(LogOut command);

    record LogOut(String refreshToken) {
        @Override
        public String toString() {
            return "LogOut[****]";
        }
    }
}
