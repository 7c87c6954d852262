#include "BenchOptionRules.h"

#include <QCoreApplication>
#include <QStringList>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)
};

using W = WorkloadKind;

struct Rule
{
    const char *option;
    std::initializer_list<WorkloadKind> workloads;
};

// The workloads each option applies to; options not listed apply to all.
const Rule Rules[] = {
    {"threads",
     {W::SelectOnly, W::ReadWrite, W::Script, W::Replay, W::RedisGet, W::RedisSet, W::RedisMixed}},
    {"protocol", {W::SelectOnly, W::ReadWrite, W::Script, W::Replay, W::CacheAside}},
    {"pgbouncer", {W::SelectOnly, W::ReadWrite, W::Script, W::Replay}},
    {"pgbouncer-admin", {W::SelectOnly, W::ReadWrite, W::Script, W::Replay, W::CacheAside}},
    {"init", {W::SelectOnly, W::ReadWrite, W::Script, W::CacheAside}},
    {"scale", {W::SelectOnly, W::ReadWrite, W::Script, W::CacheAside}},
    {"define", {W::SelectOnly, W::ReadWrite, W::Script}},
    {"random-seed", {W::SelectOnly, W::ReadWrite, W::Script, W::Replay}},
    {"max-tries", {W::SelectOnly, W::ReadWrite, W::Script, W::Replay}},
    {"latency-limit", {W::SelectOnly, W::ReadWrite, W::Script, W::Replay}},
    {"report-per-command", {W::SelectOnly, W::ReadWrite, W::Script}},
    {"pipeline", {W::RedisGet, W::RedisSet, W::RedisMixed}},
    {"keyspace", {W::RedisGet, W::RedisSet, W::RedisMixed, W::CacheAside}},
    {"value-size", {W::RedisGet, W::RedisSet, W::RedisMixed, W::CacheAside}},
    {"set-share", {W::RedisMixed}},
    {"database", {W::CacheAside}},
    {"top", {W::Replay}},
    {"window", {W::Replay}},
    {"replay-writes", {W::Replay}},
};

// pgbench's short options and what sonde-cli bench calls them.
const char *const PgbenchOptions[][2] = {
    {"f", "--script FILE[@W]"},
    {"b", "--builtin NAME[@W]"},
    {"c", "--clients C"},
    {"j", "--threads J"},
    {"T", "--duration S"},
    {"t", "--transactions N"},
    {"M", "--protocol M"},
    {"R", "--rate R"},
    {"L", "--latency-limit MS"},
    {"s", "--scale N"},
    {"i", "--init"},
    {"S", "--workload select-only"},
    {"N", "--builtin simple-update"},
};

QString hint(const QString &option, WorkloadKind workload)
{
    if (option == u"pipeline"_s && isScriptWorkload(workload))
        return Text::tr(" In a PostgreSQL script, pipeline with \\startpipeline and "
                        "\\endpipeline.");
    if (option == u"threads"_s && workload == W::CacheAside)
        return Text::tr(" Cache-aside runs each client on its own thread.");
    return {};
}

} // namespace

QString BenchOptionRules::check(const QCommandLineParser &parser, WorkloadKind workload)
{
    for (const Rule &rule : Rules) {
        const QString option = QString::fromLatin1(rule.option);
        if (!parser.isSet(option))
            continue;
        QStringList names;
        bool applies = false;
        for (WorkloadKind w : rule.workloads) {
            applies = applies || w == workload;
            names << workloadName(w);
        }
        if (applies)
            continue;
        return Text::tr("--%1 does not apply to the %2 workload (it applies to %3).%4")
            .arg(option, workloadName(workload), names.join(u", "_s), hint(option, workload));
    }
    if (parser.isSet(u"transactions"_s) && parser.isSet(u"duration"_s))
        return Text::tr("Give either --transactions or --duration, not both.");
    return {};
}

QString BenchOptionRules::pgbenchOption(const QString &name)
{
    for (const auto &o : PgbenchOptions) {
        if (name == QLatin1String(o[0])) {
            return Text::tr("pgbench's -%1 is %2 here.").arg(name, QString::fromLatin1(o[1]));
        }
    }
    return {};
}

} // namespace sonde::cli
