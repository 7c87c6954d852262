// The advisor plans the statements applications really send, on PostgreSQL 15 in the
// sandbox: a corpus of 300 normalized statements (pgbench, the demo, Django, SQLAlchemy,
// Rails, Hibernate, hand-written SQL) must be at least 99 % planned; string-built keys get
// their expression and plain indexes through `sonde-cli advise`; statements no route can
// plan make the report say so prominently; literal texts seen in pg_stat_activity and the
// user's own example plan what nothing else can.
#include "TestSandbox.h"
#include "advisor/IndexAdvisor.h"
#include "advisor/ParseTree.h"
#include "connection/PgSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const char *const Members = R"SQL(
CREATE TABLE members (id bigint PRIMARY KEY, email text NOT NULL, handle text NOT NULL,
                      created_at timestamptz NOT NULL);
INSERT INTO members
SELECT i, 'member' || i || '@' || (ARRAY['example.com', 'example.org'])[1 + i % 2], 'm' || i,
       now() - i * interval '1 minute'
FROM generate_series(1, 60000) i;
ALTER TABLE members OWNER TO app;
CREATE TABLE ledger (id bigint, amount numeric);
INSERT INTO ledger SELECT i, i FROM generate_series(1, 1000) i;
ANALYZE;
)SQL";

QString sourceFile(const QString &path)
{
    QFile f(QStringLiteral(SONDE_SOURCE_DIR) + u'/' + path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Runs literal statements as the application would, each `times` times.
void runAs(const QString &conninfo, const QStringList &statements, int times)
{
    pqxx::connection c(conninfo.toStdString());
    pqxx::nontransaction tx(c);
    for (int i = 1; i <= times; ++i) {
        for (const QString &s : statements)
            tx.exec((s.contains(u"%1"_s) ? s.arg(i) : s).toStdString());
    }
}

QJsonObject findStatement(const QJsonObject &advice, const QString &fragment)
{
    for (const QJsonValue &u : advice.value(u"unhelped"_s).toArray()) {
        if (u.toObject().value(u"sql"_s).toString().contains(fragment))
            return u.toObject();
    }
    for (const QJsonValue &r : advice.value(u"recommendations"_s).toArray()) {
        for (const QJsonValue &s : r.toObject().value(u"statements"_s).toArray()) {
            if (s.toObject().value(u"sql"_s).toString().contains(fragment))
                return s.toObject();
        }
    }
    return {};
}

} // namespace

class TestAdvisorCoverage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;

    const SandboxEndpoints &endpoints() const { return test::TestSandbox::endpoints(); }

    void resetStatistics()
    {
        QString error;
        QVERIFY2(test::execAsSuperuser(u"SELECT pg_stat_statements_reset(); "
                                       u"SELECT pg_qualstats_reset();"_s,
                                       &error),
                 qPrintable(error));
    }

    QString cli(const QStringList &args, int *exitCode)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SONDE_DATA_DIR"_s, m_data.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SONDE_CLI_PATH), args);
        if (!p.waitForStarted() || !p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            *exitCode = -1;
            return {};
        }
        *exitCode = p.exitCode();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (*exitCode != 0)
            qWarning().noquote() << err;
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QJsonObject adviseJson(const QStringList &extra = {})
    {
        int code = 0;
        const QString out = cli(
            QStringList{u"advise"_s, endpoints().postgres, u"--json"_s, u"--no-audit"_s} + extra,
            &code);
        if (code != 0)
            return {};
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }

    qint64 queryIdOf(const QString &fragment)
    {
        pqxx::connection c(endpoints().postgresSuperuser.toStdString());
        pqxx::nontransaction tx(c);
        const pqxx::result r = tx.exec_params(
            "SELECT queryid FROM pg_stat_statements WHERE strpos(query, $1) > 0 AND toplevel",
            fragment.toStdString());
        return r.empty() ? 0 : r[0][0].as<qint64>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
        const QString schema = sourceFile(u"tests/data/advisor_corpus_schema.sql"_s);
        QVERIFY(!schema.isEmpty());
        QVERIFY2(test::execAsSuperuser(schema, &error), qPrintable(error));
        QVERIFY2(test::execAsSuperuser(QString::fromLatin1(Members), &error), qPrintable(error));
    }

    void corpusIsPlanned()
    {
        const QStringList corpus = ParseTree::split(sourceFile(u"tests/data/advisor_corpus.sql"_s));
        QVERIFY2(corpus.size() >= 200, qPrintable(QString::number(corpus.size())));
        PgSession session;
        QVERIFY(!session.open(endpoints().postgres));
        AdvisorRequest request;
        request.statements = corpus;
        request.audit = false;
        AdvisorResult result;
        const DbError err = IndexAdvisor::run(session, request, &result);
        QVERIFY2(!err, qPrintable(err.toString()));
        const AdvisorCoverage &c = result.coverage;
        qInfo().noquote() << u"corpus of %1 statements: %2"_s.arg(corpus.size()).arg(c.summary());
        for (const UnplannedStatement &u : c.unplanned)
            qInfo().noquote() << u"  not planned: %1\n    %2"_s.arg(u.sql, u.explanation);
        QCOMPARE(c.counted(), int(corpus.size()));
        QVERIFY2(c.plannedShare >= 0.99, qPrintable(c.summary()));
        // Folding carries a good part of it: the shapes the server cannot type as they are.
        QVERIFY(c.routes.value(PlanRoute::Folded) >= 30);
        for (const UnplannedStatement &u : c.unplanned)
            QVERIFY(!u.reason.isEmpty() && !u.explanation.isEmpty());
    }

    void stringBuiltKeysGetTheirIndexes()
    {
        resetStatistics();
        // The key is built from constants, so pg_stat_statements shows $1 || $2 || … and
        // (ARRAY[$4, $5])[$6 + $7 % $8]: `unknown % unknown` as it is.
        runAs(endpoints().postgresApp,
              {u"SELECT id, handle FROM members WHERE lower(email) = lower('Member' || %1 || "
               u"'@' || (ARRAY['Example.COM', 'Example.ORG'])[1 + %1 % 2])"_s,
               u"SELECT id, handle, created_at FROM members WHERE email = 'member' || %1 || "
               u"'@' || (ARRAY['example.com', 'example.org'])[1 + %1 % 2]"_s},
              120);
        const QJsonObject advice = adviseJson();
        QVERIFY(!advice.isEmpty());
        const QString text = QString::fromUtf8(QJsonDocument(advice).toJson());
        QStringList keys;
        for (const QJsonValue &r : advice.value(u"recommendations"_s).toArray()) {
            const QJsonObject index = r.toObject().value(u"index"_s).toObject();
            if (index.value(u"table"_s).toString() != u"public.members"_s)
                continue;
            keys << index.value(u"keys"_s).toArray().first().toString();
            for (const QJsonValue &s : r.toObject().value(u"statements"_s).toArray())
                QCOMPARE(s.toObject().value(u"route"_s).toString(), u"folded"_s);
        }
        QVERIFY2(keys.contains(u"(lower(email))"_s), qPrintable(text));
        QVERIFY2(keys.contains(u"email"_s), qPrintable(text));
        const QJsonObject coverage = advice.value(u"coverage"_s).toObject();
        QVERIFY2(coverage.value(u"planned_share"_s).toDouble() >= 0.99, qPrintable(text));
        QVERIFY(coverage.value(u"routes"_s).toObject().value(u"folded"_s).toInt() >= 2);

        int code = 0;
        const QString report = cli({u"advise"_s, endpoints().postgres, u"--no-audit"_s}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(report.contains(u"Coverage: 100"_s), qPrintable(report));
        QVERIFY(report.contains(u"planned: constants folded"_s));
        QVERIFY(!report.contains(u"INCOMPLETE"_s));
    }

    void unplannedTimeIsReportedProminently()
    {
        resetStatistics();
        runAs(endpoints().postgresApp,
              {u"SELECT id, handle FROM members WHERE email = 'member' || %1 || '@example.org'"_s},
              20);
        // The advisor's role may not read this table: EXPLAIN fails whatever the text.
        runAs(endpoints().postgresSuperuser,
              {u"SELECT sum(amount) FROM ledger, pg_sleep(0.1) WHERE id > %1"_s}, 5);
        const qint64 ledger = queryIdOf(u"FROM ledger"_s);
        QVERIFY(ledger != 0);

        int code = 0;
        const QString report = cli({u"advise"_s, endpoints().postgres, u"--no-audit"_s}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(report.contains(u"!! INCOMPLETE ADVICE"_s), qPrintable(report));
        QVERIFY(report.contains(u"queryid %1"_s.arg(ledger)));
        QVERIFY(report.contains(u"permission denied"_s));
        QVERIFY(report.contains(u"--example QUERYID="_s));

        const QJsonObject coverage = adviseJson().value(u"coverage"_s).toObject();
        QVERIFY(coverage.value(u"planned_share"_s).toDouble() < 0.99);
        const QJsonArray unplanned = coverage.value(u"unplanned"_s).toArray();
        QVERIFY2(unplanned.size() == 1, QJsonDocument(unplanned).toJson().constData());
        const QJsonObject u = unplanned.first().toObject();
        QCOMPARE(u.value(u"queryid"_s).toString(), QString::number(ledger));
        QCOMPARE(u.value(u"reason"_s).toString(), u"could_not_plan"_s);
        QVERIFY(u.value(u"share"_s).toDouble() > 0.5);
    }

    void samplesPlanWhatFoldingCannot()
    {
        resetStatistics();
        // `1 AS depth` arrives as `$1 AS depth`, text: `c.depth + $3` has no plan then, as it
        // is or folded.
        const QString seen =
            u"WITH RECURSIVE chain AS (SELECT id, 1 AS depth FROM members WHERE id = 5 UNION "
            u"ALL SELECT m.id, c.depth + 1 FROM members m JOIN chain c ON m.id = c.id + 1 "
            u"WHERE c.depth < 3) SELECT id, depth FROM chain"_s;
        pqxx::connection idle(endpoints().postgresApp.toStdString());
        {
            pqxx::nontransaction tx(idle);
            tx.exec(seen.toStdString()); // the session stays, idle after it
        }
        const QString example =
            u"WITH RECURSIVE chain AS (SELECT id, handle, 1 AS depth FROM members WHERE id = 7 "
            u"UNION ALL SELECT m.id, m.handle, c.depth + 1 FROM members m JOIN chain c ON m.id = "
            u"c.id + 2 WHERE c.depth < 4) SELECT handle FROM chain"_s;
        runAs(endpoints().postgresApp, {example}, 1);
        const qint64 exampleId = queryIdOf(u"SELECT handle FROM chain"_s);
        QVERIFY(exampleId != 0);

        const QJsonObject advice =
            adviseJson({u"--example"_s, u"%1=%2"_s.arg(exampleId).arg(example)});
        QVERIFY(!advice.isEmpty());
        const QString text = QString::fromUtf8(QJsonDocument(advice).toJson());
        QCOMPARE(
            findStatement(advice, u"SELECT id, depth FROM chain"_s).value(u"route"_s).toString(),
            u"sample_activity"_s);
        QCOMPARE(findStatement(advice, u"SELECT handle FROM chain"_s).value(u"route"_s).toString(),
                 u"user_example"_s);
        const QJsonObject routes =
            advice.value(u"coverage"_s).toObject().value(u"routes"_s).toObject();
        QCOMPARE(routes.value(u"sample_activity"_s).toInt(), 1);
        QCOMPARE(routes.value(u"user_example"_s).toInt(), 1);
        QVERIFY2(advice.value(u"coverage"_s).toObject().value(u"unplanned"_s).toArray().isEmpty(),
                 qPrintable(text));
    }

    void valuesListsAreTypedByTheirUse()
    {
        // Bulk updates from a VALUES list: its parameters alone would be text.
        resetStatistics();
        runAs(endpoints().postgresApp,
              {u"UPDATE members m SET handle = v.handle FROM (VALUES (%1, 'a'), (2, 'b')) "
               u"AS v(id, handle) WHERE m.id = v.id"_s},
              5);
        const QJsonObject s = findStatement(adviseJson(), u"FROM (VALUES ($1, $2), ($3, $4))"_s);
        QCOMPARE(s.value(u"route"_s).toString(), u"folded"_s);
        QVERIFY2(s.value(u"planned_sql"_s).toString().contains(u"($1::bigint, $2::text)"_s),
                 qPrintable(s.value(u"planned_sql"_s).toString()));
    }
};

QTEST_GUILESS_MAIN(TestAdvisorCoverage)
#include "tst_advisor_coverage.moc"
