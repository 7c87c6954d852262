#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sonde {

// The machine a server runs on, as far as Sonde knows it: PostgreSQL cannot tell its RAM
// or cores, Redis tells its RAM (INFO total_system_memory). Each figure says where it came
// from, so a recommendation derived from it can say so too.
struct MachineFacts
{
    Q_DECLARE_TR_FUNCTIONS(MachineFacts)
public:
    enum class Storage
    {
        Unknown,
        Ssd,
        Hdd
    };

    qint64 ramBytes = 0; // 0: unknown
    int cores = 0;       // 0: unknown
    Storage storage = Storage::Unknown;
    QString ramSource; // "given by you", "Redis INFO total_system_memory", "this machine"
    QString coresSource;
    QString storageSource;

    bool knowsRam() const { return ramBytes > 0; }
    bool knowsCores() const { return cores > 0; }
    // Fills what is unknown here from `other`.
    void complete(const MachineFacts &other);
    QJsonObject toJson() const;

    // The machine Sonde runs on (/proc/meminfo, the CPU count, whether the disk holding
    // `path` is rotational): right for a server Sonde started itself (the demo sandbox).
    static MachineFacts localMachine(const QString &path = {});
    // "16GB", "512MB", "2048" (MB), "1.5TB" → bytes; 0 when it does not parse.
    static qint64 parseSize(const QString &text);
    static bool parseStorage(const QString &text, Storage *storage);
    static QString storageKey(Storage storage);
};

} // namespace sonde
