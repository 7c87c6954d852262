#pragma once

#include "Target.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sonde {

// What a user names as the server to work on (a command-line argument): a postgresql:// or
// redis:// URI, a libpq key=value conninfo, or the name of a saved connection profile —
// and where its password comes from, so that it never has to be on a command line (where
// `ps` shows it): typed on stdin, the keychain entry of the profile, libpq's PGPASSWORD and
// ~/.pgpass, or REDISCLI_AUTH for Redis (as redis-cli).
//
// Checks the text before anything is sent: an empty text is refused (libpq would quietly
// mean localhost:5432), a malformed one says libpq's or the URI parser's own reason. Every
// message shows the text only redacted (Redaction).
class TargetArgument
{
    Q_DECLARE_TR_FUNCTIONS(TargetArgument)
public:
    struct Options
    {
        // A password from elsewhere than the text (stdin); it overrides one in the text.
        QString password;
        // The settings file holding the profiles (empty: the application's; tests).
        QString settingsFile;
        int keychainTimeoutMs = 5000;
    };

    // Fills *out (kind, uri with the password, name for messages). False with *error when
    // the text cannot be used; *notes says what the user should know (no keychain …).
    static bool resolve(const QString &text, const Options &options, Target *out, QString *error,
                        QStringList *notes = nullptr);

    // True when the text looks like a URI or conninfo rather than a profile name.
    static bool looksLikeConnectionString(const QString &text);
};

} // namespace sonde
