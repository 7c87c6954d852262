#pragma once

#include <QString>
#include <QStringList>

namespace sonde {

// Text that may quote a connection string, made safe to show: every password masked, long
// quotes capped. Every message that can echo what the user typed as a target goes through
// scrub() (DbError::toString() does, and so does everything the CLI prints on stderr), so a
// password given in a URI never reaches a terminal, a log or a dialog.
class Redaction
{
public:
    // How many characters of a connection string are shown before it is cut.
    static constexpr int MaxShownChars = 120;

    // Masks the passwords a connection text can carry: user:PASSWORD@ (and a Redis URI's
    // lone PASSWORD@) in any scheme://, password=… and sslpassword=… in key=value
    // conninfo or a URI query, and every secret registered with addSecret().
    static QString maskPasswords(const QString &text);
    // Masks only the secrets registered with addSecret(): for results (a plan, a statement)
    // that may legitimately say "password = …".
    static QString maskSecrets(const QString &text);
    // Cut to MaxShownChars, saying how long it was (a host or database name in a message).
    static QString shortened(const QString &text);
    // A connection string as it may be shown: masked, and cut to MaxShownChars with the
    // length it had.
    static QString shownConnection(const QString &text);
    // A message that may quote connection strings: masked, each quoted fragment and the
    // whole capped.
    static QString scrub(const QString &message);

    // A secret this process knows (a password read from stdin, the keychain or the
    // environment): masked wherever it appears. Thread-safe.
    static void addSecret(const QString &secret);
};

} // namespace sonde
