#pragma once

#include "PrometheusHistory.h"
#include "connection/PrometheusClient.h"
#include "monitoring/Sampler.h"
#include "monitoring/SnapshotDetail.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace sonde {

// The fleet overview: every instance, worst first (FleetReading). Its argument is the
// ThresholdSet that judges them (the dashboard's).
inline constexpr QLatin1String FleetFeed("fleet");
// History of the dashboard's metrics: the argument is a list of PromHistoryOrder, the value a
// list of PromHistoryDelivery (one per order).
inline constexpr QLatin1String PromHistoryFeed("prometheus-history");

// What one history reading is asked for: the instance whose server is `server` (host:port)
// of `kind` (a server Sonde watches directly), or the instance `instanceKey` (job/instance).
struct PromHistoryOrder
{
    QString destinationTargetId; // the store's target the readings go to
    TargetKind kind = TargetKind::PostgreSQL;
    QString server;
    QString instanceKey;
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

struct PromHistoryDelivery
{
    PromHistoryOrder order;
    bool found = false; // an instance of the fleet answered the order
    InstanceHistory history;
};

// What a Prometheus target saw in a tick.
class PrometheusActivity : public SnapshotDetail
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusActivity)
public:
    QString url;
    QString instance; // empty for the server itself
    QStringList firing;

    QString summary(const Snapshot &snapshot) const override;
    QJsonObject toJson() const override;
};

// The Prometheus source. For the server: how many scrape targets are up or down and how many
// alerts fire, firing alerts as timeline events, and the fleet and history feeds. For one
// instance: that instance's dashboard metrics (one instant query per tick for all of them)
// and its alerts. Over the HTTP API, blocking on the sampler's thread, every request with the
// endpoint's deadline; interrupt() aborts the one waiting.
class PrometheusSampler : public Sampler
{
    Q_OBJECT
public:
    explicit PrometheusSampler(const Target &target, QObject *parent = nullptr);
    ~PrometheusSampler() override;

    void interrupt() override;

protected:
    DbError openConnection(QString *serverVersion, QStringList *notes) override;
    void closeConnection() override;
    DbError readCounters() override;
    void derive(bool hasPrevious, double seconds, Snapshot *out) override;
    void commitReading() override;

private:
    DbError readFleet(const QVariant &argument, QVariant *value);
    DbError readHistory(const QVariant &argument, QVariant *value);
    void readAlerts();
    static DbError toDbError(const PromError &e);

    PrometheusEndpoint m_endpoint;
    PromInstanceRef m_instance;
    std::unique_ptr<PrometheusClient> m_client;
    // Set by interrupt() (any thread), cleared when a connection opens: the client watches
    // it, so interrupting never touches the client itself.
    std::atomic<bool> m_interrupted{false};
    int m_scrapeSeconds = 15;
    QSet<QString> m_recorded;
    QHash<QString, double> m_values;
    QStringList m_firing;
    QList<TimelineEvent> m_newEvents;
    QSet<QString> m_seenAlerts;
    int m_ticks = 0;
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::PromHistoryOrder)
Q_DECLARE_METATYPE(sonde::PromHistoryDelivery)
