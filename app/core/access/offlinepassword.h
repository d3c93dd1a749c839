#pragma once

#include <core/coreglobal.h>
#include <core/result.h>

#include <QString>

namespace Civitas {

class Database;

// What stands between "Work offline" and a login's local copy: that login's password, checked
// against a salted verifier kept at its last successful online login (the server checked the
// password then). PBKDF2-HMAC-SHA256, a random 16-byte salt, compared in constant time; never
// the password itself.
//
// The verifier is kept in the login's own local file (local_settings), not in the keychain:
// the keychain entry exists only when the user asked for the password to be remembered (and
// then holds the password itself), the keychain may be locked or absent, and the verifier
// belongs to the copy it guards — "Forget this computer" deletes both at once. This gate is the
// application's: the file itself is not encrypted, and whoever reads it with other tools
// reads it.
class CIVITAS_CORE_EXPORT OfflinePassword
{
public:
    enum class Check { Granted, WrongPassword, NoVerifier };

    static constexpr int Iterations = 200000;

    // "pbkdf2-sha256$ITERATIONS$SALT$HASH", salt and hash in base64.
    static QString makeVerifier(const QString &password, int iterations = Iterations);
    static bool matches(const QString &verifier, const QString &password);

    // Keeps (or renews, with a new salt) the verifier of `login` in its local file.
    static Result<> remember(Database &database, const QString &login, const QString &password);
    // Checks `password` against the verifier in the local file at `databasePath`, opened read
    // only: a missing file is not created. NoVerifier when there is no file or no verifier
    // (this login never logged in online on this computer since verifiers exist).
    static Result<Check>
    check(const QString &databasePath, const QString &login, const QString &password);

private:
    static QString settingKey(const QString &login);
};

} // namespace Civitas
