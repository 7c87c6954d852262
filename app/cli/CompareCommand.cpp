#include "CompareCommand.h"

#include "common/DisplayFormat.h"

#include "CliOutput.h"
#include "bench/BenchmarkComparison.h"
#include "bench/BenchmarkStore.h"
#include "bench/ComparisonConfidence.h"
#include "bench/ComparisonReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)
};

const char *const Usage =
    "Usage: sonde-cli compare RUN_A RUN_B [options]\n"
    "       sonde-cli compare --list\n"
    "\n"
    "Shows two stored benchmark runs (ids from `sonde-cli bench` or --list) side by side:\n"
    "throughput, latency percentiles, errors and the server's counters, with the\n"
    "improvement of each figure in % (positive = better), how far the throughput difference\n"
    "stands out of each run's second-to-second variation, and exports the comparison as a\n"
    "report.\n"
    "\n"
    "Options:\n"
    "  --html FILE   write a self-contained HTML report (charts embedded as images)\n"
    "  --pdf FILE    write the report as PDF\n"
    "  --list        list the stored runs\n"
    "  --json        print the comparison (or the list) as JSON";

QString figureValue(double v, const QString &unit)
{
    return BenchmarkComparison::formatValue(v, unit);
}

int runCompare(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption html(u"html"_s, {}, u"FILE"_s);
    const QCommandLineOption pdf(u"pdf"_s, {}, u"FILE"_s);
    const QCommandLineOption list(u"list"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({html, pdf, list, json});
    if (!parser.parse(QStringList{u"sonde-cli compare"_s} + args)) {
        printErr(parser.errorText());
        printErr(QString::fromLatin1(Usage));
        return 2;
    }
    BenchmarkStore store;
    QString error;
    if (!store.open(BenchmarkStore::defaultPath(), &error)) {
        printErr(error);
        return 1;
    }
    if (parser.isSet(list)) {
        const QList<BenchmarkResult> runs = store.runs();
        if (parser.isSet(json)) {
            QJsonArray a;
            for (const BenchmarkResult &r : runs)
                a.append(r.toJson(false));
            printJson(QJsonObject{{u"runs"_s, a}});
            return 0;
        }
        for (const BenchmarkResult &r : runs) {
            printOut(u"%1  %2  %3  %4  %5 tx/s  p99 %6 ms  %7"_s.arg(r.id, 4)
                         .arg(r.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
                         .arg(r.statusName(), -11)
                         .arg(r.config.summary())
                         .arg(DisplayFormat::rate(r.throughput()))
                         .arg(DisplayFormat::number(r.percentileMs(99)))
                         .arg(r.config.name));
        }
        return 0;
    }
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 2) {
        printErr(Text::tr("Give two run ids (see sonde-cli compare --list)."));
        printErr(QString::fromLatin1(Usage));
        return 2;
    }
    BenchmarkResult runs[2];
    for (int i = 0; i < 2; ++i) {
        bool ok = false;
        const qint64 id = ids.at(i).toLongLong(&ok);
        if (!ok) {
            printErr(Text::tr("\"%1\" is not a run id (a number; see sonde-cli compare --list).")
                         .arg(ids.at(i)));
            return 2;
        }
        if (!store.load(id, &runs[i], &error)) {
            printErr(error);
            return 1;
        }
    }
    const QList<ComparisonFigure> figures = BenchmarkComparison::figures(runs[0], runs[1]);
    const ComparisonConfidence confidence = ComparisonConfidence::of(runs[0], runs[1]);
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const ComparisonFigure &f : figures) {
            QJsonObject o{{u"key"_s, f.key}, {u"label"_s, f.label}, {u"unit"_s, f.unit}};
            if (f.hasBefore)
                o.insert(u"before"_s, f.before);
            if (f.hasAfter)
                o.insert(u"after"_s, f.after);
            if (f.comparable()) {
                o.insert(u"improvement_pct"_s, f.improvementPct());
                o.insert(u"after_over_before"_s, f.after / f.before);
            }
            a.append(o);
        }
        printJson(QJsonObject{{u"before"_s, runs[0].toJson(false)},
                              {u"after"_s, runs[1].toJson(false)},
                              {u"figures"_s, a},
                              {u"confidence"_s, confidence.toJson()}});
    } else {
        printOut(Text::tr("before  run %1: %2").arg(runs[0].id).arg(runs[0].config.summary()));
        printOut(Text::tr("after   run %1: %2").arg(runs[1].id).arg(runs[1].config.summary()));
        printOut(QString());
        printOut(u"%1  %2  %3  %4"_s.arg(Text::tr("figure"), -32)
                     .arg(Text::tr("before"), 16)
                     .arg(Text::tr("after"), 16)
                     .arg(Text::tr("improvement"), 12));
        for (const ComparisonFigure &f : figures) {
            printOut(u"%1  %2  %3  %4"_s.arg(f.label, -32)
                         .arg(f.hasBefore ? figureValue(f.before, f.unit) : u"—"_s, 16)
                         .arg(f.hasAfter ? figureValue(f.after, f.unit) : u"—"_s, 16)
                         .arg(BenchmarkComparison::formatImprovement(f), 12));
        }
        printOut(QString());
        printOut(ComparisonConfidence::variationText(confidence.before));
        printOut(ComparisonConfidence::variationText(confidence.after));
        printOut(confidence.verdict());
        for (const QString &w : confidence.warnings())
            printOut(u"!! "_s + w);
    }
    int status = 0;
    if (parser.isSet(html)) {
        if (!ComparisonReport::writeHtml(runs[0], runs[1], parser.value(html), &error)) {
            printErr(error);
            status = 1;
        } else {
            printErr(Text::tr("HTML report written to %1").arg(parser.value(html)));
        }
    }
    if (parser.isSet(pdf)) {
        if (!ComparisonReport::writePdf(runs[0], runs[1], parser.value(pdf), &error)) {
            printErr(error);
            status = 1;
        } else {
            printErr(Text::tr("PDF report written to %1").arg(parser.value(pdf)));
        }
    }
    return status;
}

} // namespace

CliCommand compareCommand()
{
    return {u"compare"_s, Text::tr("compare two stored benchmark runs; export the report"),
            QString::fromLatin1(Usage), runCompare, false};
}

} // namespace sonde::cli
