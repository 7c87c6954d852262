#pragma once

#include "ConnectionDialog.h"
#include "connection/ProfileConnector.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "connection/TargetList.h"

#include <memory>

namespace sonde::test {

// A shown "Connect to a server" dialog over its own profile file, with secrets kept in memory
// (no keychain in tests).
struct ConnectionDialogFixture
{
    explicit ConnectionDialogFixture(const QString &profilesFile)
        : profiles(nullptr, profilesFile)
    {
        secrets.useMemoryOnly(QStringLiteral("test run"));
        dialog = std::make_unique<ConnectionDialog>(&connector);
        dialog->show();
    }

    TargetList targets;
    ProfileStore profiles;
    SecretStore secrets;
    ProfileConnector connector{&targets, &profiles, &secrets};
    std::unique_ptr<ConnectionDialog> dialog;
};

} // namespace sonde::test
